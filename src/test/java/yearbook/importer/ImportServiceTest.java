package yearbook.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.config.ProjectLoader;
import yearbook.content.ContentLoader;
import yearbook.diag.Diagnostics;
import yearbook.importer.output.Draft;
import yearbook.importer.output.Outcome;

/** The importer end to end: the five seed pages, and the safety rules for files on disk. */
class ImportServiceTest {
    @TempDir
    Path root;
    Path content;

    @BeforeEach
    void project() throws IOException {
        content = ImportServiceTestSupport.contentFolder(root, "content");
    }

    private ImportResult importSeeds(boolean force) throws IOException {
        return ImportService.forContent(content).run(new ImportOptions(List.of(Path.of("seeds")), content, force, null));
    }

    private static Map<String, Draft> byTitle(ImportResult r) {
        return r.outcomes().stream().flatMap(o -> o.articles().stream()).map(Outcome.Written::draft)
                .collect(Collectors.toMap(Draft::title, d -> d, (a, b) -> a, TreeMap::new));
    }

    @Test
    void theSeedsGiveSixArticlesWithTheirTitlesRegionsAuthorsAndYears() throws IOException {
        ImportResult r = importSeeds(false);
        assertEquals(0, r.failures());
        Map<String, Draft> d = byTitle(r);
        assertEquals(6, d.size(), d.keySet().toString());

        Draft wuhai = d.get("以四项举措抓基层 强基础");
        assertEquals("乌海市总工会", wuhai.kicker());
        assertEquals("乌海市总工会", wuhai.organization());
        assertEquals("内蒙古自治区/乌海市", wuhai.region());
        assertEquals(2018, wuhai.year());
        assertEquals(List.of("继洋", "李琳娜", "董子平"), wuhai.authors());

        Draft hohhot = d.get("凝聚劳动者力量 彰显主人翁风采");
        assertEquals("呼和浩特市总工会亮点工作扫描", hohhot.subtitle());
        assertEquals("内蒙古自治区/呼和浩特市", hohhot.region());
        assertEquals(2018, hohhot.year());
        assertEquals(List.of("刘畅", "王瑞波"), hohhot.authors());
        assertEquals(6, hohhot.captions().size(), hohhot.captions().toString());

        Draft ningxia = d.get("2019 宁夏工会的行与思");
        assertEquals("宁夏回族自治区", ningxia.region());
        assertEquals("宁夏回族自治区总工会", ningxia.organization());
        assertEquals(2019, ningxia.year());
        assertEquals(List.of("王霄", "闫琪", "李程程", "于欣然"), ningxia.authors());

        Draft etuoke = d.get("党工共建深度融合，服务职工有声有色");
        assertEquals("鄂托克前旗总工会抓党建促工会工作纪实", etuoke.subtitle());
        assertEquals("内蒙古自治区/鄂尔多斯市/鄂托克前旗", etuoke.region());
        assertEquals(2020, etuoke.year());
        assertEquals("2021-03-18", String.valueOf(etuoke.date()));
        assertEquals("内蒙古自治区总工会网站", etuoke.sourceName());
        assertEquals("首页 > 基层频道 > 经验做法", etuoke.section());
        assertEquals(List.of("赵方伟"), etuoke.authors());

        Draft dingbian = d.get("以“脱贫摘帽”为契机 打造工作亮点和品牌");
        assertEquals("陕西省/榆林市/定边县", dingbian.region());
        assertEquals("定边县总工会", dingbian.organization());
        assertEquals(2018, dingbian.year());
        assertEquals(List.of("杨万莲", "赵艳莉"), dingbian.authors());

        Draft shangluo = d.get("围绕大局勇担当 服务职工谱华章");
        assertEquals("商洛市总工会2018年工作回眸", shangluo.subtitle());
        assertEquals("陕西省/商洛市", shangluo.region());
        assertEquals(2018, shangluo.year());
        assertEquals(List.of("杨开泰"), shangluo.authors());
    }

    @Test
    void aPassageQuotedInTheReportIsNeverCutInsideACharacter() throws IOException {
        // the report quotes the first 20 UTF-16 units of an untitled item; cut between the two halves of 𠀀, the
        // half left over could not be written as UTF-8 and the import failed with an exception
        Path page = root.resolve("page.txt");
        Files.writeString(page, "今天天气很好，我们一起去公园散步，看见𠀀𠀀𠀀很多花草树木和小鸟在唱歌，大家都很开心。\n");
        ImportResult r = ImportService.forContent(content).run(new ImportOptions(List.of(page), content, false, null));
        assertEquals(0, r.failures());
        String report = Files.readString(r.report());
        assertTrue(report.contains("“今天天气很好，我们一起去公园散步，看见…”"), report);
    }

    @Test
    void whatIsNotAnArticleIsListedWithItsReason() throws IOException {
        ImportResult r = importSeeds(false);
        Outcome page4 = r.outcomes().stream().filter(o -> o.file().endsWith("004_6cb5efa38da17b7c.txt")).findFirst().orElseThrow();
        List<String> kinds = page4.left().stream().map(l -> l.kind().label).toList();
        assertTrue(kinds.contains("评论"), kinds.toString());
        assertTrue(page4.left().stream().anyMatch(l -> l.kind().label.equals("与工会无关") && l.what().contains("元旦联欢会")));
        assertTrue(page4.left().stream().anyMatch(l -> l.kind().label.equals("图片新闻") && l.what().contains("未央区总工会")
                && l.reason().contains("12月27日")));
        Outcome page0 = r.outcomes().stream().filter(o -> o.file().endsWith("000_ab4c0a19c50daeec.txt")).findFirst().orElseThrow();
        assertTrue(page0.left().stream().anyMatch(l -> l.kind().label.equals("与工会无关") && l.what().contains("违法占地")));
        // the photo at the end of the page belongs to the union article it speaks of, not to the land case before it
        Draft wuhai = byTitle(r).get("以四项举措抓基层 强基础");
        assertTrue(wuhai.captions().get(0).startsWith("图为海勃湾区工业园区工会干部"), wuhai.captions().toString());
    }

    @Test
    void doubtsAreFlaggedNotFixed() throws IOException {
        Map<String, Draft> d = byTitle(importSeeds(false));
        String wuhaiFlags = d.get("以四项举措抓基层 强基础").flags().toString();
        assertTrue(wuhaiFlags.contains("工人锋号") && wuhaiFlags.contains("工人先锋号"), wuhaiFlags);
        assertTrue(d.get("以四项举措抓基层 强基础").body().contains("乌海市“工人锋号”"), "the garbled word is kept");
        String shangluo = d.get("围绕大局勇担当 服务职工谱华章").flags().toString();
        assertTrue(shangluo.contains("重复"), shangluo);
        assertTrue(shangluo.contains("半句"), shangluo);
        String ningxia = d.get("2019 宁夏工会的行与思").flags().toString();
        assertTrue(ningxia.contains("“and”"), ningxia);
        assertTrue(ningxia.contains("劳模模范"), ningxia);
        assertTrue(ningxia.contains("今后的打算"), ningxia);
    }

    @Test
    void theCommittedDefaultYearbookIsExactlyWhatTheImportMakes() throws IOException {
        importSeeds(false);
        Map<String, String> made = tree(content.resolve("articles"));
        Map<String, String> committed = tree(Path.of("content/articles"));
        assertEquals(committed.keySet(), made.keySet());
        for (String f : made.keySet()) {
            assertEquals(committed.get(f), made.get(f), f);
        }
    }

    @Test
    void theImportedArticlesLoadWithoutErrors() throws IOException {
        importSeeds(false);
        Diagnostics diag = new Diagnostics();
        var project = ProjectLoader.load(content, diag);
        var loaded = ContentLoader.load(content, project, diag);
        assertEquals(List.of(), diag.all());
        assertEquals(6, loaded.articles().size());
    }

    @Test
    void importingTwiceChangesNothing() throws IOException {
        importSeeds(false);
        Map<String, String> first = tree(content.resolve("articles"));
        ImportResult again = importSeeds(false);
        assertEquals(first, tree(content.resolve("articles")));
        assertTrue(again.outcomes().stream().flatMap(o -> o.articles().stream())
                .allMatch(w -> w.status() == Outcome.Status.UNCHANGED));
    }

    @Test
    void anEditedArticleIsKeptUnlessForced() throws IOException {
        ImportResult r = importSeeds(false);
        Path file = content.resolve(r.outcomes().get(0).articles().get(0).draft().path());
        String edited = Files.readString(file).replace("记者昨日从", "记者从");
        Files.writeString(file, edited);

        ImportResult again = importSeeds(false);
        assertEquals(Outcome.Status.KEPT_EDITED, again.outcomes().get(0).articles().get(0).status());
        assertEquals(edited, Files.readString(file), "the editor's change survives");
        assertEquals(1, again.kept());
        assertTrue(Files.readString(again.report()).contains("编辑已改过这个文件"));

        ImportResult forced = importSeeds(true);
        assertEquals(Outcome.Status.REPLACED, forced.outcomes().get(0).articles().get(0).status());
        assertFalse(Files.readString(file).contains("记者从乌海"));
    }

    @Test
    void aFileNotMadeByTheImportIsNeverReplacedSilently() throws IOException {
        ImportResult r = importSeeds(false);
        Path file = content.resolve(r.outcomes().get(0).articles().get(0).draft().path());
        Files.writeString(file, "---\ntitle: 手写的文章\n---\n正文。\n");
        ImportResult again = importSeeds(false);
        assertEquals(Outcome.Status.KEPT_FOREIGN, again.outcomes().get(0).articles().get(0).status());
        assertEquals("---\ntitle: 手写的文章\n---\n正文。\n", Files.readString(file));
    }

    @Test
    void aGbkPageImportsLikeItsUtf8Twin() throws IOException {
        String page = Files.readString(Path.of("seeds/004_6cb5efa38da17b7c.txt"));
        Path in = root.resolve("in");
        Files.createDirectories(in.resolve("gbk"));
        Files.createDirectories(in.resolve("utf8"));
        Files.write(in.resolve("gbk/page.txt"), page.replace("\n", "\r\n").getBytes(Charset.forName("GBK")));
        Files.writeString(in.resolve("utf8/page.txt"), "\uFEFF" + page, StandardCharsets.UTF_8);
        ImportService s = ImportService.forContent(content);
        ImportResult gbk = s.run(new ImportOptions(List.of(in.resolve("gbk")), content, false, root.resolve("r1.md")));
        List<String> gbkTitles = gbk.outcomes().get(0).articles().stream().map(w -> w.draft().body()).toList();
        assertEquals("GB18030/GBK", gbk.outcomes().get(0).encoding());
        Path other = ImportServiceTestSupport.contentFolder(root, "content2");
        ImportResult utf8 = ImportService.forContent(other).run(new ImportOptions(List.of(in.resolve("utf8")), other, false, root.resolve("r2.md")));
        assertEquals("UTF-8（带字节顺序标记）", utf8.outcomes().get(0).encoding());
        assertEquals(utf8.outcomes().get(0).articles().stream().map(w -> w.draft().body()).toList(), gbkTitles);
        assertEquals(2, gbkTitles.size());
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersStillImported() throws IOException {
        Path in = root.resolve("in");
        Files.createDirectories(in);
        Files.write(in.resolve("a-binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 1, 2, (byte) 0xff});
        Files.copy(Path.of("seeds/003_b7ea2cb5e707d194.txt"), in.resolve("b-page.txt"));
        ImportResult r = ImportService.forContent(content).run(new ImportOptions(List.of(in), content, false, null));
        assertEquals(1, r.failures());
        Outcome bad = r.outcomes().get(0);
        assertTrue(bad.file().endsWith("a-binary.txt"));
        assertTrue(bad.failed());
        // the bytes start like a zip archive (a Word file is one): told as a damaged zip, not as text with NUL bytes
        assertTrue(bad.error().contains("zip 格式但不完整或已损坏"), bad.error());
        assertEquals(1, r.articles());
        String report = Files.readString(r.report());
        assertTrue(report.contains("无法读取，没有导入"), report);
    }

    @Test
    void theReportNamesEveryFileAndWhatHappened() throws IOException {
        ImportResult r = importSeeds(false);
        String report = Files.readString(r.report());
        assertEquals(content.resolve("_import-report.md"), r.report());
        for (String f : List.of("000_ab4c0a19c50daeec", "001_cd73f074d8671d43", "002_19a975b70bc5dee6",
                "003_b7ea2cb5e707d194", "004_6cb5efa38da17b7c")) {
            assertTrue(report.contains("## seeds/" + f + ".txt"), f);
        }
        assertTrue(report.contains("导入文章 6 篇"), report.substring(0, 200));
        assertTrue(report.contains("网站欢迎语"));
        assertTrue(report.contains("评论栏目“有话直说”"));
        assertFalse(report.contains("Exception"));
    }

    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }
}
