package yearbook.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDStream;

import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;

/**
 * What the renderer leaves undone on a book's pages: a page left blank before a right-hand start is made
 * wholly blank (the renderer prints the running head and the page number on it), and the PDF's page labels
 * follow the printed numbers (the cover, the front matter from i, the body from 1), so a viewer shows them.
 *
 * <p>The template marks where the front matter and the body begin with the ids {@value #FRONT} and
 * {@value #BODY}.
 */
final class PageFinish {
    static final String FRONT = "book-front";
    static final String BODY = "book-body";

    private PageFinish() {
    }

    /**
     * Where the front matter and the body begin (0-based page indexes, -1 when absent), read from the layout: the
     * first page of each marked element. A part whose element starts on a page left blank begins on the next one.
     */
    record Starts(int front, int body) {
        static Starts of(PdfBoxRenderer renderer) {
            SharedContext shared = renderer.getSharedContext();
            LayoutContext c = shared.newLayoutContextInstance();
            return new Starts(firstPage(renderer, shared, c, FRONT), firstPage(renderer, shared, c, BODY));
        }

        private static int firstPage(PdfBoxRenderer renderer, SharedContext shared, LayoutContext c, String id) {
            Box box = shared.getBoxById(id);
            if (box == null || renderer.getRootBox() == null) {
                return -1;
            }
            PageBox page = renderer.getRootBox().getLayer().getFirstPage(c, box);
            return page == null ? -1 : page.getPageNo();
        }
    }

    /**
     * Empties {@code page} of {@code doc} when it is blank (only artifacts are drawn on it: the renderer prints the
     * running head and the page number on a page left blank before a right-hand start); says whether it was.
     */
    static boolean emptyIfBlank(PDDocument doc, PDPage page) throws IOException {
        if (!onlyArtifacts(page)) {
            return false;
        }
        page.setContents(new PDStream(doc));
        page.setResources(DirectObjects.emptyResources()); // nothing left uses the running head's fonts and lists
        return true;
    }

    /**
     * Labels the pages of a book of {@code pages} pages, the body's first page with {@code firstNumber}; a part that
     * begins on a page left blank (as {@code blank} says) begins on the next one.
     */
    static void label(PDDocument doc, Starts starts, java.util.function.IntPredicate blank, int pages, int firstNumber) {
        List<Boolean> blanks = new ArrayList<>(pages);
        for (int i = 0; i < pages; i++) {
            blanks.add(blank.test(i));
        }
        label(doc, new Starts(firstShown(starts.front(), blanks), firstShown(starts.body(), blanks)), firstNumber);
    }

    /** The first page from {@code start} on that is not blank: where a part begins that was moved to a right-hand page. */
    private static int firstShown(int start, List<Boolean> blank) {
        int page = start;
        while (page >= 0 && page < blank.size() - 1 && blank.get(page)) {
            page++;
        }
        return page;
    }

    /**
     * Whether everything drawn on the page is an artifact (running heads, page numbers, rules): the page has no
     * text or picture of the book, which the renderer always tags. Reads the content only up to the first
     * tagged part, which on a page of text comes right after the running head.
     */
    static boolean onlyArtifacts(PDPage page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        Object beforeLast = null;
        Object last = null;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator op && (op.getName().equals("BDC") || op.getName().equals("BMC"))) {
                Object tag = op.getName().equals("BDC") ? beforeLast : last;
                if (!COSName.ARTIFACT.equals(tag)) {
                    return false;
                }
            }
            beforeLast = last;
            last = token;
        }
        return true;
    }

    private static void label(PDDocument doc, Starts starts, int firstNumber) {
        if (starts.body() < 0) {
            return;
        }
        PDPageLabels labels = new PDPageLabels(doc);
        int front = starts.front() >= 0 && starts.front() < starts.body() ? starts.front() : starts.body();
        if (front > 0) {
            PDPageLabelRange cover = new PDPageLabelRange();
            cover.setPrefix("封面");
            labels.setLabelItem(0, cover);
        }
        if (front < starts.body()) {
            PDPageLabelRange roman = new PDPageLabelRange();
            roman.setStyle(PDPageLabelRange.STYLE_ROMAN_LOWER);
            roman.setStart(1);
            labels.setLabelItem(front, roman);
        }
        PDPageLabelRange arabic = new PDPageLabelRange();
        arabic.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        arabic.setStart(firstNumber);
        labels.setLabelItem(starts.body(), arabic);
        doc.getDocumentCatalog().setPageLabels(labels);
    }
}
