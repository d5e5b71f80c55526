package yearbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.testing.Run;
import yearbook.testing.TestFiles;
import yearbook.testing.TestSites;

class CliTest {
    @TempDir
    Path root;

    private static Run run(String... args) {
        return Run.of(args);
    }

    private String[] build(String... extra) {
        String[] base = {"build", "--content", root.resolve("content").toString(), "--templates",
                TestFiles.templates().toString(), "--output", root.resolve("site").toString()};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void successExitsZeroAndSaysWhatItBuilt() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + """
                -- content/a.md --
                ---
                title: 甲
                organization: o
                region: 150623
                year: 2018
                ---
                正文。
                """);
        Run r = run(build());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("built 1 articles"), r.out());
        assertTrue(Files.exists(root.resolve("site/index.html")));
    }

    @Test
    void contentErrorsExitOneWithoutStackTrace() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + """
                -- content/a.md --
                ---
                title: 甲
                region: 150623
                year: 2018
                ---
                -- content/b.md --
                ---
                title: 乙
                organization: o
                region: 150623
                year: soon
                ---
                """);
        Run r = run(build());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("a.md:2: error: the required field 'organization' is missing"), r.err());
        assertTrue(r.err().contains("b.md:5:7: error: 'year' must be a whole number, not 'soon'"), r.err());
        assertTrue(r.err().contains("2 errors; nothing was written"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void aTemplateErrorNamesTheFileInsideTheTemplatesFolderGiven() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + TestSites.article("a", "150623", 2018, ""));
        Path mine = root.resolve("my-templates");
        TestFiles.copyTree(TestFiles.templates(), mine);
        Files.writeString(mine.resolve("article.ftlh"), "<p>\n${article.noSuchField}\n</p>\n");
        Run r = run("build", "--no-pdf", "--content", root.resolve("content").toString(), "--templates", mine.toString(),
                "--output", root.resolve("site").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith(mine.resolve("article.ftlh") + ":2: error: "), r.err());
        assertTrue(r.err().contains("the site was not written"), r.err());
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void missingContentFolderIsAContentError() {
        Run r = run(build());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error: the content folder does not exist"), r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("build", "--no-such-option").code());
        assertEquals(2, run("nonsense").code());
        assertEquals(2, run().code());
    }

    @Test
    void helpAndVersion() {
        Run help = run("build", "--help", "--lang", "en");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--content=DIR"), help.out());
        assertTrue(help.out().contains("Examples:"), help.out());
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("yearbook "), version.out());
    }

    @Test
    void importWritesArticlesAndSaysWhereTheReportIs() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + """
                -- in/page.txt --
                欢迎访问测试市总工会
                首页 > 工作动态

                以四项举措抓基层 强基础
                ——乌海市总工会工作纪实

                乌海市总工会以改革创新的四项举措抓基层、强基础，着力推进新形势下园区工会工作的深入开展。2018年，全市各级工会坚持“党建带工建”，以建会为基础，建家为目标，推动工会组织把广大职工组织到工会中来。
                """ + "全市工会组织开展送温暖活动，劳模工匠积极参与，职工群众普遍受益。".repeat(20) + """

                □通讯员 杨开泰
                """);
        Run r = run("import", root.resolve("in").toString(), "--into", root.resolve("content").toString());
        assertEquals(0, r.code(), r.err() + r.out());
        assertTrue(r.out().contains("1 article"), r.out());
        assertTrue(r.out().contains("articles/150000-neimengguzizhiqu/"), r.out());
        assertTrue(r.out().contains("_import-report.md"), r.out());
        assertTrue(Files.exists(root.resolve("content/_import-report.md")));
    }

    @Test
    void importOfAMissingFileIsAUsageError() {
        Run r = run("import", root.resolve("nothing-here.txt").toString(), "--into", root.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no such file or folder to import"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void importOfAnUnreadableFileExitsOneAndSaysSo() throws IOException {
        TestFiles.write(root, TestFiles.BASICS);
        Files.write(root.resolve("bad.txt"), new byte[] {(byte) 0xC0, (byte) 0x80, 0x41, (byte) 0xFF, (byte) 0xFE, 0x41});
        Run r = run("import", root.resolve("bad.txt").toString(), "--into", root.resolve("content").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.txt: error: the encoding cannot be recognised"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    private static final String ONE_ARTICLE = TestFiles.BASICS + """
            -- content/a.md --
            ---
            title: 甲
            organization: 鄂托克前旗总工会
            region: 150623
            year: 2018
            ---
            正文。
            """;

    @Test
    void buildMakesThePdfsUnlessToldNotTo() throws IOException {
        TestFiles.write(root, ONE_ARTICLE);
        Run r = run(build("--no-pdf"));
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("PDF"), r.out());
        assertFalse(Files.exists(root.resolve("site/pdf")), "--no-pdf makes no PDFs");
        r = run(build());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(", 2 PDFs"), "the volume and its one province: " + r.out());
        assertTrue(Files.size(root.resolve("site/pdf/yearbook-2019.pdf")) > 1000);
        assertTrue(Files.exists(root.resolve("site/pdf/yearbook-2019-150000-neimengguzizhiqu.pdf")));
    }

    @Test
    void thePdfCommandReplacesOnlyThePdfFolder() throws IOException {
        TestFiles.write(root, ONE_ARTICLE);
        Files.createDirectories(root.resolve("site/pdf"));
        Files.writeString(root.resolve("site/index.html"), "kept");
        Files.writeString(root.resolve("site/pdf/old.pdf"), "replaced");
        Run r = run("pdf", "--content", root.resolve("content").toString(), "--templates", TestFiles.templates().toString(),
                "--output", root.resolve("site").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("printed 1 articles into 2 PDFs"), r.out());
        assertEquals("kept", Files.readString(root.resolve("site/index.html")), "the web pages are not touched");
        assertFalse(Files.exists(root.resolve("site/pdf/old.pdf")), "the pdf folder is replaced as a whole");
        assertTrue(Files.exists(root.resolve("site/pdf/yearbook-2019.pdf")));
    }

    @Test
    void aCharacterTheFontsLackIsReportedLikeAnyContentError() throws IOException {
        TestFiles.write(root, ONE_ARTICLE.replace("正文。", "正文\uD83D\uDE00。"));
        Run r = run(build());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("a.md:7:3: error: the character '\uD83D\uDE00' (U+1F600) is in none of the print fonts"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(0, run(build("--no-pdf")).code(), "the website alone does not need the fonts");
    }

    @Test
    void newWritesAnArticleThatBuildsAndPrintsOnlyItsPath() throws IOException {
        TestFiles.write(root, TestFiles.BASICS);
        String content = root.resolve("content").toString();
        Run r = run("new", "--content", content, "--title", "党工共建深度融合", "--region", "内蒙古自治区/鄂尔多斯市/鄂托克前旗",
                "--theme", "model-workers,劳模工匠", "--theme", "hardship-aid");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        Path file = root.resolve("content/articles/150000-neimengguzizhiqu/dang-gong-gong-jian-shen-du-rong-he.md");
        assertEquals(Cli.workingDir().relativize(file) + System.lineSeparator(), r.out());
        int year = java.time.LocalDate.now().getYear() - 1;
        assertTrue(TestFiles.read(file).startsWith("---\ntitle: 党工共建深度融合\norganization: 鄂托克前旗总工会\n"
                + "region: 内蒙古自治区/鄂尔多斯市/鄂托克前旗\nyear: " + year + "\nthemes: [model-workers, hardship-aid]\n---\n"),
                TestFiles.read(file));
        r = run("new", "--content", content, "--title", "第二篇", "--region", "150300", "--year", "2018",
                "--organization", "乌海市总工会");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().strip().endsWith("articles/150000-neimengguzizhiqu/di-er-pian.md"), r.out());
        Run b = run(build("--no-pdf"));
        assertEquals(0, b.code(), b.err());
        assertEquals("", b.err(), "no warnings");
        assertTrue(b.out().startsWith("built 2 articles"), b.out());
    }

    @Test
    void newRefusesAnAmbiguousRegionAnExistingFileAndAnUnknownTheme() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + """
                -- content/articles/150000-neimengguzizhiqu/jia.md --
                kept
                """);
        String content = root.resolve("content").toString();
        Run r = run("new", "--content", content, "--title", "甲", "--region", "朝阳区");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("error: 朝阳区 is ambiguous: 北京市/朝阳区 (110105), 吉林省/长春市/朝阳区 (220104); "
                + "write the path or the code"), r.err());
        assertTrue(r.err().contains("1 error; nothing was written"), r.err());
        r = run("new", "--content", content, "--title", "甲", "--region", "150623");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("articles/150000-neimengguzizhiqu/jia.md: error: the file already exists"), r.err());
        assertEquals("kept\n", TestFiles.read(root.resolve("content/articles/150000-neimengguzizhiqu/jia.md")));
        r = run("new", "--content", content, "--title", "乙", "--region", "150623", "--theme", "nope");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error: unknown theme 'nope'; themes are listed in themes.yaml: model-workers / 劳模工匠"),
                r.err());
        assertFalse(Files.exists(root.resolve("content/articles/150000-neimengguzizhiqu/yi.md")));
        r = run("new", "--content", content, "--title", "乙", "--region", "火星", "--year", "2018");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error: no region is named 火星"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void newUsageAndHelp() {
        assertEquals(2, run("new", "--region", "150623").code(), "the title is required");
        assertEquals(2, run("new", "--title", "甲").code(), "the region is required");
        assertEquals(2, run("new", "--title", "甲", "--region", "150623", "--year", "18").code());
        Run help = run("new", "--help", "--lang", "en");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--content=DIR"), help.out());
        assertTrue(help.out().contains("Examples:"), help.out());
        assertTrue(help.out().contains("./yearbook new --title"), help.out());
        assertFalse(help.out().contains("--output"), help.out());
        assertTrue(run("--help").out().contains("new"), "listed among the commands");
    }
}
