package yearbook.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

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
 * page; their bookmarks and tags, moved rather than copied ({@link PartMerge}); links between parts made internal
 * links again; the book's faces, which every part draws with, embedded once each; blank pages emptied
 * and page labels as the pages are numbered ({@link PageFinish}).
 */
final class PdfAssembly {

    /** Where an anchor is in its part's layout: the page (0-based) and the top of its first line, in points. */
    record Anchor(int page, float top) {
    }

    /** One part of a book: laid out, then drawn into a PDF document of its own; or taken drawn from its volume. */
    static final class Part implements AutoCloseable {
        final BookChunks.Kind kind;
        private PDDocument doc;
        /** whether the layout's first page is a stand-in, dropped once drawn (the part begins on a left-hand page) */
        final boolean padded;
        private final int pages;
        private final Map<String, Anchor> anchors;
        private final PageFinish.Starts starts;
        private PdfBoxRenderer renderer;
        private Future<?> drawn;
        /** the rules between columns, drawn after the pages ({@link ColumnRule}) */
        private List<ColumnRule.Segment> rules = List.of();

        private Part(BookChunks.Kind kind, PdfBoxRenderer renderer, boolean padded,
                     int pages, Map<String, Anchor> anchors, PageFinish.Starts starts) {
            this.kind = kind;
            this.renderer = renderer;
            this.doc = renderer.getPdfDocument();
            this.padded = padded;
            this.pages = pages;
            this.anchors = anchors;
            this.starts = starts;
        }

        private Part(PDDocument doc, int pages, Map<String, Anchor> anchors) {
            this.kind = BookChunks.Kind.BODY;
            this.doc = doc;
            this.padded = false;
            this.pages = pages;
            this.anchors = anchors;
            this.starts = null;
        }

        /**
         * A province's part that another book drew ({@link Offprints}): its document, whose pages draw with this
         * book's faces, its page count and where its anchors are.
         */
        static Part taken(PDDocument doc, int pages, Map<String, Anchor> anchors) {
            return new Part(doc, pages, anchors);
        }

        /** A part whose renderer has laid it out: its pages and where the anchors other parts link to are. */
        static Part laidOut(BookChunks.Kind kind, PdfBoxRenderer renderer, boolean padded, List<String> ids, Set<String> targets) {
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
            Part part = new Part(kind, renderer, padded, layer.getPages().size(), anchors, starts);
            part.rules = ColumnRule.find(renderer.getRootBox(), layer.getPages(), c, renderer.getDotsPerPoint());
            return part;
        }

        int pages() {
            return pages;
        }

        Map<String, Anchor> anchors() {
            return anchors;
        }

        /** Gives the part the number of its first page, when it was laid out without it ({@link FirstPageNumber}). */
        void number(int first) {
            FirstPageNumber.set(renderer, first);
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
                PropertyLists.settle(doc);
                EmptyArtifacts.strip(doc);
                PlainSpans.flatten(doc);
                ColumnRule.draw(doc, rules, padded ? 1 : 0);
                DirectObjects.mark(doc);
            } finally {
                r.close();
                renderer = null;
            }
        }

        /**
         * The drawn part as a PDF of its own, for a province book that takes it ({@link Offprints}); the part is
         * left as it was. Its faces are written as they are before the book's subset is made, as stand-ins: not
         * with {@link PDDocument#save}, which would make the subsets of the faces the part shares with the book
         * now. Without object streams: the bytes are read once, at once.
         */
        byte[] saved() throws IOException {
            // the writer marks the objects it writes (their numbers, and resources as direct objects); those marks
            // are taken back, so that the book writes the part as if it had not been written
            Map<COSBase, Boolean> direct = new java.util.IdentityHashMap<>();
            java.util.ArrayDeque<COSBase> todo = new java.util.ArrayDeque<>();
            todo.push(doc.getDocument().getTrailer());
            while (!todo.isEmpty()) {
                COSBase b = todo.pop();
                if (b instanceof org.apache.pdfbox.cos.COSObject o) {
                    b = o.getObject();
                }
                if ((b instanceof COSDictionary || b instanceof COSArray) && !direct.containsKey(b)) {
                    direct.put(b, b.isDirect());
                    Iterable<COSBase> values = b instanceof COSDictionary d ? d.getValues() : (COSArray) b;
                    for (COSBase v : values) {
                        if (v != null) {
                            todo.push(v);
                        }
                    }
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(pages * 8192);
            org.apache.pdfbox.cos.COSDocument cos = doc.getDocument();
            boolean xrefStream = cos.isXRefStream();
            long highest = cos.getHighestXRefObjectNumber();
            Map<COSName, COSBase> trailer = new java.util.LinkedHashMap<>();
            cos.getTrailer().entrySet().forEach(e -> trailer.put(e.getKey(), e.getValue()));
            cos.setIsXRefStream(false);
            new org.apache.pdfbox.pdfwriter.COSWriter(out,
                    org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION).write(doc);
            cos.setIsXRefStream(xrefStream);
            cos.setHighestXRefObjectNumber(highest);
            cos.getTrailer().clear();
            trailer.forEach(cos.getTrailer()::setItem);
            direct.forEach((b, was) -> {
                b.setDirect(was);
                b.setKey(null);
            });
            return out.toByteArray();
        }

        PDDocument document() {
            return doc;
        }

        void drawing(Future<?> f) {
            drawn = f;
        }

        Future<?> drawn() {
            return drawn;
        }

        /** Closes the part's document and lets go of it. */
        @Override
        public void close() {
            PDDocument d = doc;
            doc = null;
            renderer = null;
            if (d != null) {
                try {
                    d.close();
                } catch (IOException e) {
                    // nothing was written from it; a document in memory
                }
            }
        }
    }

    private PDDocument doc;
    /** the book's faces, which every part draws with */
    private final Map<FontRole, PDType0Font> faces;
    /** moves the parts after the first into {@link #doc} */
    private PartMerge merge;
    /** where each added part begins in {@link #doc} (0-based; the page before a padded part's first) */
    private final Map<String, Anchor> placed = new HashMap<>();
    private final Map<Integer, Part> ready = new HashMap<>();
    private int next;
    private int bodyStart = -1;
    /** the number the body's first page is labelled with */
    private int firstNumber = 1;

    /**
     * Takes part {@code index} (0 for the first after the front matter) once it is drawn; parts are added in
     * their order, each as soon as those before it are. Their pages move into the book's document, so what stays
     * in memory is the book's PDF; their documents, which hold the pages' contents, are closed once it is saved.
     */
    PdfAssembly(Map<FontRole, PDType0Font> faces) {
        this.faces = Map.copyOf(faces);
    }

    Map<FontRole, PDType0Font> faces() {
        return faces;
    }

    /**
     * Notes {@code faces} with {@code doc}, which makes their subsets when it is saved: a document notes only the
     * faces drawn into it, and a book's document is one part's.
     */
    static void subsetWhenSaved(PDDocument doc, java.util.Collection<PDType0Font> faces) throws IOException {
        // a stream of a page that is not the book's: it is not written, but setting a face notes it with the document
        try (org.apache.pdfbox.pdmodel.PDPageContentStream notes =
                     new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, new PDPage())) {
            for (PDType0Font face : faces) {
                notes.setFont(face, 1);
            }
        }
    }

    /** Labels the body's first page with {@code number} instead of 1 (an offprint keeps its volume's numbers). */
    synchronized void numberFrom(int number) {
        firstNumber = number;
    }

    synchronized void drawn(int index, Part part) throws IOException {
        ready.put(index, part);
        for (Part p = ready.remove(next); p != null; p = ready.remove(next)) {
            add(p);
            next++;
        }
    }

    private void add(Part part) throws IOException {
        if (doc == null) {
            doc = part.doc;
            bodyStart = part.kind == BookChunks.Kind.BODY ? 0 : -1;
            place(part, 0);
            return;
        }
        if (part.kind == BookChunks.Kind.BODY && doc.getNumberOfPages() % 2 == 1) {
            blankAt(doc.getNumberOfPages());
        }
        if (bodyStart < 0 && part.kind == BookChunks.Kind.BODY) {
            bodyStart = doc.getNumberOfPages();
        }
        int start = doc.getNumberOfPages();
        place(part, start - (part.padded ? 1 : 0));
        append(part);
    }

    private void place(Part part, int start) {
        for (Map.Entry<String, Anchor> e : part.anchors.entrySet()) {
            placed.put(e.getKey(), new Anchor(start + e.getValue().page(), e.getValue().top()));
        }
    }

    private void blankAt(int index) {
        PDPage near = doc.getPage(Math.min(index, doc.getNumberOfPages() - 1));
        PDPage blank = new PDPage(near.getMediaBox());
        blank.setResources(DirectObjects.emptyResources()); // a page's resources are required, even when empty
        if (index >= doc.getNumberOfPages()) {
            doc.addPage(blank);
        } else {
            doc.getPages().insertBefore(blank, doc.getPage(index));
        }
    }

    /**
     * Adds a part's pages (with their tags and bookmarks) after the others, moving them ({@link PartMerge}). The
     * part's document is closed with the others once the book is saved.
     */
    private void append(Part part) throws IOException {
        if (merge == null) {
            Set<COSDictionary> fonts = new HashSet<>();
            faces.values().forEach(f -> fonts.add(f.getCOSObject()));
            merge = new PartMerge(doc, fonts);
        }
        merge.append(part.doc);
    }

    /**
     * The book as one PDF: the front matter (laid out last, when the other parts' pages were known) goes before
     * the parts added so far, followed by a blank page when the body would otherwise begin on a left-hand page.
     */
    synchronized PDDocument finish(Part front) throws IOException {
        if (!ready.isEmpty()) {
            throw new IllegalStateException("parts " + ready.keySet() + " were not added");
        }
        int frontPages;
        if (doc == null) {
            add(front);
            frontPages = doc.getNumberOfPages();
        } else {
            int before = doc.getNumberOfPages();
            int outlineBefore = topItems(doc).size();
            var frontTree = front.doc.getDocumentCatalog().getStructureTreeRoot();
            COSBase frontK = frontTree == null ? null : frontTree.getK();
            int frontKids = frontK instanceof COSArray a ? a.size() : frontK instanceof COSDictionary ? 1 : 0;
            append(front);
            frontPages = doc.getNumberOfPages() - before;
            // the front matter's pages, tags and bookmarks move to the beginning
            org.apache.pdfbox.pdmodel.PDPageTree tree = doc.getPages();
            PDPage first = doc.getPage(0);
            for (int i = 0; i < frontPages; i++) {
                PDPage p = doc.getPage(before + i);
                tree.remove(p);
                tree.insertBefore(p, first);
            }
            int shift = frontPages;
            if (frontPages % 2 == 1) {
                blankAt(frontPages);
                shift++;
            }
            for (Map.Entry<String, Anchor> e : placed.entrySet()) {
                e.setValue(new Anchor(e.getValue().page() + shift, e.getValue().top()));
            }
            if (bodyStart >= 0) {
                bodyStart += shift;
            }
            COSArray kids = topKids(doc);
            if (kids != null && frontKids > 0 && kids.size() > frontKids) {
                List<COSBase> moved = new ArrayList<>();
                int from = kids.size() - frontKids;
                while (kids.size() > from) {
                    moved.add(kids.get(from));
                    kids.remove(from);
                }
                for (int i = moved.size() - 1; i >= 0; i--) {
                    kids.add(0, moved.get(i));
                }
            }
            reorderOutline(doc, outlineBefore);
            place(front, 0);
        }
        if (merge != null) {
            merge.finish();
        }
        // the book is tagged: every part was tagged by the renderer
        org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo marked =
                new org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo();
        marked.setMarked(true);
        doc.getDocumentCatalog().setMarkInfo(marked);
        List<PDPage> pages = new ArrayList<>(doc.getNumberOfPages());
        doc.getPages().forEach(pages::add);
        links(pages, placed);
        PageFinish.Starts starts = front.starts != null ? front.starts : new PageFinish.Starts(-1, -1);
        PageFinish.finish(doc, bodyStart < 0 ? starts : new PageFinish.Starts(starts.front(), bodyStart), firstNumber);
        PDDocument done = doc;
        doc = null;
        return done;
    }

    /** The kids of the structure tree's top element (the book's Document, which holds a part each). */
    private static COSArray topKids(PDDocument doc) {
        var root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return null;
        }
        COSBase k = root.getK();
        if (k instanceof COSDictionary top) {
            return top.getCOSArray(COSName.K);
        }
        return k instanceof COSArray a ? a : null;
    }

    private static List<org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem> topItems(PDDocument doc) {
        List<org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem> items = new ArrayList<>();
        var outline = doc.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            outline.children().forEach(items::add);
        }
        return items;
    }

    /** Moves the bookmarks from {@code from} on (the front matter's, added last) before the others. */
    private static void reorderOutline(PDDocument doc, int from) {
        List<org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem> items = topItems(doc);
        if (from <= 0 || from >= items.size()) {
            return;
        }
        List<org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem> order = new ArrayList<>(items.subList(from, items.size()));
        order.addAll(items.subList(0, from));
        var outline = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline();
        for (var item : order) {
            item.getCOSObject().removeItem(COSName.PREV);
            item.getCOSObject().removeItem(COSName.NEXT);
            item.getCOSObject().removeItem(COSName.PARENT);
            outline.addLast(item);
        }
        outline.openNode();
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }

    /** Links into other parts ({@link BookChunks#GOTO}) lead to their anchors' pages again. */
    private static void links(List<PDPage> pages, Map<String, Anchor> placed) throws IOException {
        Map<String, PDPageXYZDestination> targets = new HashMap<>();
        {
            for (Map.Entry<String, Anchor> e : placed.entrySet()) {
                int index = e.getValue().page();
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
                            DirectObjects.link(link.getCOSObject());
                        }
                    }
                }
            }
        }
    }

}
