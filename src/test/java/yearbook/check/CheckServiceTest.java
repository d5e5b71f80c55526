package yearbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.pipeline.Progress;
import yearbook.diag.Diagnostic;
import yearbook.testing.TestFiles;

class CheckServiceTest {
    @TempDir
    Path root;

    private static final String ARTICLE_HEAD = """
            ---
            title: 甲
            organization: o
            region: 150623
            year: 2018
            ---
            """;

    private List<String> check(String archive) throws IOException {
        TestFiles.write(root, archive);
        CheckService.Result r = new CheckService("test").check(root.resolve("content"), TestFiles.templates(), Progress.NONE);
        return r.diagnostics().all().stream().map(d -> d.format(root.resolve("content"))).toList();
    }

    private List<String> punctuation(String body) throws IOException {
        return check(TestFiles.BASICS + "-- content/a.md --\n" + ARTICLE_HEAD + body).stream()
                .filter(s -> s.contains("half-width")).toList();
    }

    @Test
    void importFlagsLeftInTheFrontMatterAreWarnings() throws IOException {
        List<String> found = check(TestFiles.BASICS + """
                -- content/a.md --
                ---
                title: 甲
                organization: o
                region: 150623
                year: 2018
                # imported: page.txt, item 1
                # flag: 原文第3行：中文里夹着英文单词“the”，可能是录入错误
                authors: ["#flag: not a comment"]
                # note: flag: not an import flag
                ---
                # flag: in the body, a heading
                正文。
                """);
        assertEquals(List.of("a.md:7: warning: import flag not cleared: 原文第3行：中文里夹着英文单词“the”，可能是录入错误"), found);
    }

    @Test
    void aFlagAfterAnEmptyFieldIsReportedBesideTheBuildError() throws IOException {
        List<String> found = check(TestFiles.BASICS + """
                -- content/a.md --
                ---
                title: 甲
                organization: o
                region:   # flag: 地区未能确定，请填写
                year: 2018
                ---
                正文。
                """);
        assertTrue(found.contains("a.md:4: warning: import flag not cleared: 地区未能确定，请填写"), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.startsWith("a.md:") && s.contains(": error: ")), found.toString());
    }

    @Test
    void aLongLineFullOfHalfWidthMarksIsCheckedInLinearTime() throws IOException {
        // the column of each mark was counted from the start of the line: minutes for a line like this one
        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> punctuation("𠀀工,".repeat(200_000) + "\n"));
        assertEquals(199_999, found.size()); // the last mark ends the line
        assertEquals("a.md:7:3: warning: half-width ',' in Chinese text; use the full-width '，'", found.get(0));
        assertEquals("a.md:7:6: warning: half-width ',' in Chinese text; use the full-width '，'", found.get(1));
        assertEquals("a.md:7:" + (3 * 199_999) + ": warning: half-width ',' in Chinese text; use the full-width '，'",
                found.get(found.size() - 1));
    }

    @Test
    void halfWidthPunctuationBetweenChineseCharacters() throws IOException {
        List<String> found = punctuation("""
                外,内
                注:本文;完?好!结束.然后
                单位(县)工会, 还有
                “引文”,继续
                """);
        assertEquals(List.of(
                "a.md:7:2: warning: half-width ',' in Chinese text; use the full-width '，'",
                "a.md:8:2: warning: half-width ':' in Chinese text; use the full-width '：'",
                "a.md:8:5: warning: half-width ';' in Chinese text; use the full-width '；'",
                "a.md:8:7: warning: half-width '?' in Chinese text; use the full-width '？'",
                "a.md:8:9: warning: half-width '!' in Chinese text; use the full-width '！'",
                "a.md:8:12: warning: half-width '.' in Chinese text; use the full-width '。'",
                "a.md:9:3: warning: half-width '(' in Chinese text; use the full-width '（'",
                "a.md:9:5: warning: half-width ')' in Chinese text; use the full-width '）'",
                "a.md:9:8: warning: half-width ',' in Chinese text; use the full-width '，'",
                "a.md:10:5: warning: half-width ',' in Chinese text; use the full-width '，'"), found);
    }

    @Test
    void punctuationOutsideChineseProseIsLeftAlone() throws IOException {
        List<String> found = punctuation("""
                共1,000人，增长3.5%，时间:2019年，见第(1)条。
                English, mixed with 中文, stays. Words like Hello,世界 too.
                代码`外,内`不查，``a`外,内`b``也不查。
                链接[甲乙](外,内.md)和![图](图,片.jpg)，网址 https://example.org/外,内 与 <https://a.cn/甲,乙>。
                <span title="外,内">甲</span>
                省略...然后，等等!!

                    外,内 indented code

                ```
                外,内
                ```
                ~~~~
                外,内
                ```
                外,内
                ~~~~
                最后一行,
                """);
        assertEquals(List.of(), found);
    }

    @Test
    void theFrontMatterIsNotCheckedForPunctuation() throws IOException {
        List<String> found = check(TestFiles.BASICS + """
                -- content/a.md --
                ---
                title: 外,内
                organization: o
                region: 150623
                year: 2018
                ---
                正文。
                """);
        assertEquals(List.of(), found);
    }

    @Test
    void charactersMissingFromThePrintFontsAreErrors() throws IOException {
        List<String> found = check(TestFiles.BASICS + "-- content/a.md --\n" + ARTICLE_HEAD + "正文\uD83D\uDE00。\n");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("a.md:7:3: error: the character '\uD83D\uDE00' (U+1F600) is in none of the print fonts"),
                found.toString());
    }

    @Test
    void theFontCheckIsSkippedWhenTheSettingsMakeNoPdfs() throws IOException {
        List<String> found = check(TestFiles.BASICS.replace("baseUrl: https://example.org/yb/\n",
                "baseUrl: https://example.org/yb/\npdf:\n  enabled: false\n") + "-- content/a.md --\n" + ARTICLE_HEAD
                + "正文\uD83D\uDE00。\n");
        assertEquals(List.of(), found);
    }

    @Test
    void buildErrorsAndWarningsAreReportedAllAtOnce() throws IOException {
        List<String> found = check(TestFiles.BASICS + """
                -- content/a.md --
                ---
                title: 甲
                region: 150623
                year: 2018
                # flag: 请核对
                ---
                外,内
                """);
        assertEquals(List.of(
                "a.md:2: error: the required field 'organization' is missing",
                "a.md:5: warning: import flag not cleared: 请核对",
                "a.md:7:2: warning: half-width ',' in Chinese text; use the full-width '，'"), found);
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void brokenLinksAreWarnings() throws IOException {
        List<String> found = check(TestFiles.BASICS + "-- content/b.md --\n" + ARTICLE_HEAD + "见[甲](nope.md)和[图](no.jpg)。\n");
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().allMatch(s -> s.startsWith("b.md:7") && s.contains(": warning: ")), found.toString());
    }

    @Test
    void templateErrorsAreFindings() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + "-- content/a.md --\n" + ARTICLE_HEAD + "正文。\n"
                + "-- templates/home.ftlh --\n<p>\n<#if>\n");
        Path templates = root.resolve("templates");
        CheckService.Result r = new CheckService("test").check(root.resolve("content"), templates, Progress.NONE);
        List<Diagnostic> all = r.diagnostics().all();
        assertTrue(all.stream().anyMatch(d -> d.isError() && d.file().equals(templates.resolve("home.ftlh"))
                && d.line() == 2 && d.code().equals("template-error")), all.toString());
    }

    /** A templates folder with only the templates it changes: the others are the built-in ones. */
    @Test
    void aPartialTemplatesFolderIsCompletedByTheBuiltInOnes() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + "-- content/a.md --\n" + ARTICLE_HEAD + "正文。\n"
                + "-- templates/home.ftlh --\n<p>${site.title}</p>\n");
        CheckService.Result r = new CheckService("test").check(root.resolve("content"), root.resolve("templates"),
                Progress.NONE);
        assertEquals(List.of(), r.diagnostics().all());
    }
}
