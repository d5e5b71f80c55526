package yearbook.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static yearbook.print.PlainSpansTest.direct;
import static yearbook.print.PlainSpansTest.holds;
import static yearbook.print.PlainSpansTest.value;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.testing.TestFiles;

/**
 * A book laid out in parts is put together by moving the parts' pages, tags and bookmarks ({@link PartMerge}), and
 * the result is one tagged document: one {@code Document} with a {@code Part} for each part, every marked-content
 * sequence and every link found through the parent tree in the element that holds it, the bookmarks of all parts
 * in the book's order, each leading to a page of the book.
 */
class PartMergeTest {
    @TempDir
    Path root;

    private static final String[] PROVINCES = {"北京市", "天津市", "河北省"};

    /** A book of a front matter, three provinces and an index, each a part of its own, with links between parts. */
    private byte[] book() throws IOException {
        PdfMaker maker = new PdfMaker(PrintFonts.builtIn(), "t");
        String css = Files.readString(TestFiles.templates().resolve("print/book.css"));
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"/><title>t</title><style>")
                .append(css).append("</style></head><body><bookmarks>");
        for (int p = 0; p < PROVINCES.length; p++) {
            b.append("<bookmark name=\"").append(PROVINCES[p]).append("\" href=\"#r-").append(p).append("\"/>");
        }
        b.append("<bookmark name=\"索引\" href=\"#ix\"/></bookmarks><section id=\"contents\"><h1>目录</h1>");
        for (int p = 0; p < PROVINCES.length; p++) {
            b.append("<p><a href=\"#r-").append(p).append("\">").append(PROVINCES[p]).append("</a></p>");
        }
        b.append("</section><main id=\"book-body\">");
        for (int p = 0; p < PROVINCES.length; p++) {
            b.append("<section class=\"region-l1\" id=\"r-").append(p).append("\"><h2>").append(PROVINCES[p]).append("</h2>");
            if (p == 0) { // a link into a part added after this one
                b.append("<p>另见<a href=\"#r-").append(PROVINCES.length - 1).append("\">").append(PROVINCES[PROVINCES.length - 1])
                        .append("</a>。</p>");
            }
            for (int i = 0; i < 40 * (p + 1); i++) {
                b.append("<p>").append(PROVINCES[p]).append("总工会组织职工参加技能竞赛，").append("职工".repeat(i % 30))
                        .append("满意率达86.88%。</p>");
            }
            b.append("</section>");
        }
        b.append("</main><section class=\"index\" id=\"ix\"><h1>索引</h1>");
        for (int p = 0; p < PROVINCES.length; p++) {
            b.append("<p>").append(PROVINCES[p]).append("　<a class=\"page-ref\" href=\"#r-").append(p).append("\"></a></p>");
        }
        b.append("</section></body></html>");
        return maker.make("test", b.toString(), root, new PdfMaker.Meta("t", "t", "t", "zh-CN", Instant.EPOCH));
    }

    @Test
    void thePartsBecomeOneTaggedBook() throws IOException {
        try (PDDocument doc = Loader.loadPDF(book())) {
            PDStructureTreeRoot tree = doc.getDocumentCatalog().getStructureTreeRoot();
            COSDictionary top = (COSDictionary) direct(tree.getCOSObject().getDictionaryObject(COSName.K));
            assertEquals("Document", top.getNameAsString(COSName.S), "one Document holds the book");
            COSArray parts = top.getCOSArray(COSName.K);
            assertEquals(2 + PROVINCES.length, parts.size(), "a Part for the front matter, each province and the index");
            for (COSBase p : parts) {
                COSDictionary part = (COSDictionary) direct(p);
                assertEquals("Part", part.getNameAsString(COSName.S));
                assertSame(top, direct(part.getItem(COSName.P)), "each part's parent is the book's Document");
            }

            COSDictionary parents = (COSDictionary) direct(tree.getCOSObject().getDictionaryObject(COSName.PARENT_TREE));
            Set<Integer> keys = new HashSet<>();
            int checked = 0;
            int links = 0;
            for (PDPage page : doc.getPages()) {
                Set<Integer> mcids = PlainSpansTest.mcids(page);
                if (!mcids.isEmpty()) {
                    assertTrue(keys.add(page.getStructParents()), "each page has a key of its own: " + page.getStructParents());
                    COSArray byMcid = (COSArray) value(parents, page.getStructParents());
                    for (int mcid : mcids) {
                        COSBase owner = direct(byMcid.get(mcid));
                        assertTrue(owner instanceof COSDictionary d && holds(d, page.getCOSObject(), mcid),
                                "the parent tree leads MCID " + mcid + " of a page to the element holding it there");
                        checked++;
                    }
                }
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && a.getStructParent() >= 0) {
                        assertTrue(keys.add(a.getStructParent()), "each link has a key of its own");
                        COSDictionary element = (COSDictionary) value(parents, a.getStructParent());
                        assertEquals("Link", element.getNameAsString(COSName.S));
                        assertTrue(refersTo(element, a.getCOSObject()), "the Link element holds its annotation");
                        links++;
                    }
                }
            }
            assertTrue(checked > 200, "marked-content sequences checked: " + checked);
            assertTrue(links >= 2 * PROVINCES.length, "links of the contents and the index checked: " + links);
            int next = tree.getParentTreeNextKey();
            keys.forEach(k -> assertTrue(k < next, "the next key " + next + " is past every key used, " + k));

            List<String> titles = new ArrayList<>();
            List<PDPage> pages = new ArrayList<>();
            doc.getPages().forEach(pages::add);
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                PDPageDestination d = (PDPageDestination) (item.getDestination() != null ? item.getDestination()
                        : ((PDActionGoTo) item.getAction()).getDestination());
                assertTrue(pages.stream().anyMatch(p -> p.getCOSObject() == d.getPage().getCOSObject()),
                        item.getTitle() + " leads to a page of the book");
            }
            assertEquals(List.of("北京市", "天津市", "河北省", "索引"), titles, "the bookmarks of every part, in order");
        }
    }

    @Test
    void dictionariesWithOneReferrerAreWrittenInsideIt() throws IOException {
        try (PDDocument doc = Loader.loadPDF(book())) {
            int links = 0;
            for (PDPage page : doc.getPages()) {
                assertTrue(page.getCOSObject().getItem(COSName.RESOURCES) instanceof COSDictionary,
                        "a page's resources are written in the page");
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink) {
                        assertTrue(a.getCOSObject().getItem(COSName.A) instanceof COSDictionary, "the link's action, in the link");
                        assertTrue(a.getCOSObject().getItem(COSName.BS) instanceof COSDictionary, "its border style, in the link");
                        links++;
                    }
                }
            }
            assertTrue(links >= 2 * PROVINCES.length);
            List<COSDictionary> elements = new ArrayList<>();
            PlainSpansTest.elements(doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getDictionaryObject(COSName.K),
                    elements);
            int references = 0;
            for (COSDictionary e : elements) {
                if (e.getItem(COSName.K) instanceof COSArray kids) {
                    for (COSBase kid : kids) {
                        if (direct(kid) instanceof COSDictionary d && d.containsKey(COSName.TYPE)
                                && !d.containsKey(COSName.S)) {
                            assertTrue(kid instanceof COSDictionary, "a " + d.getNameAsString(COSName.TYPE) + " is written in its element");
                            references++;
                        }
                    }
                }
            }
            assertTrue(references > 0, "object references checked: " + references);
        }
    }

    private static boolean refersTo(COSDictionary element, COSDictionary annotation) {
        COSBase k = direct(element.getItem(COSName.K));
        List<COSBase> kids = new ArrayList<>();
        if (k instanceof COSArray a) {
            a.forEach(x -> kids.add(direct(x)));
        } else {
            kids.add(k);
        }
        return kids.stream().anyMatch(x -> x instanceof COSDictionary d && direct(d.getItem(COSName.OBJ)) == annotation);
    }

    @Test
    void aPartDrawnWithAFontTheBookDoesNotHaveIsRefused() throws IOException {
        try (PDDocument book = new PDDocument(); PDDocument part = new PDDocument()) {
            book.getDocumentCatalog().setStructureTreeRoot(new PDStructureTreeRoot());
            part.getDocumentCatalog().setStructureTreeRoot(new PDStructureTreeRoot());
            PDPage page = new PDPage();
            page.setResources(new org.apache.pdfbox.pdmodel.PDResources());
            page.getResources().add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            part.addPage(page);
            IOException e = assertThrows(IOException.class, () -> new PartMerge(
                    new StreamedPdf(root.resolve("refused.pdf"), 1.7f), List.of()).append(part, (p, i) -> { }));
            assertTrue(e.getMessage().contains("Helvetica"), e.getMessage());
        }
    }

    /**
     * A link into a part added after its own (the first province to the last) leads to the anchor's page: written
     * before that page was, it names its destination, which the book's name tree resolves.
     */
    @Test
    void aLinkIntoALaterPartLeadsToItsAnchor() throws IOException {
        try (PDDocument doc = Loader.loadPDF(book())) {
            List<PDPage> pages = new ArrayList<>();
            doc.getPages().forEach(pages::add);
            int last = -1;
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getTitle().equals(PROVINCES[PROVINCES.length - 1])) {
                    last = pages.indexOf(item.findDestinationPage(doc));
                }
            }
            assertTrue(last > 0, "the last province's bookmark leads to a page");
            int found = 0;
            for (PDPage page : pages.subList(0, last)) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo go
                            && go.getDestination() instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination named) {
                        PDPageDestination d = doc.getDocumentCatalog().findNamedDestinationPage(named);
                        assertTrue(d != null, "the name " + named.getNamedDestination() + " is in the book's name tree");
                        assertEquals(last, d.retrievePageNumber(), "the link leads to the last province's first page");
                        found++;
                    }
                }
            }
            assertEquals(1, found, "the one link into a later part");
        }
    }

    /**
     * Once a part is written, nothing of the book holds its pages: what the book keeps is their numbers in the
     * file, so memory holds the parts not yet added, not the book.
     */
    @Test
    void aWrittenPartIsLetGo() throws IOException {
        Path file = root.resolve("book.pdf");
        java.lang.ref.WeakReference<COSDictionary> page;
        java.lang.ref.WeakReference<COSDictionary> element;
        try (PDDocument first = taggedPart(); StreamedPdf out = new StreamedPdf(file, 1.7f)) {
            PartMerge merge = new PartMerge(out, List.of());
            // the first part's document stays open (its catalog becomes the book's), but not its pages
            java.lang.ref.WeakReference<COSDictionary> firstPage = new java.lang.ref.WeakReference<>(first.getPage(0).getCOSObject());
            merge.append(first, (p, i) -> { });
            PartMerge.Written kept;
            PDDocument second = taggedPart();
            page = new java.lang.ref.WeakReference<>(second.getPage(0).getCOSObject());
            element = new java.lang.ref.WeakReference<>((COSDictionary) second.getDocumentCatalog()
                    .getStructureTreeRoot().getK());
            org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline outline =
                    new org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline();
            PDOutlineItem mark = new PDOutlineItem();
            mark.setTitle("河北省");
            org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination fit =
                    new org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination();
            fit.setPage(second.getPage(0));
            mark.setDestination(fit);
            outline.addLast(mark);
            second.getDocumentCatalog().setDocumentOutline(outline);
            kept = merge.append(second, (p, i) -> { });
            second.close();
            second = null;
            for (int i = 0; i < 20 && (page.get() != null || element.get() != null || firstPage.get() != null); i++) {
                System.gc();
            }
            assertEquals(null, firstPage.get(), "the first part's page is let go, though its document is open");
            assertEquals(null, page.get(), "the written page is let go");
            assertEquals(null, element.get(), "the written part's element is let go");
            assertEquals(1, kept.bookmarks().size(), "its bookmark is kept");
            List<StreamedPdf.Ref> pages = new ArrayList<>();
            pages.add(kept.pages().get(0));
            merge.pages(pages);
            first.getDocumentCatalog().getCOSObject().setItem(COSName.PAGES, merge.pageTree);
            merge.finish(first.getDocumentCatalog().getStructureTreeRoot(), kept.elements());
            var bookOutline = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline();
            bookOutline.addLast(kept.bookmarks().get(0));
            first.getDocumentCatalog().setDocumentOutline(bookOutline);
            COSArray id = new COSArray();
            id.add(new org.apache.pdfbox.cos.COSString(new byte[16]));
            id.add(new org.apache.pdfbox.cos.COSString(new byte[16]));
            out.finish(first.getDocumentCatalog().getCOSObject(), first.getDocumentInformation().getCOSObject(), id);
        }
        try (PDDocument read = Loader.loadPDF(file.toFile())) {
            assertEquals(1, read.getNumberOfPages());
            PDOutlineItem mark = read.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertEquals("河北省", mark.getTitle());
            assertSame(read.getPage(0).getCOSObject(), mark.findDestinationPage(read).getCOSObject(),
                    "the bookmark kept leads to the page written before it");
        }
    }

    /**
     * A face that only a later part drew is embedded with the book, as a subset of what that part drew: the faces
     * are the book's, written once at the end, not the first part's.
     */
    @Test
    void aFaceThatOnlyAnotherPartDrewIsEmbeddedWithTheBook() throws IOException {
        Path file = root.resolve("book.pdf");
        try (PDDocument faces = new PDDocument(); PDDocument first = taggedPart(); PDDocument second = taggedPart();
             StreamedPdf out = new StreamedPdf(file, 1.7f)) {
            org.apache.pdfbox.pdmodel.font.PDType0Font face = org.apache.pdfbox.pdmodel.font.PDType0Font.load(faces,
                    PrintFonts.builtIn().parsed(yearbook.config.FontRole.SANS_BOLD), true);
            PDPage page = second.getPage(0);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream s = new org.apache.pdfbox.pdmodel.PDPageContentStream(second, page)) {
                s.beginText();
                s.setFont(face, 12);
                s.showText("工会");
                s.endText();
            }
            PartMerge merge = new PartMerge(out, List.of(face.getCOSObject()));
            List<StreamedPdf.Ref> pages = new ArrayList<>(merge.append(first, (p, i) -> { }).pages());
            pages.addAll(merge.append(second, (p, i) -> { }).pages());
            merge.pages(pages);
            first.getDocumentCatalog().getCOSObject().setItem(COSName.PAGES, merge.pageTree);
            merge.finish(first.getDocumentCatalog().getStructureTreeRoot(), List.of());
            PdfAssembly.subset(List.of(face));
            COSArray id = new COSArray();
            id.add(new org.apache.pdfbox.cos.COSString(new byte[16]));
            id.add(new org.apache.pdfbox.cos.COSString(new byte[16]));
            out.finish(first.getDocumentCatalog().getCOSObject(), first.getDocumentInformation().getCOSObject(), id);
        }
        try (PDDocument read = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            assertEquals(2, read.getNumberOfPages());
            var resources = read.getPage(1).getResources();
            var font = (org.apache.pdfbox.pdmodel.font.PDType0Font) resources.getFont(resources.getFontNames().iterator().next());
            assertTrue(font.getDescendantFont().getFontDescriptor().getFontFile2() != null, "the face is embedded");
            assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "as a subset: " + font.getName());
            var text = new org.apache.pdfbox.text.PDFTextStripper();
            text.setStartPage(2);
            assertEquals("工会", text.getText(read).strip());
        }
    }

    /** A document of one empty page with a structure tree, as the renderer makes a part. */
    private static PDDocument taggedPart() {
        PDDocument doc = new PDDocument();
        PDStructureTreeRoot tree = new PDStructureTreeRoot();
        COSDictionary element = new COSDictionary();
        element.setItem(COSName.S, COSName.getPDFName("Sect"));
        tree.getCOSObject().setItem(COSName.K, element);
        doc.getDocumentCatalog().setStructureTreeRoot(tree);
        PDPage page = new PDPage();
        page.setResources(DirectObjects.emptyResources()); // as a drawn part's: written in the page
        doc.addPage(page);
        return doc;
    }
}
