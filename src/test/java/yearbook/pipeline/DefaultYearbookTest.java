package yearbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.testing.TestFiles;

/** The repository's own content/ builds cleanly: it is the yearbook `./yearbook build` shows. */
class DefaultYearbookTest {
    @TempDir
    static Path out;
    static BuildResult result;

    /** The repository's articles: 3 in 内蒙古 (呼和浩特市, 乌海市, 鄂托克前旗), 2 in 陕西 (商洛市, 定边县), 1 in 宁夏. */
    static final String HUHEHAOTE = "凝聚劳动者力量 彰显主人翁风采";
    static final String WUHAI = "以四项举措抓基层 强基础";
    static final String ETUOKEQIANQI = "党工共建深度融合，服务职工有声有色";
    static final String SHANGLUO = "围绕大局勇担当 服务职工谱华章";
    static final String DINGBIAN = "以“脱贫摘帽”为契机 打造工作亮点和品牌";
    static final String NINGXIA = "2019 宁夏工会的行与思";

    @BeforeAll
    static void build() throws IOException {
        BuildOptions o = new BuildOptions(Path.of("content"), TestFiles.templates(), out.resolve("site"));
        result = new BuildService("t").build(o, Progress.NONE);
    }

    private static String page(String path) throws IOException {
        return TestFiles.read(out.resolve("site").resolve(path).resolve("index.html"));
    }

    @Test
    void theDefaultYearbookBuildsWithoutWarnings() throws IOException {
        assertTrue(result.articles() >= 2, "at least two articles from the seeds");
        assertEquals(List.of(), result.warnings());
        String home = Files.readString(out.resolve("site/index.html"));
        assertTrue(home.contains("内蒙古自治区"), "the region tree shows the seeds' provinces");
        assertTrue(Files.exists(out.resolve("site/regions/150623-etuokeqianqi/index.html")));
    }

    @Test
    void aRegionThemePageListsTheRegionsArticlesOfThatThemeByYear() throws IOException {
        String p = page("regions/150000-neimengguzizhiqu/model-workers");
        assertTrue(p.contains("<h1>内蒙古自治区 · 劳模工匠</h1>"));
        assertTrue(p.contains(HUHEHAOTE) && p.contains(WUHAI) && p.contains(ETUOKEQIANQI), "all three carry the theme");
        assertFalse(p.contains(DINGBIAN) || p.contains(NINGXIA), "only the region's articles");
        assertTrue(p.indexOf("id=\"y2020\"") < p.indexOf("id=\"y2018\""), "newest year first");
        assertTrue(p.indexOf(ETUOKEQIANQI) < p.indexOf(WUHAI), "the 2020 article is under 2020");
        assertTrue(p.contains("<li><a href=\"/regions/\">地区</a></li>") && p.contains("<li aria-current=\"page\">劳模工匠</li>"),
                "breadcrumbs end at the theme");
        assertTrue(p.contains("href=\"/regions/150000-neimengguzizhiqu/\""), "links the region page");
        assertTrue(p.contains("href=\"/themes/model-workers/\""), "links the theme page");
        assertTrue(p.contains("<a href=\"/regions/150600-eerduosishi/model-workers/\">鄂尔多斯市</a> <span class=\"count\">1</span>"),
                "sub-regions with their counts for the theme");
        assertTrue(p.contains("href=\"/regions/150623-etuokeqianqi/model-workers/\""), "and below them");

        String party = page("regions/150000-neimengguzizhiqu/party-building");
        assertTrue(party.contains(ETUOKEQIANQI));
        assertFalse(party.contains(WUHAI) || party.contains(HUHEHAOTE), "articles without the theme are not listed");

        String county = page("regions/150623-etuokeqianqi/model-workers");
        assertTrue(county.contains("<li><a href=\"/regions/150000-neimengguzizhiqu/\">内蒙古自治区</a></li>")
                && county.contains("<li><a href=\"/regions/150600-eerduosishi/\">鄂尔多斯市</a></li>"), "ancestors in the breadcrumbs");
        assertTrue(county.contains("href=\"/regions/150600-eerduosishi/model-workers/\""), "the same theme in the region above");

        assertFalse(Files.exists(out.resolve("site/regions/150300-wuhaishi/party-building")),
                "no page for a theme the region has no article of");
        assertFalse(Files.exists(out.resolve("site/regions/150000-neimengguzizhiqu/finance-audit")));
    }

    @Test
    void regionAndThemePagesLinkTheRegionThemePages() throws IOException {
        String region = page("regions/150000-neimengguzizhiqu");
        assertTrue(region.contains("<h2>主题</h2>"));
        assertTrue(region.contains("<a class=\"tag\" href=\"/regions/150000-neimengguzizhiqu/model-workers/\">劳模工匠</a> <span class=\"count\">3</span>"));
        assertTrue(region.contains("href=\"/regions/150000-neimengguzizhiqu/party-building/\""));

        String theme = page("themes/model-workers");
        assertTrue(theme.contains("<a href=\"/regions/150000-neimengguzizhiqu/model-workers/\">内蒙古自治区</a> <span class=\"count\">3</span>"),
                "the theme page links each province's region × theme page");
        assertTrue(theme.contains("<a href=\"/regions/610825-dingbianxian/model-workers/\">定边县</a>"), "down to the counties");
        assertFalse(theme.contains("href=\"/regions/150000-neimengguzizhiqu/\""), "not the plain region page");
        assertTrue(page("regions/610000-shaanxisheng/model-workers").contains("href=\"/themes/model-workers/\""), "and back");
    }

    @Test
    void listsByYearStartWithLinksToTheYears() throws IOException {
        for (String path : List.of("regions/150000-neimengguzizhiqu", "themes/model-workers",
                "regions/150000-neimengguzizhiqu/model-workers")) {
            String p = page(path);
            int nav = p.indexOf("<nav class=\"years\" aria-label=\"年份\">");
            assertTrue(nav > 0, path);
            assertTrue(p.indexOf("<a href=\"#y2020\">2020</a> <span class=\"count\">1</span>", nav) > 0, path);
            assertTrue(p.indexOf("<a href=\"#y2018\">2018</a>", nav) < p.indexOf("id=\"y2020\""), path + ": before the list");
        }
        assertTrue(page("themes/model-workers").contains("<a href=\"#y2018\">2018</a> <span class=\"count\">4</span>"));
        assertFalse(page("regions/640000-ningxiahuizuzizhiqu").contains("class=\"years\""), "one year: nothing to choose");
    }

    @Test
    void anArticleEndsWithRelatedArticlesNearestFirst() throws IOException {
        String p = page("2019/yi-si-xiang-ju-cuo-zhua-ji-ceng-qiang-ji-chu");
        int related = p.indexOf("<h2>相关条目</h2>");
        assertTrue(related > p.indexOf("class=\"pager\""), "at the end");
        String list = p.substring(related);
        List<Integer> at = Stream.of(HUHEHAOTE, ETUOKEQIANQI, DINGBIAN, SHANGLUO, NINGXIA).map(list::indexOf).toList();
        assertTrue(at.stream().allMatch(i -> i > 0), at.toString());
        assertTrue(at.get(0) < at.get(1) && at.get(1) < at.get(2) && at.get(2) < at.get(3) && at.get(3) < at.get(4),
                "内蒙古 first (4 shared themes, then 2), then elsewhere (3 shared themes each) the same year in site "
                        + "order, then a year later: " + at);
        assertFalse(list.contains(WUHAI), "not itself");
        assertTrue(list.contains("内蒙古自治区 › 呼和浩特市 · 2018年"), "region chain and year");
    }

    private static boolean redirect(Path page) {
        try {
            return Files.readString(page.resolve("index.html")).contains("http-equiv=\"refresh\"");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String sitemap() throws IOException {
        return Files.readString(out.resolve("site/sitemap.xml"));
    }

    @Test
    void theSitemapListsTheRegionThemePages() throws IOException {
        assertTrue(redirect(out.resolve("site/regions/610000-shanxisheng/model-workers")), "the earlier address sends on");
        assertFalse(sitemap().contains("610000-shanxisheng"), "and is not in the sitemap");
        String sitemap = Files.readString(out.resolve("site/sitemap.xml"));
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.list(out.resolve("site/regions"))) {
            for (Path region : files.filter(Files::isDirectory).toList()) {
                try (Stream<Path> themes = Files.list(region)) {
                    // not the pages at 陕西省's earlier address, which send readers on
                    themes.filter(Files::isDirectory).filter(t -> !redirect(t))
                            .forEach(t -> pages.add("regions/" + region.getFileName() + "/" + t.getFileName() + "/"));
                }
            }
        }
        // 内蒙古 12 themes; 呼和浩特市, 乌海市, 鄂尔多斯市, 鄂托克前旗 6 each (one article of 6 themes); 陕西 8; 榆林市,
        // 定边县, 商洛市 6 each; 宁夏 6
        assertEquals(12 + 4 * 6 + 8 + 3 * 6 + 6, pages.size(), "every region × theme with articles: " + pages);
        for (String p : pages) {
            assertTrue(sitemap.contains("<loc>https://yearbook.example.org/" + p + "</loc>"), p);
        }
    }

    /**
     * The pages that link by region, theme and year (region, region × theme, theme, volume and article pages) have
     * no repeated id, no link to a missing anchor and no empty list.
     */
    @Test
    void browsingPagesHaveUniqueIdsAndNoEmptyLists() throws IOException {
        Pattern id = Pattern.compile(" id=\"([^\"]+)\"");
        Pattern anchor = Pattern.compile(" href=\"#([^\"]+)\"");
        Pattern browsing = Pattern.compile("(regions|themes|\\d{4})/.*index\\.html");
        Path site = out.resolve("site");
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> browsing.matcher(site.relativize(p).toString().replace('\\', '/')).matches()).toList();
        }
        assertTrue(pages.size() > 100, pages.size() + " pages");
        for (Path f : pages) {
            String html = TestFiles.read(f);
            Set<String> ids = new HashSet<>();
            for (Matcher m = id.matcher(html); m.find(); ) {
                assertTrue(ids.add(m.group(1)), f + ": id " + m.group(1) + " twice");
            }
            for (Matcher m = anchor.matcher(html); m.find(); ) {
                assertTrue(ids.contains(m.group(1)), f + ": no id " + m.group(1));
            }
            assertFalse(html.matches("(?s).*<(ul|ol)[^>]*>\\s*</\\1>.*"), f + ": an empty list");
        }
    }
}
