package yearbook.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.FlowingColumnBox;
import com.openhtmltopdf.render.FlowingColumnContainerBox;
import com.openhtmltopdf.render.PageBox;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The thin rule between the two columns ({@code pdf: columnRule: true}), which the renderer does not draw (it
 * reads no {@code column-rule}). Where it goes is taken from the layout, after the columns are balanced: on each
 * page where both columns hold text, from the top of the higher column to the foot of the lower, halfway across
 * the gap. It is drawn onto the finished pages as an artifact, as a print house rules columns: page furniture, not
 * text, so it is not read aloud and does not count against PDF/UA.
 */
final class ColumnRule {
    /** The class of the root element when the columns are ruled (print/book.ftlh sets it). */
    static final String CLASS = "yb-column-rule";
    /** The rule's weight, in points. */
    static final float WIDTH = 0.5f;

    /** One rule: the page it is on (as laid out), and where it runs, in points from the page's lower left. */
    record Segment(int page, float x, float top, float bottom) {
    }

    private ColumnRule() {
    }

    /** The rules of every ruled run of columns under {@code root}, by page. */
    static List<Segment> find(Box root, List<PageBox> pages, CssContext c, float dotsPerPoint) {
        if (!ruled(root)) {
            return List.of(); // the columns are not ruled: nothing to look for
        }
        List<Segment> out = new ArrayList<>();
        collect(root, pages, c, dotsPerPoint, out);
        return out;
    }

    private static void collect(Box box, List<PageBox> pages, CssContext c, float dotsPerPoint, List<Segment> out) {
        if (box instanceof FlowingColumnContainerBox columns) {
            if (columns.getChild() != null && columns.getStyle().columnCount() == 2) {
                rules(columns, pages, c, dotsPerPoint, out);
            }
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), pages, c, dotsPerPoint, out);
        }
    }

    private static boolean ruled(Box box) {
        org.w3c.dom.Element e = box.getElement();
        return e != null && (" " + e.getOwnerDocument().getDocumentElement().getAttribute("class") + " ")
                .contains(" " + CLASS + " ");
    }

    private static void rules(FlowingColumnContainerBox columns, List<PageBox> pages, CssContext c, float dotsPerPoint,
            List<Segment> out) {
        FlowingColumnBox flow = columns.getChild();
        int shift = ColumnBalance.columnShift(columns, c);
        PageBox page = null;
        int top = 0;
        int bottom = 0;
        boolean second = false;
        for (ColumnBalance.Item item : ColumnBalance.items(flow, c)) {
            Box b = item.box();
            PageBox on = ColumnBalance.pageOf(b.getAbsY(), pages);
            if (on != page) {
                add(columns, page, pages, top, bottom, second, c, dotsPerPoint, out);
                page = on;
                top = b.getAbsY();
                bottom = b.getAbsY() + item.height();
                second = false;
            }
            top = Math.min(top, b.getAbsY());
            bottom = Math.max(bottom, b.getAbsY() + item.height());
            second |= ColumnBalance.inSecondColumn(item, flow, shift);
        }
        add(columns, page, pages, top, bottom, second, c, dotsPerPoint, out);
    }

    private static void add(FlowingColumnContainerBox columns, PageBox page, List<PageBox> pages, int top, int bottom,
            boolean second, CssContext c, float dotsPerPoint, List<Segment> out) {
        if (page == null || !second) {
            return; // only where both columns hold something
        }
        // halfway across the gap between the first column and the second
        float x = columns.getChild().getAbsX() + ColumnBalance.columnWidth(columns, c) + ColumnBalance.columnGap(columns, c) / 2f;
        float left = page.getMarginBorderPadding(c, CalculatedStyle.LEFT);
        float fromTop = page.getMarginBorderPadding(c, CalculatedStyle.TOP);
        float height = page.getHeight(c);
        out.add(new Segment(pages.indexOf(page), (left + x) / dotsPerPoint,
                (height - fromTop - (top - page.getTop())) / dotsPerPoint,
                (height - fromTop - (bottom - page.getTop())) / dotsPerPoint));
    }

    /** Draws the rules on the pages of {@code doc}, whose first {@code skipped} laid-out pages were taken out. */
    static void draw(PDDocument doc, List<Segment> segments, int skipped) throws IOException {
        for (Segment s : segments) {
            int index = s.page() - skipped;
            if (index < 0 || index >= doc.getNumberOfPages()) {
                continue;
            }
            PDPage page = doc.getPage(index);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.beginMarkedContent(COSName.ARTIFACT);
                cs.setStrokingColor(0f);
                cs.setLineWidth(WIDTH);
                cs.moveTo(s.x(), s.top());
                cs.lineTo(s.x(), s.bottom());
                cs.stroke();
                cs.endMarkedContent();
            }
        }
    }
}
