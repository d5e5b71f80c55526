package yearbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import yearbook.testing.Run;
import yearbook.testing.TestFiles;

class CheckCommandTest {
    @TempDir
    Path root;

    private static Run run(String... args) {
        return Run.of(args);
    }

    private Run check(String... extra) {
        String[] base = {"check", "--content", root.resolve("content").toString(), "--templates", TestFiles.templates().toString()};
        String[] all = Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return run(all);
    }

    private static final String WARNINGS_ONLY = TestFiles.BASICS + """
            -- content/a.md --
            ---
            title: 甲
            organization: o
            region: 150623
            year: 2018
            # flag: 请核对"年份"
            ---
            外,内。
            """;

    private static final String WITH_ERROR = WARNINGS_ONLY + """
            -- content/b.md --
            ---
            title: 乙
            organization: o
            region: 150623
            year: soon
            ---
            正文。
            """;

    @Test
    void warningsOnlyExitZeroAndWriteNothing() throws IOException {
        TestFiles.write(root, WARNINGS_ONLY);
        Run r = check();
        assertEquals(0, r.code(), r.err());
        String a = root.resolve("content/a.md").toString();
        assertEquals(a + ":6: warning: import flag not cleared: 请核对\"年份\"\n"
                + a + ":8:2: warning: half-width ',' in Chinese text; use the full-width '，'\n"
                + "checked 1 article: 0 errors, 2 warnings\n", r.out());
        assertEquals("", r.err());
        assertFalse(Files.exists(root.resolve("site")));
        assertFalse(Files.exists(Path.of("site-check-should-not-exist")));
        try (var files = Files.walk(root)) {
            assertEquals(List.of("content", "content/a.md", "content/themes.yaml", "content/yearbook.yaml"),
                    files.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList());
        }
    }

    @Test
    void errorsExitOneWithoutStackTrace() throws IOException {
        TestFiles.write(root, WITH_ERROR);
        Run r = check();
        assertEquals(1, r.code(), r.err());
        String b = root.resolve("content/b.md").toString();
        assertTrue(r.out().contains(b + ":5:7: error: 'year' must be a whole number, not 'soon'\n"), r.out());
        assertTrue(r.out().endsWith("checked 2 articles: 1 error, 2 warnings\n"), r.out());
        assertFalse(r.out().contains("Exception") || r.err().contains("Exception"), r.out() + r.err());
        assertFalse(Files.exists(root.resolve("site")));
    }

    /**
     * One article in error (an unknown region) does not hide the findings in the others: the broken link in
     * another article is reported in the same run, and a link to the article in error is not called broken.
     */
    @Test
    void anArticleInErrorDoesNotHideTheOthersFindings() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + """
                -- content/e-region.md --
                ---
                title: 甲
                organization: o
                region: 999999
                year: 2018
                ---
                正文。
                -- content/links.md --
                ---
                title: 乙
                organization: o
                region: 150623
                year: 2018
                ---
                见[甲](e-region.md)和[丙](missing.md)。
                """);
        Run r = check();
        assertEquals(1, r.code(), r.err());
        String e = root.resolve("content/e-region.md").toString();
        String links = root.resolve("content/links.md").toString();
        assertTrue(r.out().contains(e + ":4: error: no region has code 999999"), r.out());
        assertTrue(r.out().contains(links + ":7: warning: the link 'missing.md' points to an article that does not exist"),
                r.out());
        assertFalse(r.out().contains("'e-region.md'"), r.out());
        assertTrue(r.out().endsWith("checked 2 articles: 1 error, 1 warning\n"), r.out());

        Run build = run("build", "--content", root.resolve("content").toString(), "--templates",
                TestFiles.templates().toString(), "--output", root.resolve("site").toString());
        assertEquals(1, build.code(), build.err());
        assertTrue(build.err().contains("links.md:7: warning: the link 'missing.md'"), build.err());
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void jsonIsAnArrayOfFindings() throws IOException {
        TestFiles.write(root, WITH_ERROR);
        Run r = check("--format", "json");
        assertEquals(1, r.code(), r.err());
        String a = root.resolve("content/a.md").toString();
        String b = root.resolve("content/b.md").toString();
        Object parsed = new Yaml().load(r.out());
        assertEquals(List.of(
                finding(a, 6, null, "warning", "import-flag", "import flag not cleared: 请核对\"年份\""),
                finding(a, 8, 2, "warning", "half-width-punctuation", "half-width ',' in Chinese text; use the full-width '，'"),
                finding(b, 5, 7, "error", "not-a-number", "'year' must be a whole number, not 'soon'")), parsed);
        String json = r.out();
        assertTrue(json.startsWith("[\n  {\"file\": \"" + a.replace("\\", "\\\\") + "\", \"line\": 6, \"column\": null, "
                + "\"severity\": \"warning\", \"code\": \"import-flag\", \"message\": \"import flag not cleared: 请核对\\\"年份\\\"\"},\n"), json);
        assertTrue(json.endsWith("}\n]\n"), json);
        assertEquals("checked 2 articles: 1 error, 2 warnings\n", r.err());
    }

    @Test
    void jsonWithoutFindingsIsAnEmptyArray() throws IOException {
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
        Run r = check("--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals("[]\n", r.out());
        assertEquals(List.of(), new Yaml().load(r.out()));
        Run text = check();
        assertEquals("checked 1 article: no problems found\n", text.out());
    }

    @Test
    void jsonStringsAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\n\\t\\u0001中\\u003c\"", yearbook.text.Json.string("a\"b\\c\n\t\u0001中<"));
        assertEquals("null", yearbook.text.Json.string((String) null));
    }

    @Test
    void missingFoldersAreErrors() {
        Run r = run("check", "--content", root.resolve("nope").toString(), "--templates", root.resolve("nothing").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains(root.resolve("nope") + ": error: the content folder does not exist"), r.out());
        assertTrue(r.out().contains(root.resolve("nothing") + ": error: the templates folder does not exist"), r.out());
        assertFalse(r.out().contains("\tat "), r.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("check", "--format", "xml").code());
        assertEquals(2, run("check", "--output", "x").code());
        assertEquals(2, run("check", "extra").code());
    }

    @Test
    void help() {
        Run help = run("check", "--help", "--lang", "en");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--content=DIR"), help.out());
        assertTrue(help.out().contains("--format=FORMAT"), help.out());
        assertTrue(help.out().contains("Examples:"), help.out());
        assertTrue(run("--help").out().contains("check"));
    }

    @Test
    void theRepositorysOwnContentHasNoErrors() {
        Run r = run("check", "--content", Path.of("content").toAbsolutePath().toString(),
                "--templates", TestFiles.templates().toString());
        assertEquals("zh-CN", Lang.settingsLanguage(Path.of("content/yearbook.yaml")));
        assertEquals(0, r.code(), r.out() + r.err());
        // the repository's yearbook.yaml says language: zh-CN, so check speaks Chinese
        assertFalse(r.out().contains(": 错误: "), r.out());
        assertTrue(r.out().contains(": 警告: 导入时的存疑标记尚未清除："), r.out());
        assertTrue(r.out().contains("已检查 "), r.out());
    }

    private static Map<String, Object> finding(String file, Integer line, Integer column, String severity, String code,
                                               String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("line", line);
        m.put("column", column);
        m.put("severity", severity);
        m.put("code", code);
        m.put("message", message);
        return m;
    }
}
