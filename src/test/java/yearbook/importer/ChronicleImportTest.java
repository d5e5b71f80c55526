package yearbook.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import yearbook.importer.output.ChronicleFile;
import yearbook.importer.output.Outcome;

/**
 * The short dated news the import finds are written as chronicle candidates into
 * {@code chronicle/<volume>-import.yaml}, a YAML file the site builder reads: once each, and never over an editor's
 * changes without {@code --force}.
 */
class ChronicleImportTest {
    @TempDir
    Path root;
    Path content;

    /** A paragraph of union work long enough to be an entry. */
    private static final String WORK = "全区各级工会深入开展劳动竞赛，组织职工参加技能比武，为困难职工送温暖，推动职工之家建设，工会组织覆盖面不断扩大。".repeat(6);

    private static final String PAGE = "鄂尔多斯市总工会2020年工作综述\n\n2020年，鄂尔多斯市总工会" + WORK + "\n\n（市总工会 王芳）\n\n"
            + "东胜区总工会为环卫工人送清凉\n\n本报讯 7月20日，东胜区总工会开展“送清凉”活动，为环卫职工送去防暑物品。（通讯员 李娜）\n\n"
            + "准格尔旗总工会表彰劳模\n\n本报讯 12月28日上午，准格尔旗总工会召开劳模表彰会，表彰劳动模范和先进职工30名。（通讯员 张强）\n";

    @BeforeEach
    void project() throws IOException {
        content = ImportServiceTestSupport.contentFolder(root, "content");
    }

    private ImportResult importPage(String name, String text, boolean force) throws IOException {
        Path page = root.resolve(name);
        Files.writeString(page, text, StandardCharsets.UTF_8);
        return ImportService.forContent(content).run(new ImportOptions(List.of(page), content, force, null));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Path file) throws IOException {
        return (List<Map<String, Object>>) yaml(file).get("entries");
    }

    private static String day(Object date) {
        java.text.SimpleDateFormat f = new java.text.SimpleDateFormat("yyyy-MM-dd");
        f.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        return f.format((Date) date);
    }

    // Rule: each dated short news becomes an entry of the volume its year belongs to (covered year + offset), with
    // its date, its headline as text, the region of the union it names, and draft: true.
    @Test
    void shortNewsBecomeDraftEntriesOfTheirVolume() throws IOException {
        ImportResult r = importPage("page.txt", PAGE, false);
        assertEquals(1, r.articles());
        Path file = content.resolve("chronicle/2021-import.yaml");
        assertTrue(Files.isRegularFile(file), r.chronicles().toString());
        String text = Files.readString(file);
        assertTrue(text.startsWith("# 大事记 candidates found by import; review, then move entries into 2021.yaml\n"), text);
        Map<String, Object> y = yaml(file);
        assertEquals(2021, y.get("volume"));
        List<Map<String, Object>> e = entries(file);
        assertEquals(2, e.size(), text);
        assertEquals("2020-07-20", day(e.get(0).get("date")));
        assertEquals("东胜区总工会为环卫工人送清凉。", e.get(0).get("text"));
        assertEquals("150602", e.get(0).get("region"));
        assertEquals(Boolean.TRUE, e.get(0).get("draft"));
        assertEquals("2020-12-28", day(e.get(1).get("date")));
        assertEquals("150622", e.get(1).get("region"));
        assertEquals(ChronicleFile.parse(text).size(), 2);
        String report = Files.readString(content.resolve("_import-report.md"));
        assertTrue(report.contains("## 大事记候选"), report);
        assertTrue(report.contains("`chronicle/2021-import.yaml`：这些页面里找到候选 2 条，其中 2 条是文件里原来没有的（新建）"), report);
    }

    // Rule: importing again adds no entry twice, and leaves the file as it was; another page's entries are added.
    @Test
    void importingAgainDuplicatesNothing() throws IOException {
        importPage("page.txt", PAGE, false);
        Path file = content.resolve("chronicle/2021-import.yaml");
        String first = Files.readString(file);
        ImportResult again = importPage("page.txt", PAGE, false);
        assertEquals(Outcome.Status.UNCHANGED, again.chronicles().get(0).status());
        assertEquals(first, Files.readString(file));
        importPage("other.txt", "伊金霍洛旗总工会慰问一线职工\n\n本报讯 8月3日，伊金霍洛旗总工会深入企业慰问高温下坚守岗位的职工，送去清凉物品。"
                + "（通讯员 赵丽）\n\n发布时间：2020-08-05\n", false);
        List<Map<String, Object>> e = entries(file);
        assertEquals(3, e.size(), Files.readString(file));
        assertEquals(List.of("2020-07-20", "2020-08-03", "2020-12-28"), e.stream().map(x -> day(x.get("date"))).toList());
    }

    // Rule: a file the editor has changed is kept without --force, and the import says so; with --force it is
    // rewritten with the editor's entries and the new ones.
    @Test
    void anEditedFileIsKeptUnlessForced() throws IOException {
        importPage("page.txt", PAGE, false);
        Path file = content.resolve("chronicle/2021-import.yaml");
        String edited = Files.readString(file).replace("东胜区总工会为环卫工人送清凉。", "东胜区总工会为环卫工人送去防暑物品。");
        Files.writeString(file, edited);
        ImportResult kept = importPage("page.txt", PAGE, false);
        assertEquals(Outcome.Status.KEPT_EDITED, kept.chronicles().get(0).status());
        assertEquals(1, kept.kept());
        assertEquals(edited, Files.readString(file));
        assertTrue(Files.readString(content.resolve("_import-report.md")).contains("文件没有写入"));

        ImportResult forced = importPage("page.txt", PAGE, true);
        assertEquals(Outcome.Status.REPLACED, forced.chronicles().get(0).status());
        List<Map<String, Object>> e = entries(file);
        List<Object> texts = e.stream().map(x -> x.get("text")).toList();
        assertTrue(texts.contains("东胜区总工会为环卫工人送去防暑物品。"), texts.toString());
        assertTrue(texts.contains("东胜区总工会为环卫工人送清凉。"), texts.toString());
        assertEquals(3, e.size());
        ImportResult after = importPage("page.txt", PAGE, false);
        assertEquals(Outcome.Status.UNCHANGED, after.chronicles().get(0).status(), "a forced file is the import's again");
    }

    // Rule: texts YAML would read otherwise are quoted, and every entry reads back as written.
    @Test
    void anyTextReadsBackAsWritten() {
        List<ChronicleFile.Entry> entries = List.of(
                new ChronicleFile.Entry("2018-01-15", "内蒙古自治区总工会召开十届六次全委（扩大）会议。", "150000", "articles/150000-neimengguzizhiqu/a.md"),
                new ChronicleFile.Entry("2018-02", "- 标语: \"劳动最光荣\" # 不是注释", null, null),
                new ChronicleFile.Entry("2018-03-01", "true", null, null),
                new ChronicleFile.Entry("2018-03-02", "2018", null, null),
                new ChronicleFile.Entry("2018-03-03", "反斜杠 \\ 与\t制表符", null, null));
        String text = ChronicleFile.render(2019, entries);
        assertEquals(entries, ChronicleFile.parse(text));
        assertTrue(text.contains("    text: 内蒙古自治区总工会召开十届六次全委（扩大）会议。\n"), text);
        assertTrue(text.contains("    region: \"150000\"\n"), text);
        assertTrue(text.contains("  - date: 2018-02\n"), text);
        assertFalse(text.contains("entries: []"), text);
    }
}
