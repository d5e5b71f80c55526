package yearbook.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import com.openhtmltopdf.render.displaylist.PagedBoxCollector;

import yearbook.config.FontRole;

/**
 * Puts the parts of a book, each laid out and drawn as a PDF of its own ({@link BookChunks}), together into one
 * PDF: the parts' pages in order, with a blank page before a province that would otherwise begin on a left-hand
 * page; their bookmarks and tags (PDFBox's merger joins the structure trees); links between parts made internal
 * links again; each face embedded once, as one subset of every character the book prints; blank pages emptied
 * and page labels as the pages are numbered ({@link PageFinish}).
 */
final class PdfAssembly {
    private PdfAssembly() {
    }

    /** Where an anchor is in its part's layout: the page (0-based) and the top of its first line, in points. */
    record Anchor(int page, float top) {
    }

    /** One part of a book: laid out, then drawn into a PDF document of its own. */
    static final class Part implements AutoCloseable {
        final BookChunks.Kind kind;
        final PDDocument doc;
        final Map<FontRole, PDType0Font> faces;
        /** whether the layout's first page is a stand-in, dropped once drawn (the part begins on a left-hand page) */
        final boolean padded;
        private final int pages;
        private final Map<String, Anchor> anchors;
        private final PageFinish.Starts starts;
        private PdfBoxRenderer renderer;
        private Future<?> drawn;

        private Part(BookChunks.Kind kind, PdfBoxRenderer renderer, Map<FontRole, PDType0Font> faces, boolean padded,
                     int pages, Map<String, Anchor> anchors, PageFinish.Starts starts) {
            this.kind = kind;
            this.renderer = renderer;
            this.doc = renderer.getPdfDocument();
            this.faces = faces;
            this.padded = padded;
            this.pages = pages;
            this.anchors = anchors;
            this.starts = starts;
        }

        /** A part whose renderer has laid it out: its pages and where the anchors other parts link to are. */
        static Part laidOut(BookChunks.Kind kind, PdfBoxRenderer renderer, Map<FontRole, PDType0Font> faces,
                            boolean padded, List<String> ids, Set<String> targets) {
            SharedContext shared = renderer.getSharedContext();
            LayoutContext c = shared.newLayoutContextInstance();
            Layer layer = renderer.getRootBox().getLayer();
            Map<String, Anchor> anchors = new HashMap<>();
            for (String id : ids) {
                if (!targets.contains(id)) {
                    continue;
                }
                Box box = shared.getBoxById(id);
                if (box == null) {
                    continue;
                }
                // the page its first line is on, as target-counter() counts it
                int y = PagedBoxCollector.findContentStartY(box);
                PageBox page = layer.getPage(c, y);
                if (page == null) {
                    continue;
                }
                float fromTop = page.getMarginBorderPadding(c, CalculatedStyle.TOP) + (box.getAbsY() - page.getTop());
                float top = (page.getHeight(c) - fromTop) / renderer.getDotsPerPoint();
                anchors.put(id, new Anchor(page.getPageNo(), top));
            }
            PageFinish.Starts starts = kind == BookChunks.Kind.FRONT ? PageFinish.Starts.of(renderer) : null;
            return new Part(kind, renderer, faces, padded, layer.getPages().size(), anchors, starts);
        }

        int pages() {
            return pages;
        }

        Map<String, Anchor> anchors() {
            return anchors;
        }

        /** Draws the part into its document (on any thread) and lets its layout go. */
        void draw() throws IOException {
            PdfBoxRenderer r = renderer;
            r.getSharedContext().registerWithThread();
            try {
                r.createPDFWithoutClosing();
                if (padded) {
                    doc.removePage(0);
                }
            } finally {
                r.close();
                renderer = null;
            }
        }

        void drawing(Future<?> f) {
            drawn = f;
        }

        Future<?> drawn() {
            return drawn;
        }

        @Override
        public void close() {
            try {
                doc.close();
            } catch (IOException e) {
                // nothing was written from it; a document in memory
            }
        }
    }

    /** Every character the book may print: its text and styles, and the printable ASCII of numbers and leaders. */
    static BitSet characters(Document book) {
        BitSet used = new BitSet();
        for (int c = 0x20; c < 0x7f; c++) {
            used.set(c);
        }
        add(used, book.body().text());
        for (Element style : book.head().select("style")) {
            add(used, style.data());
        }
        return used;
    }

    private static void add(BitSet used, String text) {
        text.codePoints().forEach(used::set);
    }

    /**
     * The parts as one PDF: the first part (the front matter) is the document the others are added to.
     *
     * @param used every character the book may print ({@link #characters})
     */
    static PDDocument assemble(List<Part> parts, BitSet used, PrintFonts fonts) throws IOException {
        Part front = parts.get(0);
        PDDocument doc = front.doc;
        PDFMergerUtility merger = new PDFMergerUtility();

        int bodyStart = -1;
        Map<Part, Integer> startOf = new HashMap<>();
        startOf.put(front, 0);
        for (Part part : parts.subList(1, parts.size())) {
            if (part.kind == BookChunks.Kind.BODY && doc.getNumberOfPages() % 2 == 1) {
                PDPage last = doc.getPage(doc.getNumberOfPages() - 1);
                doc.addPage(new PDPage(last.getMediaBox()));
            }
            if (bodyStart < 0) {
                bodyStart = doc.getNumberOfPages();
            }
            startOf.put(part, doc.getNumberOfPages() - (part.padded ? 1 : 0));
            merger.appendDocument(doc, part.doc);
        }
        // the merger writes its own mark information, with a wrong "Suspects"; the parts are tagged by the renderer
        org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo marked =
                new org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo();
        marked.setMarked(true);
        doc.getDocumentCatalog().setMarkInfo(marked);
        List<PDPage> pages = new ArrayList<>(doc.getNumberOfPages());
        doc.getPages().forEach(pages::add);
        links(pages, parts, startOf);
        oneSubsetPerFace(doc, pages, front, used, fonts);
        PageFinish.Starts starts = front.starts != null ? front.starts : new PageFinish.Starts(-1, -1);
        PageFinish.finish(doc, bodyStart < 0 ? starts : new PageFinish.Starts(starts.front(), bodyStart));
        return doc;
    }

    /** Links into other parts ({@link BookChunks#GOTO}) lead to their anchors' pages again. */
    private static void links(List<PDPage> pages, List<Part> parts, Map<Part, Integer> startOf) throws IOException {
        Map<String, PDPageXYZDestination> targets = new HashMap<>();
        for (Part part : parts) {
            for (Map.Entry<String, Anchor> e : part.anchors.entrySet()) {
                int index = startOf.get(part) + e.getValue().page();
                if (index < 0 || index >= pages.size()) {
                    continue;
                }
                PDPageXYZDestination d = new PDPageXYZDestination();
                d.setPage(pages.get(index));
                d.setTop(Math.round(e.getValue().top()));
                targets.put(e.getKey(), d);
            }
        }
        for (PDPage page : pages) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link) {
                    PDAction action = link.getAction();
                    if (action instanceof PDActionURI uri) {
                        String id = BookChunks.gotoTarget(uri.getURI());
                        if (id != null) {
                            PDPageXYZDestination d = targets.get(id);
                            PDActionGoTo go = new PDActionGoTo();
                            go.setDestination(d != null ? d : new PDPageXYZDestination());
                            link.setAction(go);
                        }
                    }
                }
            }
        }
    }

    /**
     * Each part embedded its own copy of each face; every page now uses the front matter's copy, which is embedded
     * as one subset of every character the book prints that the face has. The parts' copies are left unused (and
     * so are not written).
     */
    private static void oneSubsetPerFace(PDDocument doc, List<PDPage> pages, Part front, BitSet used, PrintFonts fonts)
            throws IOException {
        Map<String, PDType0Font> byName = new HashMap<>();
        for (Map.Entry<FontRole, PDType0Font> e : front.faces.entrySet()) {
            PDType0Font font = e.getValue();
            byName.putIfAbsent(font.getName(), font);
            CmapLookup cmap = fonts.parsed(e.getKey()).getUnicodeCmapLookup();
            for (int c = used.nextSetBit(0); c >= 0; c = used.nextSetBit(c + 1)) {
                if (cmap.getGlyphId(c) != 0) {
                    font.addToSubset(c);
                }
            }
        }
        for (PDPage page : pages) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getFontNames()) {
                COSBase dict = resources.getCOSObject().getCOSDictionary(COSName.FONT).getDictionaryObject(name);
                if (dict instanceof COSDictionary font) {
                    String base = font.getNameAsString(COSName.BASE_FONT);
                    PDType0Font one = base == null ? null : byName.get(base.substring(base.indexOf('+') + 1));
                    if (one != null && one.getCOSObject() != font) {
                        resources.put(name, one);
                    }
                }
            }
        }
    }
}
