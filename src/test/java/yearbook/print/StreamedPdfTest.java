package yearbook.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file a book is written into part by part ({@link StreamedPdf}) is a PDF that PDFBox reads back as it was
 * written: objects in object streams, streams with their bytes, references to objects written before (by number)
 * and after (reserved), the same bytes for the same objects.
 */
class StreamedPdfTest {
    @TempDir
    Path dir;

    /** 450 pages in three parts, each page with its content and a dictionary of its own, the page tree written last. */
    private Path write(String name) throws IOException {
        Path file = dir.resolve(name);
        try (StreamedPdf out = new StreamedPdf(file, 1.7f)) {
            COSDictionary tree = new COSDictionary();
            out.reserve(tree);
            COSDictionary shared = new COSDictionary(); // written once, at the end, referred to by every page
            shared.setItem(COSName.TYPE, COSName.getPDFName("Shared"));
            out.reserve(shared);
            List<StreamedPdf.Ref> pages = new ArrayList<>();
            for (int part = 0; part < 3; part++) {
                List<COSDictionary> own = new ArrayList<>();
                for (int i = 0; i < 150; i++) {
                    PDPage page = new PDPage();
                    COSDictionary p = page.getCOSObject();
                    p.setItem(COSName.PARENT, tree);
                    COSStream content = new COSStream();
                    try (OutputStream o = content.createOutputStream()) {
                        o.write(("% page " + (part * 150 + i) + "\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    p.setItem(COSName.CONTENTS, content);
                    COSDictionary note = new COSDictionary(); // an object of its own
                    note.setString(COSName.T, "第" + (part * 150 + i + 1) + "页");
                    note.setItem(COSName.getPDFName("Shared"), shared);
                    if (!pages.isEmpty()) {
                        note.setItem(COSName.getPDFName("Before"), pages.get(pages.size() - 1)); // a page of an earlier part
                    }
                    note.setItem(COSName.getPDFName("Scale"), new COSFloat(0.5f));
                    p.setItem(COSName.getPDFName("Note"), note);
                    own.add(p);
                }
                out.write(own.toArray(new COSDictionary[0]));
                for (COSDictionary p : own) {
                    pages.add(out.ref(p));
                }
                out.writePart();
            }
            tree.setItem(COSName.TYPE, COSName.PAGES);
            COSArray kids = new COSArray();
            pages.forEach(kids::add);
            tree.setItem(COSName.KIDS, kids);
            tree.setInt(COSName.COUNT, pages.size());
            COSDictionary catalog = new COSDictionary();
            catalog.setItem(COSName.TYPE, COSName.CATALOG);
            catalog.setItem(COSName.PAGES, tree);
            COSDictionary info = new COSDictionary();
            info.setString(COSName.TITLE, "工会年鉴");
            COSArray id = new COSArray();
            id.add(new COSString(new byte[16]));
            id.add(new COSString(new byte[16]));
            out.finish(catalog, info, id);
        }
        return file;
    }

    @Test
    void theFileReadsBackAsWritten() throws IOException {
        Path file = write("a.pdf");
        assertTrue(new String(Files.readAllBytes(file), 0, 8, StandardCharsets.ISO_8859_1).startsWith("%PDF-1.7"));
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertEquals(450, doc.getNumberOfPages());
            assertEquals("工会年鉴", doc.getDocumentInformation().getTitle());
            COSDictionary shared = null;
            for (int i = 0; i < 450; i++) {
                PDPage page = doc.getPage(i);
                try (var in = page.getContents()) {
                    assertEquals("% page " + i + "\n", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
                }
                COSDictionary note = page.getCOSObject().getCOSDictionary(COSName.getPDFName("Note"));
                assertEquals("第" + (i + 1) + "页", note.getString(COSName.T));
                assertEquals(0.5f, ((COSFloat) note.getDictionaryObject(COSName.getPDFName("Scale"))).floatValue());
                COSDictionary s = note.getCOSDictionary(COSName.getPDFName("Shared"));
                assertEquals("Shared", s.getNameAsString(COSName.TYPE));
                if (shared == null) {
                    shared = s;
                }
                assertSame(shared, s, "the reserved dictionary is one object");
                if (i >= 150) { // the last page of the part before
                    assertSame(doc.getPage(i / 150 * 150 - 1).getCOSObject(),
                            ((COSObject) note.getItem(COSName.getPDFName("Before"))).getObject(),
                            "a reference by number leads to a page of an earlier part");
                }
            }
            assertTrue(doc.getDocument().isXRefStream(), "one cross-reference stream");
        }
    }

    @Test
    void theSameObjectsGiveTheSameBytes() throws IOException {
        assertArrayEquals(Files.readAllBytes(write("a.pdf")), Files.readAllBytes(write("b.pdf")));
    }

    /**
     * A page the book's last objects reach directly, not by its number, would be written a second time with none of
     * the parts' work on it: refused.
     */
    @Test
    void aPageReachedAfterItsPartIsRefused() throws IOException {
        try (StreamedPdf out = new StreamedPdf(dir.resolve("c.pdf"), 1.7f)) {
            PDPage page = new PDPage();
            out.write(page.getCOSObject());
            out.writePart();
            COSDictionary catalog = new COSDictionary();
            catalog.setItem(COSName.getPDFName("Stray"), page.getCOSObject());
            COSArray id = new COSArray();
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> out.finish(catalog, new COSDictionary(), id));
            assertTrue(e.getMessage().contains("page"), e.getMessage());
        }
    }
}
