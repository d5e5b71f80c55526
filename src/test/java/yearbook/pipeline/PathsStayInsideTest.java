package yearbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.diag.ContentException;
import yearbook.diag.Diagnostic;
import yearbook.testing.TestFiles;
import yearbook.testing.TestSites;

/**
 * A build reads only inside the content and templates folders and writes only its output folder: symbolic links
 * out of the content are not followed, images outside the content reach neither the site nor the PDF (even with
 * HTML trusted), and an output folder that would replace the project or someone's files is refused.
 */
class PathsStayInsideTest {
    @TempDir
    Path root;

    private static void png(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
    }

    private static String article(String slug, String body) {
        return "-- content/" + slug + ".md --\n---\ntitle: " + slug + "\norganization: o\nregion: 150623\nyear: 2018\n"
                + "slug: " + slug + "\n---\n" + body + "\n";
    }

    /** Images drawn in the PDF, counted over every page. */
    private static int images(Path pdf) throws IOException {
        int n = 0;
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            for (PDPage page : doc.getPages()) {
                PDResources r = page.getResources();
                if (r == null) {
                    continue; // a blank page
                }
                for (COSName name : r.getXObjectNames()) {
                    if (r.getXObject(name) instanceof PDImageXObject) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private BuildResult build(boolean pdf) throws IOException {
        return new BuildService("t").build(new BuildOptions(root.resolve("content"), TestFiles.templates(),
                root.resolve("site"), true, pdf, null), Progress.NONE);
    }

    @Test
    void symbolicLinksOutOfTheContentAreNotFollowed() throws IOException {
        Path outside = root.resolve("outside");
        png(outside.resolve("secret.png"));
        TestFiles.write(outside, article("secret", "机密。"));
        // a picture written as HTML: one written in Markdown that is not a file of the content is an error (PicturesTest)
        TestFiles.write(root, TestFiles.BASICS + article("a", "<img src=\"img/secret.png\" alt=\"图\">"));
        Files.createDirectories(root.resolve("content/img"));
        Files.createSymbolicLink(root.resolve("content/img/secret.png"), outside.resolve("secret.png"));
        Files.createSymbolicLink(root.resolve("content/secret.md"), outside.resolve("content/secret.md"));
        Files.createSymbolicLink(root.resolve("content/more"), outside.resolve("content"));

        BuildResult r = build(true);
        List<String> warnings = r.warnings().stream().map(Diagnostic::toString).toList();
        for (String link : List.of("content/img/secret.png", "content/secret.md")) {
            assertTrue(warnings.stream().anyMatch(w -> w.startsWith(root.resolve(link) + ": warning: is a symbolic link")),
                    link + " in " + warnings);
        }
        Path site = root.resolve("site");
        assertFalse(Files.exists(site.resolve("2019/secret")), "the linked article is not published");
        assertFalse(Files.exists(site.resolve("assets/img/secret.png")) || Files.exists(site.resolve("img/secret.png")));
        assertEquals(0, images(site.resolve("pdf/yearbook-2019.pdf")), "the linked image is not printed");
        assertEquals(1, r.articles());
    }

    @Test
    void imagesOutsideTheContentReachNeitherTheSiteNorThePdfEvenWhenHtmlIsTrusted() throws IOException {
        png(root.resolve("outside.png"));
        png(root.resolve("content/inside.png"));
        String abs = root.resolve("outside.png").toUri().toString();
        String trusted = TestFiles.BASICS.replace("baseUrl:", "rawHtml: trusted\nbaseUrl:");
        TestFiles.write(root, trusted + article("a", """
                ![内](inside.png)

                ![外](../outside.png) ![外](%s) ![外](%s)
                """.formatted(abs, root.resolve("outside.png"))));
        // a picture in Markdown must be a file of the content folder
        ContentException e = assertThrows(ContentException.class, () -> build(true));
        assertEquals(3, e.diagnostics().stream().filter(d -> d.isError() && d.line() == 10
                && d.code().equals("picture-outside")).count(), e.diagnostics().toString());

        // and one in HTML, which is not checked, does not reach the site or the book either
        TestFiles.write(root, trusted + article("a", """
                ![内](inside.png)

                <img src="../outside.png" alt="外"> <img src="%s" alt="外"> <img src="content/../../outside.png" alt="外">
                """.formatted(abs)));
        build(true);
        assertEquals(1, images(root.resolve("site/pdf/yearbook-2019.pdf")), "only the image inside the content is printed");
        try (var files = Files.walk(root.resolve("site"))) {
            assertEquals(List.of("inside.png"), files.filter(p -> p.toString().endsWith(".png"))
                    .map(p -> p.getFileName().toString()).filter(n -> !n.equals("apple-touch-icon.png")).toList());
        }
    }

    @Test
    void anOutputThatWouldReplaceTheProjectOrOtherFilesIsRefused() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + TestSites.article("a", "150623", 2018, "model-workers"));
        Path notes = root.resolve("notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("plan.txt"), "明年的计划");
        Path pdfOnly = root.resolve("other");
        Files.createDirectories(pdfOnly.resolve("pdf"));
        Files.writeString(pdfOnly.resolve("pdf/keep.txt"), "留着");
        Map<Path, String> refused = Map.of(
                root.resolve("content"), "it would replace the content",
                root, "it would replace the content",
                Path.of("/"), "a system folder",
                Path.of(System.getProperty("user.home")), "a system folder",
                notes, "was not made by yearbook (it has no .yearbook-site file)");
        for (var e : refused.entrySet()) {
            ContentException ex = assertThrows(ContentException.class, () -> new BuildService("t").build(
                    new BuildOptions(root.resolve("content"), TestFiles.templates(), e.getKey()), Progress.NONE));
            assertTrue(ex.diagnostics().get(0).message().contains(e.getValue()), ex.diagnostics().toString());
        }
        ContentException ex = assertThrows(ContentException.class, () -> new BuildService("t").build(
                new BuildOptions(root.resolve("content"), TestFiles.templates(), pdfOnly, false, true, null), Progress.NONE));
        assertTrue(ex.diagnostics().get(0).message().contains("has files other than PDFs"), ex.diagnostics().toString());
        assertEquals("明年的计划", Files.readString(notes.resolve("plan.txt")));
        assertEquals("留着", Files.readString(pdfOnly.resolve("pdf/keep.txt")));
        try (var l = Files.list(root)) {
            assertEquals(List.of("content", "notes", "other"), l.map(p -> p.getFileName().toString()).sorted().toList(),
                    "nothing was written beside the project");
        }
    }

    @Test
    void aSiteMadeByABuildIsReplacedByTheNext() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + TestSites.article("a", "150623", 2018, "model-workers"));
        build(false);
        assertTrue(Files.isRegularFile(root.resolve("site/.yearbook-site")));
        Files.writeString(root.resolve("site/stale.html"), "old");
        build(false);
        assertFalse(Files.exists(root.resolve("site/stale.html")));
        Files.delete(root.resolve("site/.yearbook-site"));
        build(false); // a site made before the mark existed is recognised by its own files
        assertTrue(Files.isRegularFile(root.resolve("site/.yearbook-site")));
    }
}
