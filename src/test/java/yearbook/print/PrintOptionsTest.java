package yearbook.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildResult;
import yearbook.pipeline.BuildService;
import yearbook.pipeline.Progress;
import yearbook.diag.ContentException;
import yearbook.diag.Diagnostic;
import yearbook.template.TemplateError;
import yearbook.testing.TestFiles;

/** The print settings in yearbook.yaml, and how the print yearbook fails: loudly, leaving the site as it was. */
class PrintOptionsTest {
    @TempDir
    Path root;

    static final String ARTICLES = TestFiles.TWO_ARTICLES;


    private BuildResult build(String settings, Path templates) throws IOException {
        TestFiles.write(root, TestFiles.BASICS.replace("baseUrl: https://example.org/yb/", "baseUrl: https://example.org/yb/\n" + settings)
                + ARTICLES);
        return new BuildService("t").build(new BuildOptions(root.resolve("content"), templates, root.resolve("site"),
                true, true, null), Progress.NONE);
    }

    private List<String> pdfs() throws IOException {
        Path dir = root.resolve("site/pdf");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> topBookmarks(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> out = new ArrayList<>();
            for (PDOutlineItem i : doc.getDocumentCatalog().getDocumentOutline().children()) {
                out.add(i.getTitle());
            }
            return out;
        }
    }

    @Test
    void paperSectionsAndPartsFollowTheSettings() throws IOException {
        build("""
                pdf:
                  paper: 16K
                  sections: [contents, place-index]
                  perProvince: false
                """, TestFiles.templates());
        assertEquals(List.of("yearbook-2019.pdf"), pdfs(), "no province parts");
        Path pdf = root.resolve("site/pdf/yearbook-2019.pdf");
        assertEquals(List.of("目录", "内蒙古自治区", "陕西省", "地名索引"), topBookmarks(pdf),
                "no cover, title page, preface or subject index");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(185 / 25.4 * 72, box.getWidth(), 1.0, "16K is 185 mm wide");
            assertEquals(260 / 25.4 * 72, box.getHeight(), 1.0, "and 260 mm high");
        }
    }

    @Test
    void a4AndEveryPartByDefault() throws IOException {
        build("", TestFiles.templates());
        assertEquals(List.of("yearbook-2019-150000-neimengguzizhiqu.pdf", "yearbook-2019-610000-shaanxisheng.pdf",
                "yearbook-2019.pdf"), pdfs());
        Path pdf = root.resolve("site/pdf/yearbook-2019.pdf");
        assertEquals(List.of("编辑说明", "目录", "内蒙古自治区", "陕西省", "主题索引", "地名索引", "单位索引"), topBookmarks(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(PDRectangle.A4.getWidth(), doc.getPage(0).getMediaBox().getWidth(), 1.0);
            assertEquals(PDRectangle.A4.getHeight(), doc.getPage(0).getMediaBox().getHeight(), 1.0);
        }
        assertEquals(List.of("内蒙古自治区"), topBookmarks(root.resolve("site/pdf/yearbook-2019-150000-neimengguzizhiqu.pdf"))
                .stream().filter(t -> t.endsWith("区") || t.endsWith("省")).toList(), "a province's part holds only that province");
    }

    @Test
    void disabledPrintMakesNoPdfsAndNoLinks() throws IOException {
        build("pdf:\n  enabled: false\n", TestFiles.templates());
        assertEquals(List.of(), pdfs());
        assertFalse(Files.readString(root.resolve("site/2019/index.html")).contains(".pdf"));
    }

    @Test
    void wrongPrintSettingsAreErrorsAtTheirLine() throws IOException {
        ContentException e = assertThrows(ContentException.class, () -> build("""
                pdf:
                  paper: Letter
                  sections: [cover, appendix]
                  fonts:
                    serif: fonts/missing.ttf
                  colour: red
                """, TestFiles.templates()));
        String all = e.diagnostics().stream().map(d -> d.line() + ": " + d.message()).collect(Collectors.joining("\n"));
        assertTrue(all.contains("4: 'paper' must be A4, A5, B5, 16K"), all);
        assertTrue(all.contains("5: 'appendix' is not a part of the book"), all);
        assertTrue(all.contains("colour"), all);
        assertFalse(Files.exists(root.resolve("site")), "nothing was written");
    }

    @Test
    void aFontThatIsNotTrueTypeIsRefusedWithTheReason() throws IOException {
        Path templates = copyTemplates();
        Files.createDirectories(templates.resolve("fonts"));
        Files.write(templates.resolve("fonts/fake.ttf"), "OTTO this is not a font".getBytes());
        ContentException e = assertThrows(ContentException.class, () -> build("""
                pdf:
                  fonts:
                    serif: fonts/fake.ttf
                    sans: fonts/none.ttf
                """, templates));
        String all = e.diagnostics().stream().map(Diagnostic::message).collect(Collectors.joining("\n"));
        assertTrue(all.contains("pdf.fonts.serif: the file is not a TrueType font"), all);
        assertTrue(all.contains("pdf.fonts.sans: the font file") && all.contains("does not exist"), all);
    }

    @Test
    void aCharacterNoFontHasIsAnErrorAtItsFileLineAndColumn() throws IOException {
        Files.createDirectories(root.resolve("site"));
        Files.writeString(root.resolve("site/index.html"), "the previous site");
        Files.writeString(root.resolve("site/" + BuildService.SITE_MARK), "");
        String broken = ARTICLES.replace("县总工会表彰了一批劳动模范。", "县总工会表彰了一批劳动模范\uD83D\uDE00。\n另有⾃治区代表。")
                .replace("title: 定边县总工会表彰劳模", "title: 定边县总工会表彰劳模  # 备注：\uD83C\uDF89 不印刷");
        TestFiles.write(root, TestFiles.BASICS + broken);
        ContentException e = assertThrows(ContentException.class, () -> new BuildService("t").build(
                BuildOptions.everything(root.resolve("content"), TestFiles.templates(), root.resolve("site")), Progress.NONE));
        List<String> found = e.diagnostics().stream()
                .map(d -> d.file().getFileName() + ":" + d.line() + ":" + d.column() + ": " + d.message()).toList();
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("b.md:8:14: the character '\uD83D\uDE00' (U+1F600) is in none of the print fonts"), found.get(0));
        assertTrue(found.get(1).startsWith("b.md:9:3: the character '⾃' (U+2F83)"), "a stand-in radical is refused too: " + found.get(1));
        assertEquals("the previous site", Files.readString(root.resolve("site/index.html")), "the previous site is left as it was");
    }

    @Test
    void aBrokenPrintTemplateNamesItsLineAndLeavesTheSite() throws IOException {
        Path templates = copyTemplates();
        Path book = templates.resolve("print/book.ftlh");
        List<String> lines = new ArrayList<>(Files.readAllLines(book));
        int at = lines.indexOf("<main class=\"book-body\">");
        lines.add(at + 1, "${book.noSuchField}");
        Files.write(book, lines);
        Files.createDirectories(root.resolve("site"));
        Files.writeString(root.resolve("site/index.html"), "the previous site");
        Files.writeString(root.resolve("site/" + BuildService.SITE_MARK), "");
        TemplateError e = assertThrows(TemplateError.class, () -> build("", templates));
        assertEquals("print/book.ftlh", e.template());
        assertEquals(at + 2, e.line());
        assertEquals("the previous site", Files.readString(root.resolve("site/index.html")));
        assertFalse(Files.exists(root.resolve("site/pdf")));
    }

    @Test
    void placesOfTheSameNameAreToldApartByTheirParent() throws IOException {
        TestFiles.write(root, TestFiles.BASICS.replace("baseUrl: https://example.org/yb/",
                "baseUrl: https://example.org/yb/\npdf:\n  perProvince: false\n  sections: [place-index]\n") + """
                -- content/articles/bj.md --
                ---
                title: 北京朝阳
                organization: 朝阳区总工会
                region: 110105
                year: 2018
                ---
                正文。
                -- content/articles/cc.md --
                ---
                title: 长春朝阳
                organization: 朝阳区总工会
                region: 220104
                year: 2018
                ---
                正文。
                """);
        new BuildService("t").build(BuildOptions.everything(root.resolve("content"), TestFiles.templates(), root.resolve("site")),
                Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(root.resolve("site/pdf/yearbook-2019.pdf").toFile())) {
            org.apache.pdfbox.text.PDFTextStripper s = new org.apache.pdfbox.text.PDFTextStripper();
            s.setSortByPosition(true);
            s.setStartPage(doc.getNumberOfPages());
            String index = s.getText(doc);
            assertTrue(index.contains("朝阳区（北京市）") && index.contains("朝阳区（长春市）"), index);
            assertTrue(index.indexOf("朝阳区（北京市）") < index.indexOf("朝阳区（长春市）"), "北京 before 长春 in pinyin order");
        }
    }

    private Path copyTemplates() throws IOException {
        Path to = root.resolve("templates");
        TestFiles.copyTree(TestFiles.templates(), to);
        return to;
    }
}
