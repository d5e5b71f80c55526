package yearbook.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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
 * PDF file, writing each part as soon as the parts before it are ({@link PartMerge}, {@link StreamedPdf}): the
 * parts' pages in order, with a blank page before a province that would otherwise begin on a left-hand page; their
 * bookmarks and tags, moved rather than copied; links between parts made internal links again; the book's faces,
 * which every part draws with, embedded once each at the end; blank pages emptied and page labels as the pages are
 * numbered ({@link PageFinish}). The front matter, laid out last, is written last and put first.
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

    /** the book's file, written part by part */
    private final StreamedPdf out;
    /** the first part's document, whose catalog becomes the book's (its pages are written and let go) */
    private PDDocument book;
    /** the book's faces, which every part draws with */
    private final Map<FontRole, PDType0Font> faces;
    /** writes the parts into {@link #out} */
    private final PartMerge merge;
    /** the pages written so far (the body's and the indexes', with the blank pages between them), in order */
    private final List<StreamedPdf.Ref> pages = new ArrayList<>();
    /** which of {@link #pages} are blank */
    private final BitSet blank = new BitSet();
    /** where each anchor of the parts added is: its index in {@link #pages}, or in the front matter's pages */
    private final Map<String, Anchor> placed = new HashMap<>();
    private final Map<String, Anchor> placedInFront = new HashMap<>();
    /** anchors that links lead to before they were placed: named destinations, written at the end */
    private final Set<String> named = new java.util.HashSet<>();
    private final List<StreamedPdf.Ref> elements = new ArrayList<>();
    private final List<PDOutlineItem> bookmarks = new ArrayList<>();
    private PDRectangle pageSize;
    private final Map<Integer, Part> ready = new HashMap<>();
    private int next;
    private int bodyStart = -1;
    /** the number the body's first page is labelled with */
    private int firstNumber = 1;

    /**
     * Takes part {@code index} (0 for the first after the front matter) once it is drawn; parts are added in
     * their order, each as soon as those before it are, and written into {@code out} at once, so that what stays
     * in memory of a part once it is added is the numbers of its pages and elements and its bookmarks. Each part's
     * document but the first is closed once it is written; the first's catalog is the book's.
     */
    PdfAssembly(Map<FontRole, PDType0Font> faces, StreamedPdf out) {
        this.faces = Map.copyOf(faces);
        this.out = out;
        List<COSDictionary> fonts = new ArrayList<>();
        faces.values().forEach(f -> fonts.add(f.getCOSObject())); // in the roles' order
        this.merge = new PartMerge(out, fonts);
    }

    Map<FontRole, PDType0Font> faces() {
        return faces;
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
        if (book == null) {
            book = part.doc;
            bodyStart = part.kind == BookChunks.Kind.BODY ? 0 : -1;
        } else if (part.kind == BookChunks.Kind.BODY && pages.size() % 2 == 1) {
            pages.add(merge.blank(pageSize));
            blank.set(pages.size() - 1);
        }
        if (bodyStart < 0 && part.kind == BookChunks.Kind.BODY) {
            bodyStart = pages.size();
        }
        int start = pages.size();
        place(part, start - (part.padded ? 1 : 0), placed);
        PartMerge.Written written = write(part, start, false, blank);
        pages.addAll(written.pages());
        elements.addAll(written.elements());
        bookmarks.addAll(written.bookmarks());
        if (part.doc != book) {
            part.close(); // written: its pages' contents are let go
        }
    }

    private static void place(Part part, int start, Map<String, Anchor> into) {
        for (Map.Entry<String, Anchor> e : part.anchors.entrySet()) {
            into.put(e.getKey(), new Anchor(start + e.getValue().page(), e.getValue().top()));
        }
    }

    /** Where a link leads: a page (written, or of the part being written) and the top of the anchor on it. */
    private record Target(COSBase page, float top) {
    }

    /**
     * Writes a part whose first page will be page {@code start} of the pages written so far (of the front matter's
     * own, for the front matter): its links into other parts lead to their anchors, its blank pages are emptied (and
     * noted in {@code blanks}).
     */
    private PartMerge.Written write(Part part, int start, boolean front, BitSet blanks) throws IOException {
        List<PDPage> own = new ArrayList<>(part.doc.getNumberOfPages());
        part.doc.getPages().forEach(own::add);
        if (!own.isEmpty()) {
            pageSize = own.get(0).getMediaBox();
        }
        java.util.function.Function<String, Target> targets = id -> {
            Anchor mine = front ? placedInFront.get(id) : null;
            if (mine != null) {
                return mine.page() >= 0 && mine.page() < own.size()
                        ? new Target(own.get(mine.page()).getCOSObject(), mine.top()) : null;
            }
            Anchor a = placed.get(id);
            if (a == null || a.page() < 0) {
                return null;
            }
            if (front || a.page() < start) {
                return a.page() < pages.size() ? new Target(pages.get(a.page()), a.top()) : null;
            }
            int local = a.page() - start;
            return local < own.size() ? new Target(own.get(local).getCOSObject(), a.top()) : null;
        };
        return merge.append(part.doc, (page, index) -> {
            links(page, targets);
            if (PageFinish.emptyIfBlank(part.doc, page)) {
                blanks.set(start + index);
            }
        });
    }

    /**
     * Links into other parts ({@link BookChunks#GOTO}) lead to their anchors' pages again: an anchor already placed
     * by its page, one in a part not yet added by its name (a named destination, written at the end).
     */
    private void links(PDPage page, java.util.function.Function<String, Target> targets) throws IOException {
        for (PDAnnotation a : page.getAnnotations()) {
            if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                String id = BookChunks.gotoTarget(uri.getURI());
                if (id == null) {
                    continue;
                }
                PDActionGoTo go = new PDActionGoTo();
                Target target = targets.apply(id);
                if (target != null) {
                    PDPageXYZDestination d = new PDPageXYZDestination();
                    d.setTop(Math.round(target.top()));
                    d.getCOSObject().set(0, target.page());
                    go.getCOSObject().setItem(COSName.D, d.getCOSObject()); // the page may be a number in the file
                } else {
                    named.add(id);
                    go.setDestination(new PDNamedDestination(id));
                }
                link.setAction(go);
                DirectObjects.link(link.getCOSObject());
            }
        }
    }

    /**
     * The book, its parts written: the front matter (laid out last, when the other parts' pages were known) is written
     * now and put before the parts added so far, followed by a blank page when the body would otherwise begin on a
     * left-hand page. Returns the document whose catalog is the book's, to be finished ({@link #write}).
     */
    synchronized PDDocument finish(Part front) throws IOException {
        if (!ready.isEmpty()) {
            throw new IllegalStateException("parts " + ready.keySet() + " were not added");
        }
        List<StreamedPdf.Ref> order;
        List<StreamedPdf.Ref> parts;
        List<PDOutlineItem> marks;
        BitSet blanks;
        if (book == null) { // the book is its front matter alone
            add(front);
            order = pages;
            parts = elements;
            marks = bookmarks;
            blanks = blank;
        } else {
            BitSet frontBlank = new BitSet();
            place(front, 0, placedInFront);
            PartMerge.Written written = write(front, 0, true, frontBlank);
            order = new ArrayList<>(written.pages());
            blanks = frontBlank;
            if (order.size() % 2 == 1) {
                order.add(merge.blank(pageSize));
                blanks.set(order.size() - 1);
            }
            int shift = order.size();
            for (int i = blank.nextSetBit(0); i >= 0; i = blank.nextSetBit(i + 1)) {
                blanks.set(shift + i);
            }
            order.addAll(pages);
            if (bodyStart >= 0) {
                bodyStart += shift;
            }
            for (Map.Entry<String, Anchor> e : placed.entrySet()) {
                e.setValue(new Anchor(e.getValue().page() + shift, e.getValue().top()));
            }
            placed.putAll(placedInFront);
            parts = new ArrayList<>(written.elements());
            parts.addAll(elements);
            marks = new ArrayList<>(written.bookmarks());
            marks.addAll(bookmarks);
        }
        PDDocumentCatalog catalog = book.getDocumentCatalog();
        merge.pages(order);
        catalog.getCOSObject().setItem(COSName.PAGES, merge.pageTree);
        merge.finish(catalog.getStructureTreeRoot(), parts);
        PDDocumentOutline outline = new PDDocumentOutline();
        for (PDOutlineItem item : marks) {
            outline.addLast(item);
        }
        if (!marks.isEmpty()) {
            outline.openNode();
            catalog.setDocumentOutline(outline);
        } else {
            catalog.setDocumentOutline(null);
        }
        destinations(catalog, order);
        // the book is tagged: every part was tagged by the renderer
        PDMarkInfo marked = new PDMarkInfo();
        marked.setMarked(true);
        catalog.setMarkInfo(marked);
        PageFinish.Starts starts = front.starts != null ? front.starts : new PageFinish.Starts(-1, -1);
        PageFinish.label(book, bodyStart < 0 ? starts : new PageFinish.Starts(starts.front(), bodyStart),
                blanks::get, order.size(), firstNumber);
        return book;
    }

    /** The named destinations of links that led into a part not yet added when they were written. */
    private void destinations(PDDocumentCatalog catalog, List<StreamedPdf.Ref> order) {
        if (named.isEmpty()) {
            return;
        }
        COSArray names = new COSArray();
        // a name tree's keys in the order of their bytes in the file (a text string is PDFDocEncoding or UTF-16)
        List<String> ids = new ArrayList<>(named);
        ids.sort((a, b) -> java.util.Arrays.compareUnsigned(new COSString(a).getBytes(), new COSString(b).getBytes()));
        for (String id : ids) {
            Anchor a = placed.get(id);
            if (a == null || a.page() < 0 || a.page() >= order.size()) {
                continue;
            }
            PDPageXYZDestination d = new PDPageXYZDestination();
            d.setTop(Math.round(a.top()));
            d.getCOSObject().set(0, order.get(a.page()));
            names.add(new COSString(id));
            names.add(d.getCOSObject());
        }
        COSDictionary dests = new COSDictionary();
        dests.setItem(COSName.NAMES, names);
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.DESTS, dests);
        catalog.getCOSObject().setItem(COSName.NAMES, tree);
    }

    /** Makes each face's subset: the glyphs every part drew with it. */
    static void subset(java.util.Collection<PDType0Font> faces) throws IOException {
        for (PDType0Font face : faces) {
            if (face.willBeSubset()) {
                face.subset();
            }
        }
    }

    /**
     * Writes the rest of the book (its catalog, document information and faces, each face a subset of what the
     * parts drew with it) and the file's cross-references; {@code id} is the document's identifier.
     */
    void write(PDDocument doc, long id) throws IOException {
        subset(faces.values());
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (id >>> (56 - 8 * i));
            bytes[8 + i] = (byte) ~bytes[i];
        }
        COSArray ids = new COSArray();
        ids.add(new COSString(bytes));
        ids.add(new COSString(bytes));
        out.finish(doc.getDocumentCatalog().getCOSObject(), doc.getDocumentInformation().getCOSObject(), ids);
    }

}
