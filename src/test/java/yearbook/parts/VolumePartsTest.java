package yearbook.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.diag.Diagnostic;
import yearbook.diag.Diagnostics;
import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildService;
import yearbook.pipeline.Pipeline;
import yearbook.pipeline.Progress;
import yearbook.testing.TestFiles;

/**
 * The parts of a volume besides its regional sections — 特载, 大事记, 统计资料, 先进名录, 附录 — from their files in
 * the content folder to the site's pages and the print volume.
 */
class VolumePartsTest {
    @TempDir
    Path root;

    private void write(String extra) throws IOException {
        TestFiles.write(root, TestFiles.BASICS + VolumePartsFixture.ARTICLES + extra);
    }

    private List<Diagnostic> findings() {
        return findings(false);
    }

    /** Every finding of a run, with the print yearbook's checks when {@code pdf}. */
    private List<Diagnostic> findings(boolean pdf) {
        Diagnostics d = new Diagnostics();
        Pipeline.once("t").run(new Pipeline.Request(root.resolve("content"), TestFiles.templates(), false, pdf, false,
                pdf, null), d, Progress.NONE);
        return d.all();
    }

    private static String at(Diagnostic d) {
        return d.file().getFileName() + ":" + d.line() + " " + d.code();
    }

    private void build(boolean pdf) throws IOException {
        new BuildService("t").build(new BuildOptions(root.resolve("content"), TestFiles.templates(), root.resolve("site"),
                true, pdf, null), Progress.NONE);
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(root.resolve("site").resolve(path).resolve("index.html").toFile(), "UTF-8");
    }

    @Test
    void eachMistakeInThePartsFilesIsReportedAtItsLineInTheEditorsWords() throws IOException {
        write("""
                -- content/chronicle/2019.yaml --
                volume: 2019
                entries:
                  - date: 去年冬天
                    text: 日期写错了。
                  - date: 2018-02-30
                    text: 没有这一天。
                  - date: 2018-05-01
                  - date: 2018-06-01
                    text: 指向不存在的条目。
                    article: articles/none.md
                  - date: 2018-07-01
                    text: 地区不存在。
                    region: 999999
                -- content/statistics/t.csv --
                ---
                title: 表
                volume: 2019
                ---
                项目,数量
                甲,12
                乙,12,13
                丙,很多
                -- content/honours/Bad_Name.yaml --
                title: 奖章
                volume: 2019
                kind: team
                entries:
                  - name: 张三
                    sex: M
                """);
        List<String> found = findings().stream().map(VolumePartsTest::at).toList();
        // the lines as the files number them: line 1 is the first line after "-- path --"
        for (String expected : List.of("2019.yaml:3 chronicle.bad-date", "2019.yaml:5 chronicle.no-such-date",
                "2019.yaml:7 missing-field", "2019.yaml:10 chronicle.unknown-article", "2019.yaml:13 unknown-region",
                "t.csv:7 statistics.ragged-row", "t.csv:8 statistics.not-a-number", "Bad_Name.yaml:1 honours.bad-file-name",
                "Bad_Name.yaml:3 honours.bad-kind", "Bad_Name.yaml:6 honours.bad-sex")) {
            assertTrue(found.contains(expected), expected + " in " + found);
        }
        Diagnostic ragged = findings().stream().filter(d -> d.code().equals("statistics.ragged-row")).findFirst().orElseThrow();
        assertEquals("这一行有 3 个单元格，而标题行有 2 个；每行每列都要有一个单元格（空单元格写作 ,,）",
                ragged.msg().text(Locale.CHINESE));
        assertTrue(ragged.msg().text(Locale.ENGLISH).startsWith("this row has 3 cells but the header has 2"));
    }

    @Test
    void theSiteHasAPageForEachPartAndTheVolumePageListsThemInOrder() throws IOException {
        write(VolumePartsFixture.PARTS);
        build(false);
        Document volume = page("2019");
        String text = volume.select("main").text();
        assertTrue(text.indexOf("特载") < text.indexOf("大事记") && text.indexOf("大事记") < text.indexOf("各地工会")
                && text.indexOf("各地工会") < text.indexOf("统计资料") && text.indexOf("统计资料") < text.indexOf("先进名录")
                && text.indexOf("先进名录") < text.indexOf("附录"), "the usual order: " + text);
        assertEquals(1, volume.select("main").text().split("在自治区总工会全委会议上的工作报告", -1).length - 1,
                "a special article is listed once, in 特载, not again under its region");
        assertEquals("在自治区总工会全委会议上的工作报告",
                volume.selectFirst("#special ~ ul.articles .article-title").text());

        Document chronicle = page("2019/chronicle");
        List<String> months = chronicle.select("section.chronicle-month h2").eachText();
        assertEquals(List.of("3月", "12月"), months);
        assertEquals(List.of("2018-03", "2018-03-08", "2018-12-27"), chronicle.select("time").eachAttr("datetime"),
                "date order, an event known only by its month at the head of its month");
        assertEquals("m03", chronicle.selectFirst("section.chronicle-month h2").id());
        Element linked = chronicle.select("li").stream().filter(li -> li.text().contains("座谈会")).findFirst().orElseThrow();
        assertEquals("定边县总工会表彰劳模", linked.select("a").last().text());

        Document table = page("2019/statistics/funds");
        assertEquals(List.of("col", "col", "col"), table.select("table.statistics thead th").eachAttr("scope"));
        assertEquals(List.of("1,509", "123"), table.select("table.statistics tbody td.num:nth-child(3)").eachText(),
                "numbers grouped and right-aligned");
        assertTrue(table.selectFirst("table.statistics caption").text().contains("单位：万元"));
        Element svg = table.selectFirst("figure.chart-figure svg");
        assertTrue(svg != null, "a chart of the series");
        assertEquals(4, svg.select("rect[height=14]").size(), "one bar per figure: two rows × two columns");
        assertTrue(svg.selectFirst("title").text().startsWith("帮扶资金"));

        Document roll = page("2019/honours/medal");
        assertEquals(List.of("乌云其木格", "张建国"), roll.select("table.roll tbody th").eachText());
        assertTrue(roll.select("table.roll tbody tr").first().text().contains("蒙古族"));

        Document region = page("regions/" + regionSlug("610825"));
        assertTrue(region.text().contains("定边县总工会举办女职工座谈会"), "the region page lists its events");
        assertTrue(region.select("ul.honoured").text().contains("张建国"), "and its honoured");
        assertFalse(region.select("ul.honoured").text().contains("乌云其木格"), "not those of other regions");
    }

    private String regionSlug(String code) throws IOException {
        try (var s = Files.list(root.resolve("site/regions"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(code)).findFirst().orElseThrow();
        }
    }

    @Test
    void theSearchFindsAnHonouredPersonByName() throws IOException {
        write(VolumePartsFixture.PARTS);
        build(false);
        String details = readAll(root.resolve("site/search"));
        assertTrue(details.contains("2019/honours/medal/"), "the roll is a search result");
    }

    private static String readAll(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (var s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                if (p.toString().endsWith(".json")) {
                    sb.append(Files.readString(p));
                }
            }
        }
        return sb.toString();
    }

    @Test
    void thePrintVolumeSetsThePartsInOrderWithContentsPagesAndBookmarks() throws Exception {
        write(VolumePartsFixture.PARTS);
        build(true);
        try (PDDocument doc = Loader.loadPDF(root.resolve("site/pdf/yearbook-2019.pdf").toFile())) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem i : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(i.getTitle());
            }
            List<String> body = List.of("特载", "大事记", "内蒙古自治区", "陕西省", "统计资料", "先进名录", "附录", "人名索引");
            List<String> inOrder = bookmarks.stream().filter(body::contains).toList();
            assertEquals(body, inOrder, "bookmarks: " + bookmarks);

            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                pages.add(s.getText(doc).replaceAll("[\\s\\p{Z}]+", ""));
            }
            String contents = pages.stream().filter(p -> p.startsWith("目录") || p.contains("目录特载")).findFirst().orElseThrow();
            for (String part : List.of("大事记", "统计资料", "先进名录", "附录")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile(part + "[.·…]*(\\d+)").matcher(contents);
                assertTrue(m.find(), part + " in the contents: " + contents);
                int printed = Integer.parseInt(m.group(1));
                int at = pageWithNumber(doc, pages, printed);
                assertTrue(pages.get(at).contains(part), part + " on page " + printed + ": " + pages.get(at));
            }
            String honours = pages.stream().filter(p -> p.contains("乌云其木格（女，蒙古族）")).findFirst().orElseThrow();
            assertTrue(honours.contains("先进名录"), "the running head names the part");
            String people = pages.stream().filter(p -> p.contains("人名索引") && p.contains("张建国")).reduce((a, b) -> b)
                    .orElseThrow();
            assertTrue(people.indexOf("W") < people.indexOf("乌云其木格") && people.indexOf("Z") < people.indexOf("张建国")
                    && people.indexOf("乌云其木格") < people.indexOf("张建国"), "pinyin order under initials: " + people);
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            int indexPage = pages.lastIndexOf(people);
            s.setStartPage(indexPage + 1);
            s.setEndPage(indexPage + 1);
            String indexText = s.getText(doc);
            for (String name : List.of("乌云其木格", "张建国")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile(name + "[\\s\\p{Z}]*(\\d+)").matcher(indexText);
                assertTrue(m.find(), name + " with a page in the 人名索引: " + indexText);
                int entry = -1;
                for (int p = 0; p < pages.size(); p++) {
                    if (pages.get(p).contains(name + "（") && !pages.get(p).contains("人名索引")) {
                        entry = p;
                    }
                }
                assertEquals(labels[entry], m.group(1), name + "'s page in the 人名索引 is the page of the roll that names them");
            }
            String table = pages.stream().filter(p -> p.contains("帮扶资金")).reduce((a, b) -> b).orElseThrow();
            assertTrue(table.contains("冬送温暖4001,509"), "the table's rows, numbers grouped: " + table);
        }
        yearbook.print.PrintYearbookTest.assertValid(root.resolve("site/pdf"));
    }

    @Test
    void theSettingsChooseThePartsAndArrangeTheVolumeByTheme() throws IOException {
        write(VolumePartsFixture.PARTS + """
                -- content/yearbook.yaml --
                title: 测试年鉴
                baseUrl: https://example.org/yb/
                volume:
                  parts: [themes, statistics]
                """);
        build(true);
        assertFalse(Files.exists(root.resolve("site/2019/chronicle")), "the chronicle is left out");
        assertFalse(Files.exists(root.resolve("site/2019/honours")), "the honour rolls are left out");
        assertTrue(Files.exists(root.resolve("site/2019/statistics/funds/index.html")));
        Document volume = page("2019");
        assertTrue(volume.select("main h2").eachText().containsAll(List.of("工作综述", "统计资料")));
        try (PDDocument doc = Loader.loadPDF(root.resolve("site/pdf/yearbook-2019.pdf").toFile())) {
            List<String> top = new ArrayList<>();
            Map<String, List<String>> below = new java.util.LinkedHashMap<>();
            for (PDOutlineItem i : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(i.getTitle());
                List<String> children = new ArrayList<>();
                i.children().forEach(c -> children.add(c.getTitle()));
                below.put(i.getTitle(), children);
            }
            assertEquals(List.of("编辑说明", "目录", "劳模工匠", "困难职工帮扶", "其他", "统计资料", "主题索引", "地名索引", "单位索引"),
                    top, "themes in the vocabulary's order, articles without one last; no part left out is printed");
            assertEquals(List.of("陕西省"), below.get("劳模工匠"), "the regions below their theme");
            assertEquals(List.of("内蒙古自治区"), below.get("其他"));
            String text = new PDFTextStripper().getText(doc).replaceAll("[\\s\\p{Z}]+", "");
            assertTrue(text.contains("条目按工作领域（主题）编排"), "the 编辑说明 says how the volume is arranged");
            assertTrue(text.contains("在自治区总工会全委会议上的工作报告"), "a special article without 特载 is printed with the others");
        }
    }

    /** Under each theme heading of the volume page's 工作综述, the titles of its articles: heading → titles. */
    private static Map<String, List<String>> byTheme(Document volume) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (Element h : volume.select("#themes ~ section > h3[id^=t-]")) {
            out.put(h.text(), h.parent().select("ul.articles .article-title").eachText());
        }
        return out;
    }

    /** Under each province heading of the volume page's 各地工会, the titles of its articles. */
    private static Map<String, List<String>> byRegion(Document volume) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (Element h : volume.select("#regions ~ section > h2[id~=^s\\d+$]")) {
            out.put(h.text(), h.parent().select("ul.articles .article-title").eachText());
        }
        return out;
    }

    @Test
    void aVolumeArrangedByThemeListsItsArticlesUnderTheirFirstThemeOnItsPage() throws IOException {
        write(VolumePartsFixture.PARTS + VolumePartsFixture.THEMED);
        build(false);
        Document volume = page("2019");
        assertEquals(List.of("特载", "大事记", "工作综述", "各地工会", "统计资料", "先进名录", "附录"),
                volume.select("main h2[id]").stream().filter(h -> !h.id().matches("s\\d+")).map(Element::text).toList(),
                "the parts in the order of volume.parts");
        Map<String, List<String>> themes = new java.util.LinkedHashMap<>();
        themes.put("劳模工匠", List.of("陕西省总工会评选劳模并开展帮扶"));
        themes.put("困难职工帮扶", List.of("自治区总工会开展送温暖活动"));
        themes.put("其他", List.of("自治区总工会召开全委会议"));
        assertEquals(themes, byTheme(volume), "the provincial unions' articles under their first theme, in the "
                + "vocabulary's order, those without a theme under 其他");
        assertEquals(1, volume.select("main .article-title:containsOwn(陕西省总工会评选劳模并开展帮扶)").size(),
                "an article with two themes is listed once, under its first");
        assertEquals("/yb/themes/model-workers/", volume.selectFirst("#t-model-workers a").attr("href"),
                "a theme's heading links to its page");
        assertEquals(List.of("#t-model-workers", "#t-hardship-aid", "#t-other"),
                volume.select("nav[aria-label=工作综述目录] a").eachAttr("href"));
        Map<String, List<String>> regions = new java.util.LinkedHashMap<>();
        regions.put("内蒙古自治区", List.of("鄂托克前旗总工会开展送温暖活动"));
        regions.put("陕西省", List.of("定边县总工会表彰劳模"));
        assertEquals(regions, byRegion(volume), "the others under their provinces, none twice");

        // by theme alone: every article under its theme, 特载 and 附录 left out with their articles among the others
        write(VolumePartsFixture.THEMED.replace("[special, chronicle, themes, regions, statistics, honours, appendix]", "[themes]"));
        build(false);
        volume = page("2019");
        themes = byTheme(volume);
        assertEquals(List.of("劳模工匠", "困难职工帮扶", "其他"), List.copyOf(themes.keySet()));
        assertEquals(List.of("陕西省总工会评选劳模并开展帮扶", "定边县总工会表彰劳模"), themes.get("劳模工匠"),
                "site order within a theme: by region");
        assertEquals(List.of("自治区总工会开展送温暖活动", "鄂托克前旗总工会开展送温暖活动"), themes.get("困难职工帮扶"));
        assertEquals(java.util.Set.of("自治区总工会召开全委会议", "在自治区总工会全委会议上的工作报告", "关于开展劳动竞赛的通知"),
                java.util.Set.copyOf(themes.get("其他")));
        assertEquals(List.of(), volume.select("#regions"), "no regional part");
    }

    @Test
    void aVolumeArrangedByThemeGoesOnOverPagesOfThePageSize() throws IOException {
        write(VolumePartsFixture.PARTS + VolumePartsFixture.THEMED + "site:\n  pageSize: 2\n");
        build(false);
        Document first = page("2019");
        Document second = page("2019/page/2");
        Document third = page("2019/page/3");
        assertFalse(Files.exists(root.resolve("site/2019/page/4")), "five articles arranged, two a page");
        assertEquals(List.of("劳模工匠", "困难职工帮扶"), List.copyOf(byTheme(first).keySet()));
        assertEquals(List.of(), byRegion(first).keySet().stream().toList(), "the provinces' articles begin on page 2");
        assertEquals(List.of("#t-model-workers", "#t-hardship-aid", "/yb/2019/page/2/#t-other"),
                first.select("nav[aria-label=工作综述目录] a").eachAttr("href"), "each theme's entry links where it begins");
        assertEquals(List.of("/yb/2019/page/2/#s0", "/yb/2019/page/3/#s1"),
                first.select("nav[aria-label=本卷目录] a").eachAttr("href"));
        assertTrue(first.select("#special").size() == 1 && first.select("#statistics").size() == 1, "the other parts on page 1");

        assertEquals(Map.of("其他", List.of("自治区总工会召开全委会议")), byTheme(second));
        assertEquals(Map.of("内蒙古自治区", List.of("鄂托克前旗总工会开展送温暖活动")), byRegion(second));
        assertEquals(List.of("工作综述", "各地工会"), second.select("main h2[id=themes], main h2[id=regions]").eachText(),
                "a later page shows only the articles arranged by theme and by region");
        assertTrue(second.select("#special, #chronicle, #statistics, #honours, #appendix").isEmpty());
        assertTrue(second.selectFirst("nav.pages").text().contains("第 3–4 篇，共 5 篇"), second.selectFirst("nav.pages").text());
        assertEquals(1, second.select("nav.pages").size(), "one pager, after the last list");

        assertEquals(Map.of(), byTheme(third));
        assertTrue(third.select("#themes").isEmpty(), "no theme on the last page");
        assertEquals(Map.of("陕西省", List.of("定边县总工会表彰劳模")), byRegion(third));
    }

    @Test
    void anUnknownPartIsAnErrorAtItsLine() throws IOException {
        write("""
                -- content/yearbook.yaml --
                title: 测试年鉴
                baseUrl: https://example.org/yb/
                volume:
                  parts:
                    - chronicle
                    - timeline
                    - chronicle
                """);
        List<String> found = findings().stream().map(VolumePartsTest::at).toList();
        assertTrue(found.contains("yearbook.yaml:6 bad-volume-part"), found.toString());
        assertTrue(found.contains("yearbook.yaml:7 volume-part-twice"), found.toString());
    }

    /** A picture file of {@code width} × {@code height} pixels, drawn as two colour fields. */
    private void picture(String path, int width, int height) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x1f5fa8));
        g.fillRect(0, 0, width, height);
        g.setColor(new java.awt.Color(0xb8471b));
        g.fillRect(0, height / 2, width, height - height / 2);
        g.dispose();
        Path file = root.resolve("content").resolve(path);
        Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(image, "png", file.toFile());
    }

    static final String PICTURES = """
            -- content/pictures/2019.yaml --
            volume: 2019
            pictures:
              - file: pictures/2019/meeting.png
                caption: 2018年7月，全总领导到呼和浩特市总工会调研。
                alt: 会议室里，调研组听取市总工会的工作汇报。
              - file: pictures/2019/small.png
                caption: 定边县总工会职工书屋。
            """;

    @Test
    void aPictureSectionIsShownOnTheSiteAndPrintedAfterThePreface() throws Exception {
        write(PICTURES);
        picture("pictures/2019/meeting.png", 2400, 1600);
        picture("pictures/2019/small.png", 300, 200);
        List<String> found = findings(true).stream().map(VolumePartsTest::at).toList();
        assertTrue(found.contains("2019.yaml:6 plate.no-alt"), found.toString());
        assertTrue(found.contains("2019.yaml:6 picture-low-resolution"), "too few pixels for 300 dpi across the page: " + found);
        assertFalse(found.contains("2019.yaml:3 picture-low-resolution"), found.toString());
        build(true);
        Document page = page("2019/pictures");
        assertEquals(List.of("2400", "300"), page.select("figure.plate img").eachAttr("width"));
        assertEquals(List.of("1600", "200"), page.select("figure.plate img").eachAttr("height"));
        assertEquals("会议室里，调研组听取市总工会的工作汇报。", page.selectFirst("figure.plate img").attr("alt"));
        assertEquals("2018年7月，全总领导到呼和浩特市总工会调研。", page.selectFirst("figure.plate figcaption").text());
        assertTrue(Files.exists(root.resolve("site/pictures/2019/meeting.png")), "the picture is published");
        assertFalse(Files.exists(root.resolve("site/pictures/2019.yaml")), "its list is not");
        assertTrue(page("2019").select("a[href$=/2019/pictures/]").size() == 1, "the volume's page links the section");
        try (PDDocument doc = Loader.loadPDF(root.resolve("site/pdf/yearbook-2019.pdf").toFile())) {
            List<String> top = new ArrayList<>();
            for (PDOutlineItem i : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(i.getTitle());
            }
            assertEquals(List.of("编辑说明", "图片", "目录"), top.subList(0, 3), top.toString());
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            PDFTextStripper s = new PDFTextStripper();
            int at = -1;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                if (s.getText(doc).replaceAll("\\s+", "").contains("全总领导到呼和浩特市总工会调研")) {
                    at = p - 1;
                }
            }
            assertTrue(at >= 0, "the caption is printed");
            assertTrue(labels[at].matches("[ivxlc]+"), "in the front matter, numbered " + labels[at]);
            int images = 0;
            for (var name : doc.getPage(at).getResources().getXObjectNames()) {
                if (doc.getPage(at).getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    images++;
                }
            }
            assertTrue(images >= 1, "the picture itself is on the page");
        }
        yearbook.print.PrintYearbookTest.assertValid(root.resolve("site/pdf"));
    }

    @Test
    void aPictureNotInTheContentFolderIsAnErrorAtItsLine() throws IOException {
        write(PICTURES.replace("pictures/2019/small.png", "../outside.png"));
        picture("pictures/2019/meeting.png", 2400, 1600);
        List<String> found = findings().stream().map(VolumePartsTest::at).toList();
        assertTrue(found.contains("2019.yaml:6 plate.not-found"), found.toString());
    }

    @Test
    void aTableContinuedOnTheNextPageRepeatsItsHeadUnder续表() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 90; i++) {
            rows.append("第").append(i).append("行,").append(i * 37).append(',').append(i * 101).append('\n');
        }
        write("""
                -- content/statistics/long.csv --
                ---
                title: 长表
                volume: 2019
                unit: 个
                ---
                项目,甲,乙
                """ + rows);
        build(true);
        try (PDDocument doc = Loader.loadPDF(root.resolve("site/pdf/yearbook-2019.pdf").toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            List<String> withRows = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                String text = s.getText(doc).replaceAll("[\\s\\p{Z}]+", "");
                if (text.contains("第1行") || text.contains("第90行") || text.matches(".*第\\d+行.*") && text.contains("统计资料")) {
                    withRows.add(text);
                }
            }
            assertTrue(withRows.size() >= 2, "the table goes on over " + withRows.size() + " pages");
            assertTrue(withRows.get(0).contains("单位：个项目甲乙") && !withRows.get(0).contains("续表"),
                    "its first page: the unit over the head, no 续表: " + withRows.get(0));
            for (String page : withRows.subList(1, withRows.size())) {
                assertTrue(page.contains("续表单位：个项目甲乙"), "a page it goes on over repeats its head under 续表: " + page);
            }
        }
        yearbook.print.PrintYearbookTest.assertValid(root.resolve("site/pdf"));
    }

    /** The index of the page whose printed number (page label) is {@code number} in the body. */
    private static int pageWithNumber(PDDocument doc, List<String> pages, int number) throws IOException {
        String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(Integer.toString(number))) {
                return i;
            }
        }
        throw new AssertionError("no page labelled " + number);
    }
}
