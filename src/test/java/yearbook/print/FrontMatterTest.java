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
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.diag.ContentException;
import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildResult;
import yearbook.pipeline.BuildService;
import yearbook.pipeline.Progress;
import yearbook.testing.TestFiles;

/** The front matter of the print yearbook: 版权页, 编委会 and 编辑说明, printed from the yearbook's own files. */
class FrontMatterTest {
    @TempDir
    Path root;

    static final String FRONT_MATTER = """
            colophon:
              editor: 内蒙古自治区总工会
              publisher: 内蒙古人民出版社
              address: 呼和浩特市新城区中山东路8号
              postcode: "010020"
              edition: 2020年5月第1版
              isbn: 978-7-204-16001-3
            board:
              - role: 主任
                members: [张三]
              - role: 副主任
                members: [王五, 李四]
              - role: 委员
                members: [赵六, 钱七, 孙八]
            staff:
              - role: 主编
                members: [周九]
            """;

    private BuildResult build(String settings, String extra) throws IOException {
        TestFiles.write(root, TestFiles.BASICS.replace("baseUrl: https://example.org/yb/",
                "baseUrl: https://example.org/yb/\n" + settings) + PrintOptionsTest.ARTICLES + extra);
        return new BuildService("t").build(new BuildOptions(root.resolve("content"), TestFiles.templates(),
                root.resolve("site"), true, true, null), Progress.NONE);
    }

    /** Each page's text, whitespace (ideographic spaces too) removed. */
    private List<String> pages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(root.resolve("site/pdf/yearbook-2019.pdf").toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            List<String> out = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(s.getText(doc).replaceAll("[\\s\\p{Z}]+", ""));
            }
            return out;
        }
    }

    private List<String> bookmarks() throws IOException {
        try (PDDocument doc = Loader.loadPDF(root.resolve("site/pdf/yearbook-2019.pdf").toFile())) {
            List<String> out = new ArrayList<>();
            for (PDOutlineItem i : doc.getDocumentCatalog().getDocumentOutline().children()) {
                out.add(i.getTitle());
            }
            return out;
        }
    }

    private static int find(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theColophonIsTheNextPageAfterTheTitlePageAndStatesOnlyWhatWasGiven() throws IOException {
        build("pdf:\n  perProvince: false\n" + FRONT_MATTER, "");
        List<String> pages = pages();
        int title = find(pages, "（2018年卷）");
        int colophon = find(pages, "书名测试年鉴2019");
        assertTrue(title >= 0, "the title page is printed");
        assertEquals(title + 1, colophon, "the 版权页 follows the title page: " + pages.get(title + 1));
        String c = pages.get(colophon);
        for (String given : List.of("编者内蒙古自治区总工会", "出版者内蒙古人民出版社", "地址呼和浩特市新城区中山东路8号",
                "邮编010020", "版次2020年5月第1版", "书号ISBN978-7-204-16001-3",
                "开本210mm×297mm1/16", "字数1千字")) {
            assertTrue(c.contains(given), given + " is on the 版权页: " + c);
        }
        for (String absent : List.of("印刷者", "印次", "定价", "CIP", "印张")) {
            assertFalse(c.contains(absent), absent + " was not given and is not printed: " + c);
        }
        assertTrue(c.startsWith("书名") && c.endsWith("书号ISBN978-7-204-16001-3"),
                "the 版权页 carries no running head and no page number: " + c);
    }

    @Test
    void theBoardFollowsTheColophonWithRolesAndNamesInTheGivenOrder() throws IOException {
        build("pdf:\n  perProvince: false\n" + FRONT_MATTER, "");
        List<String> pages = pages();
        int board = find(pages, "《测试年鉴》编辑委员会");
        assertEquals(find(pages, "书名测试年鉴2019") + 1, board, "the 编委会 follows the 版权页");
        String b = pages.get(board);
        assertTrue(b.contains("主任张三副主任王五李四委员赵六钱七孙八"), "roles and names as given, not re-sorted: " + b);
        assertTrue(b.indexOf("委员") < b.indexOf("编辑部") && b.contains("编辑部主编周九"), "then the staff: " + b);
        assertEquals(board + 1, find(pages, "编辑说明"), "the 编辑说明 comes next");
        assertEquals(List.of("编委会", "编辑说明", "目录"), bookmarks().subList(0, 3), "the 编委会 has a bookmark, the 版权页 none");
    }

    @Test
    void withoutTheSettingsOrWithTheirPartsTurnedOffNeitherPageIsPrinted() throws IOException {
        build("pdf:\n  perProvince: false\n", "");
        List<String> pages = pages();
        assertEquals(-1, find(pages, "书名"));
        assertEquals(-1, find(pages, "编辑委员会"));
        assertFalse(bookmarks().contains("编委会"));
        Files.walk(root.resolve("content")).sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        build("pdf:\n  perProvince: false\n  sections: [title, preface, contents]\n" + FRONT_MATTER, "");
        pages = pages();
        assertEquals(-1, find(pages, "书名"), "pdf.sections leaves out the colophon");
        assertEquals(-1, find(pages, "编辑委员会"), "and the board");
        assertEquals(find(pages, "（2018年卷）") + 1, find(pages, "编辑说明"));
    }

    @Test
    void aBoardWithoutAColophonFollowsTheTitlePage() throws IOException {
        build("pdf:\n  perProvince: false\nstaff:\n  - role: 主编\n    members: [周九]\n", "");
        List<String> pages = pages();
        assertEquals(-1, find(pages, "书名"));
        int staff = find(pages, "编辑部主编周九");
        assertEquals(find(pages, "（2018年卷）") + 1, staff, "the staff alone make the page");
        assertFalse(pages.get(staff).contains("编辑委员会"));
    }

    @Test
    void prefaceFileReplacesTheGeneratedNotesAndIsNoArticle() throws IOException {
        BuildResult r = build("pdf:\n  perProvince: false\n", """
                -- content/preface.md --
                一、本卷由编辑部据各地工会报送的材料编成。

                ## 体例

                二、**数字**用法依国家标准。
                """);
        assertEquals(2, r.articles(), "preface.md is not an article");
        List<String> pages = pages();
        int preface = find(pages, "编辑说明");
        String p = pages.get(preface);
        assertTrue(p.contains("一、本卷由编辑部据各地工会报送的材料编成。体例二、数字用法依国家标准。"), p);
        assertFalse(p.contains("本卷收录条目"), "the generated notes are replaced: " + p);
        try (Stream<Path> s = Files.walk(root.resolve("site"))) {
            assertFalse(s.anyMatch(f -> f.toString().contains("preface")), "the site has no page for it");
        }
    }

    @Test
    void theGeneratedNotesStayWithoutAPrefaceFile() throws IOException {
        build("pdf:\n  perProvince: false\n", "");
        List<String> pages = pages();
        assertTrue(pages.get(find(pages, "编辑说明")).contains("本卷收录条目2篇"));
    }

    @Test
    void thePrefaceFileIsCheckedAgainstThePrintFonts() throws IOException {
        ContentException e = assertThrows(ContentException.class, () -> build("", """
                -- content/preface.md --
                一、说明。

                二、说明\uD83D\uDE00。
                """));
        List<String> found = e.diagnostics().stream()
                .map(d -> d.file().getFileName() + ":" + d.line() + ":" + d.column() + ": " + d.message()).toList();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("preface.md:3:5: the character '\uD83D\uDE00'"), found.get(0));
    }
}
