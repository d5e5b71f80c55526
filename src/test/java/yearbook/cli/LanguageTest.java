package yearbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import yearbook.diag.Messages;
import yearbook.testing.CommandProcess;
import yearbook.testing.Run;
import yearbook.testing.TestFiles;

/** The command line in Chinese and in English: the same findings, help and usage errors in both; JSON codes stable. */
class LanguageTest {
    @TempDir
    Path root;

    private static final String UNKNOWN_REGION = TestFiles.BASICS + """
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
            见[丙](missing.md)。
            """;

    private Run check(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--content", root.resolve("content").toString(),
                "--templates", TestFiles.templates().toString()));
        args.addAll(List.of(extra));
        return Run.of(args.toArray(new String[0]));
    }

    @Test
    void theSameFindingsInChineseAndInEnglish() throws IOException {
        TestFiles.write(root, UNKNOWN_REGION);
        String e = root.resolve("content/e-region.md").toString();
        String links = root.resolve("content/links.md").toString();

        Run en = check("--lang", "en");
        assertEquals(1, en.code(), en.err());
        assertTrue(en.out().contains(e + ":4: error: no region has code 999999\n"), en.out());
        assertTrue(en.out().contains(links + ":7: warning: the link 'missing.md' points to an article that does not exist"),
                en.out());
        assertTrue(en.out().endsWith("checked 2 articles: 1 error, 1 warning\n"), en.out());

        Run zh = check("--lang", "zh");
        assertEquals(1, zh.code(), zh.err());
        assertTrue(zh.out().contains(e + ":4: 错误: 没有代码为 999999 的地区\n"), zh.out());
        assertTrue(zh.out().contains(links + ":7: 警告: 链接 “missing.md” 指向的文章不存在或未发布\n"), zh.out());
        assertTrue(zh.out().endsWith("已检查 2 篇文章：1 个错误，1 个警告\n"), zh.out());
        assertFalse(zh.out().contains("error") || zh.out().contains("warning"), zh.out());
    }

    @Test
    void aFailedBuildSaysSoInChinese() throws IOException {
        TestFiles.write(root, UNKNOWN_REGION);
        Run r = Run.of("build", "--lang", "zh", "--no-pdf", "--content", root.resolve("content").toString(),
                "--templates", TestFiles.templates().toString(), "--output", root.resolve("site").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("e-region.md:4: 错误: 没有代码为 999999 的地区\n"), r.err());
        assertTrue(r.err().endsWith("1 个错误；没有写出任何文件\n"), r.err());
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void jsonKeepsEnglishCodesWhateverTheLanguage() throws IOException {
        TestFiles.write(root, UNKNOWN_REGION);
        List<Map<String, Object>> en = new Yaml().load(check("--format", "json", "--lang", "en").out());
        List<Map<String, Object>> zh = new Yaml().load(check("--format", "json", "--lang", "zh").out());
        assertEquals(2, en.size(), en.toString());
        assertEquals(List.of("unknown-region", "broken-link"), en.stream().map(f -> f.get("code")).toList());
        assertEquals(en.stream().map(f -> f.get("code")).toList(), zh.stream().map(f -> f.get("code")).toList());
        assertEquals(en.stream().map(f -> f.get("severity")).toList(), zh.stream().map(f -> f.get("severity")).toList());
        assertEquals(List.of("error", "warning"), zh.stream().map(f -> f.get("severity")).toList());
        assertEquals("no region has code 999999", en.get(0).get("message"));
        assertEquals("没有代码为 999999 的地区", zh.get(0).get("message"));
    }

    @Test
    void helpInBothLanguages() {
        Run en = Run.of("build", "--help", "--lang", "en");
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().startsWith("Builds the website and the print yearbook (PDFs).\nUsage: yearbook build"), en.out());
        assertTrue(en.out().contains("make the website only, without the PDFs (faster)"), en.out());
        assertTrue(en.out().contains("Examples:"), en.out());

        Run zh = Run.of("build", "--help", "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().startsWith("生成网站和印刷版年鉴（PDF）。\n用法： yearbook build"), zh.out());
        assertTrue(zh.out().contains("只生成网站，不生成 PDF（更快）"), zh.out());
        assertTrue(zh.out().contains("示例："), zh.out());
        assertTrue(zh.out().contains("文章和数据文件所在的文件夹（默认：content）"), zh.out());
        assertFalse(zh.out().contains("make the website only"), zh.out());

        Run top = Run.of("--help", "--lang", "zh");
        assertTrue(top.out().contains("命令："), top.out());
        assertTrue(top.out().contains("用 Markdown 文章编纂工会年鉴"), top.out());
    }

    /**
     * A help text the Chinese gives in fewer lines than the English ends where the Chinese ends: no English line
     * of a command's description or footer (examples aside) shows in its Chinese help.
     */
    @Test
    void theChineseHelpHasNoEnglishLinesLeftOver() throws IOException {
        Properties en = load("yearbook/cli/messages.properties");
        for (String command : List.of("build", "pdf", "check", "serve", "new", "import", "init")) {
            Run zh = Run.of(command, "--help", "--lang", "zh");
            assertEquals(0, zh.code(), zh.err());
            for (String key : en.stringPropertyNames()) {
                String line = en.getProperty(key).strip();
                if (key.matches("yearbook\\." + command + "\\.usage\\.(description|footer)\\.\\d+")
                        && line.matches(".*[a-z]{4,} [a-z]{2,}.*") && !line.contains("./yearbook") && !line.contains(" --")) {
                    assertFalse(zh.out().contains(line), command + ": " + key + " in English in the Chinese help:\n" + zh.out());
                }
            }
        }
    }

    @Test
    void usageErrorsInBothLanguages() {
        Run en = Run.of("build", "--no-such-option", "--lang", "en");
        assertEquals(2, en.code());
        assertTrue(en.err().startsWith("unknown option or argument: --no-such-option\n"), en.err());
        assertTrue(en.err().contains("Try 'yearbook build --help'"), en.err());

        Run zh = Run.of("build", "--no-such-option", "--lang", "zh");
        assertEquals(2, zh.code());
        assertTrue(zh.err().startsWith("未知的选项或参数：--no-such-option\n"), zh.err());
        assertTrue(zh.err().contains("用 “yearbook build --help” 查看用法。"), zh.err());

        Run missing = Run.of("new", "--title", "甲", "--lang", "zh");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("缺少：--region=REGION"), missing.err());

        Run port = Run.of("serve", "--port", "70000", "--lang", "zh");
        assertEquals(2, port.code());
        assertTrue(port.err().startsWith("--port 必须在 0 到 65535 之间"), port.err());

        Run lang = Run.of("check", "--lang", "fr", "--content", root.resolve("none").toString());
        assertEquals(2, lang.code());
        assertTrue(lang.err().contains("--lang must be zh or en, not 'fr'"), lang.err());
    }

    /** The rule: --lang, then YEARBOOK_LANG, then the yearbook's language, then the system's, else English. */
    @Test
    void theLanguageRule() throws IOException {
        Path zhSettings = root.resolve("zh.yaml");
        Files.writeString(zhSettings, "title: 年鉴\nlanguage: zh-CN\n");
        Path enSettings = root.resolve("en.yaml");
        Files.writeString(enSettings, "title: Yearbook\nlanguage: \"en\"\n");
        Path none = root.resolve("none.yaml");
        Files.writeString(none, "title: 年鉴\n");
        Map<String, String> noEnv = Map.of();

        assertEquals(Messages.CHINESE, Lang.resolve(null, noEnv, zhSettings, Locale.US), "the settings say zh");
        assertEquals(Messages.ENGLISH, Lang.resolve(null, noEnv, enSettings, Locale.CHINA), "the settings say en");
        assertEquals(Messages.CHINESE, Lang.resolve(null, noEnv, none, Locale.CHINA), "the system says zh");
        assertEquals(Messages.ENGLISH, Lang.resolve(null, noEnv, none, Locale.GERMANY), "otherwise English");
        assertEquals(Messages.ENGLISH, Lang.resolve(null, noEnv, root.resolve("missing.yaml"), Locale.US));
        assertEquals(Messages.ENGLISH, Lang.resolve(null, Map.of("YEARBOOK_LANG", "en"), zhSettings, Locale.CHINA),
                "the variable before the settings");
        assertEquals(Messages.CHINESE, Lang.resolve(null, Map.of("YEARBOOK_LANG", "zh_CN"), enSettings, Locale.US));
        assertEquals(Messages.ENGLISH, Lang.resolve("en", Map.of("YEARBOOK_LANG", "zh"), zhSettings, Locale.CHINA),
                "the option before everything");
        assertEquals(Messages.CHINESE, Lang.resolve(null, Map.of("YEARBOOK_LANG", "klingon"), zhSettings, Locale.US),
                "a variable naming no language is passed over");
    }

    /** YEARBOOK_LANG, in a real process: the same check speaks Chinese. */
    @Test
    void theEnvironmentVariableChoosesChinese() throws Exception {
        TestFiles.write(root, UNKNOWN_REGION);
        ProcessBuilder pb = new ProcessBuilder(CommandProcess.command(List.of(), "check", "--content",
                root.resolve("content").toString(), "--templates", TestFiles.templates().toString()));
        pb.environment().put("YEARBOOK_LANG", "zh");
        pb.environment().remove("CI");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains("e-region.md:4: 错误: 没有代码为 999999 的地区"), out);
    }

    /** Every sentence exists in both languages with the same placeholders, and every key the code uses exists. */
    @Test
    void theBundlesAreComplete() throws IOException {
        for (String bundle : List.of("yearbook/diag/findings", "yearbook/cli/messages")) {
            Properties en = load(bundle + ".properties");
            Properties zh = load(bundle + "_zh.properties");
            // a help text may take more or fewer lines in the other language
            assertEquals(keys(en), keys(zh), bundle);
            for (String key : en.stringPropertyNames()) {
                if (zh.containsKey(key)) {
                    assertEquals(placeholders(en.getProperty(key)), placeholders(zh.getProperty(key)), bundle + ": " + key);
                }
            }
        }
        Properties findings = load("yearbook/diag/findings.properties");
        Properties cli = load("yearbook/cli/messages.properties");
        Set<String> missing = new TreeSet<>();
        Pattern used = Pattern.compile("(Msg\\.of|Msg\\.literal|FINDINGS\\.text\\(locale,)\\(?\\s*\"([a-z][a-z0-9.-]*[a-z0-9])\"");
        Pattern cliUsed = Pattern.compile("\"(text\\.[a-z0-9.-]*[a-z0-9])\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                Matcher m = used.matcher(source);
                while (m.find()) {
                    if (!findings.containsKey(m.group(2))) {
                        missing.add(f.getFileName() + ": " + m.group(2));
                    }
                }
                Matcher c = cliUsed.matcher(source);
                while (c.find()) {
                    if (!cli.containsKey(c.group(1))) {
                        missing.add(f.getFileName() + ": " + c.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    private static Set<String> keys(Properties p) {
        Set<String> keys = new TreeSet<>();
        for (String k : p.stringPropertyNames()) {
            keys.add(k.replaceAll("\\.usage\\.(description|footer)\\.\\d+$", ".usage.$1"));
        }
        return keys;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LanguageTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotEquals(null, in, resource);
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String s) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}|\\$\\{[A-Z-]+}").matcher(s);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
