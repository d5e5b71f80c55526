package yearbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static yearbook.testing.TestSites.article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.testing.TestFiles;
import yearbook.testing.TestSites;

class SiteBuilderTest {
    @TempDir
    Path root;

    @Test
    void summaryIsPlainTextWithoutHeadingsOrSpacesBetweenChineseParagraphs() {
        assertEquals("职工群众。下一段 & <b>", SiteBuilder.summary("<h2 id=\"a\">一、标题</h2>\n<p>职工<strong>群众</strong>。</p>\n<p>下一段 &amp; &lt;b&gt;</p>"));
        assertEquals("English words. Stay apart", SiteBuilder.summary("<p>English words.</p>\n<p>Stay apart</p>"));
    }

    /** The summary as a chain of regular expressions, the plain statement of what the one pass does. */
    private static String summaryByExpressions(String html) {
        String head = html.length() > 960 ? html.substring(0, 960) : html;
        String text = head.replaceAll("(?s)<h[1-6][^>]*>.*?</h[1-6]>", " ").replaceAll("<[^>]*>|<[^>]*$", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&").replaceAll("\\s+", " ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c == ' ' && i > 0 && i + 1 < text.length() && yearbook.text.Cjk.isWideUnit(text.charAt(i - 1))
                    && yearbook.text.Cjk.isWideUnit(text.charAt(i + 1)))) {
                sb.append(c);
            }
        }
        text = sb.toString().strip();
        return text.codePointCount(0, text.length()) <= 120 ? text
                : text.substring(0, text.offsetByCodePoints(0, 120)) + "…";
    }

    @Test
    void theSummaryIsWhatTheExpressionsGiveOnBodiesOfEveryShape() {
        String[] pieces = {"<p>", "</p>", "\n", " ", "\t", "<h2 id=\"x\">", "</h2>", "<h3>", "</h3>", "<strong>",
                "</strong>", "<a href=\"/a/\">", "</a>", "<hr />", "<br />", "职工", "之家", "。", "，", "“", "”", "English",
                "words", "2019", "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&amp;lt;", "&", "<img src=\"a.png\" alt=\"图\" />",
                "<h1", "<", "　", "😀", "工".repeat(100)};
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 3000; round++) {
            StringBuilder html = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            String h = html.toString();
            assertEquals(summaryByExpressions(h), SiteBuilder.summary(h), h);
        }
    }

    @Test
    void longSummaryIsCutAtOneHundredTwentyCharacters() {
        String s = SiteBuilder.summary("<p>" + "工".repeat(500) + "</p>");
        assertEquals(121, s.codePointCount(0, s.length()));
        assertTrue(s.endsWith("…"));
    }

    private SiteModel model(String... articles) throws IOException {
        TestFiles.write(root, TestFiles.BASICS + String.join("", articles));
        return TestSites.model(root.resolve("content"));
    }

    private static Page page(SiteModel site, String slug) {
        return site.pages().stream().filter(p -> p.article().slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void theBestRankedCandidatesAreWhatSortingAllGives() {
        java.util.Random random = new java.util.Random(20190108);
        // more themes shared first, then fewer years apart, then site order
        java.util.Comparator<int[]> order = java.util.Comparator.<int[]>comparingInt(a -> -a[0]).thenComparingInt(a -> a[1])
                .thenComparingInt(a -> a[2]);
        for (int round = 0; round < 500; round++) {
            int n = random.nextInt(60);
            List<int[]> items = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                // places far apart too, and years far apart: every part of a rank takes part
                int place = round % 2 == 0 ? i : i * 30_000_000 + random.nextInt(1000);
                items.add(new int[] {random.nextInt(3), round % 3 == 0 ? random.nextInt(900_000) : random.nextInt(5), place});
            }
            java.util.Collections.shuffle(items, random);
            int want = random.nextInt(10);
            List<int[]> sorted = new java.util.ArrayList<>(items);
            sorted.sort(order);
            List<Integer> expected = sorted.subList(0, Math.min(want, n)).stream().map(a -> a[2]).toList();
            long[] best = new long[want];
            int kept = 0;
            for (int[] a : items) {
                kept = SiteBuilder.keep(best, kept, want, SiteBuilder.rank(a[2], a[0], a[1]));
            }
            List<Integer> got = new java.util.ArrayList<>();
            for (int k = 0; k < kept; k++) {
                got.add((int) (best[k] & ((1L << 31) - 1)));
            }
            assertEquals(expected, got, "round " + round);
        }
    }

    private static List<String> related(SiteModel site, String slug) {
        return site.related(page(site, slug)).stream().map(p -> p.article().slug()).toList();
    }

    @Test
    void relatedArticlesComeFromTheNearestRegionFirst() throws IOException {
        SiteModel site = model(
                article("self", "150623", 2018, "model-workers"),
                article("same-county", "150623", 2010, "model-workers"),
                article("same-prefecture", "150602", 2018, "model-workers"),
                article("same-province", "150302", 2018, "model-workers"),
                article("elsewhere", "610825", 2018, "model-workers, hardship-aid"),
                article("no-shared-theme", "150623", 2018, "hardship-aid"));
        assertEquals(List.of("same-county", "same-prefecture", "same-province", "elsewhere"), related(site, "self"),
                "by place before shared themes or years; an article sharing no theme is never related");
    }

    @Test
    void withinARegionMoreSharedThemesThenTheClosestYearThenSiteOrder() throws IOException {
        SiteModel site = model(
                article("self", "150623", 2018, "model-workers, hardship-aid"),
                article("one-theme-same-year", "150623", 2018, "model-workers"),
                article("two-themes-far", "150623", 2010, "hardship-aid, model-workers"),
                article("one-theme-later", "150623", 2019, "hardship-aid", 0),
                article("one-theme-earlier", "150623", 2017, "model-workers", 5));
        assertEquals(List.of("two-themes-far", "one-theme-same-year", "one-theme-earlier", "one-theme-later"),
                related(site, "self"), "a year before and a year after are as close: site order (2017 first) decides");
    }

    @Test
    void atMostFiveAndNeverTheArticleItself() throws IOException {
        String[] articles = new String[8];
        for (int i = 0; i < articles.length; i++) {
            articles[i] = article("a" + i, "150623", 2010 + i, "model-workers");
        }
        SiteModel site = model(articles);
        assertEquals(List.of("a2", "a4", "a1", "a5", "a0"), related(site, "a3"), "closest years, earlier first on a tie");
        for (Page p : site.pages()) {
            List<Page> r = site.related(p);
            assertEquals(SiteBuilder.RELATED, r.size(), p.url());
            assertFalse(r.contains(p), p.url());
        }
    }

    @Test
    void noRelatedArticlesWithoutASharedTheme() throws IOException {
        SiteModel site = model(
                article("no-themes", "150623", 2018, ""),
                article("alone", "150623", 2018, "hardship-aid"),
                article("other", "150623", 2018, "model-workers"));
        assertEquals(List.of(), related(site, "no-themes"));
        assertEquals(List.of(), related(site, "alone"), "nobody else has its theme");
        assertEquals(List.of(), related(site, "other"));
        assertTrue(site.related().isEmpty());
    }

    @Test
    void everyRegionKnowsItsThemesWithTheirArticles() throws IOException {
        SiteModel site = model(
                article("a", "150623", 2018, "hardship-aid, model-workers"),
                article("b", "150602", 2019, "model-workers"),
                article("c", "150302", 2018, ""),
                article("d", "610825", 2018, "hardship-aid"));
        RegionNode province = site.region("150000").orElseThrow();
        assertEquals(List.of("model-workers", "hardship-aid"),
                province.themes().stream().map(t -> t.theme().id()).toList(), "in the vocabulary's order");
        RegionTheme models = province.theme("model-workers").orElseThrow();
        assertEquals(List.of("b", "a"), models.articles().stream().map(p -> p.article().slug()).toList(),
                "its own and its descendants' articles, in site order");
        assertEquals("/yb/regions/150000-neimengguzizhiqu/model-workers/", models.url());
        assertEquals(1, province.theme("hardship-aid").orElseThrow().articles().size(), "d is in another province");
        assertEquals(2, site.region("150600").orElseThrow().theme("model-workers").orElseThrow().articles().size());
        assertEquals(1, site.region("150623").orElseThrow().theme("hardship-aid").orElseThrow().articles().size());
        assertTrue(site.region("150602").orElseThrow().theme("hardship-aid").isEmpty());
        assertEquals(List.of(), site.region("150300").orElseThrow().themes(), "its only article has no theme");
    }
    @Test
    void theSiteOrderFromPinyinKeysIsTheCollatorsOrder() {
        // titles that tie on region, year and weight, so that their pinyin order decides: characters of one reading,
        // of several, Latin letters and digits, and titles that differ only after a long common start
        String[] words = {"工会", "职工", "劳模", "长安", "长春", "重庆", "银行", "行业", "ABC", "abc", "2019年", "十二", "送温暖",
                "困难职工帮扶", "陕西", "山西", "乐", "音乐", "快乐", "一", "乙", "已"};
        java.util.Random random = new java.util.Random(7);
        yearbook.region.RegionCatalog catalog = yearbook.region.RegionCatalog.standard();
        String[] regions = {"150623", "150600", "610000"};
        List<yearbook.content.Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder title = new StringBuilder();
            for (int w = 1 + random.nextInt(4); w > 0; w--) {
                title.append(words[random.nextInt(words.length)]);
            }
            articles.add(new yearbook.content.Article(Path.of("a" + i + ".md"), "a" + i + ".md", title.toString(), null,
                    null, "某总工会", catalog.byCode(regions[random.nextInt(regions.length)]).orElseThrow(),
                    2018 + random.nextInt(2), null, 2019, List.of(), List.of(), null, null, null, false, random.nextInt(2),
                    "", 1));
        }
        java.util.Collections.shuffle(articles, random);
        List<yearbook.content.Article> byCollator = articles.stream().sorted(SiteBuilder.siteOrder()).toList();
        assertEquals(byCollator, SiteBuilder.inSiteOrder(articles));
        assertTrue(byCollator.stream().map(yearbook.content.Article::title).distinct().count() > 500,
                "many titles, most compared by their pinyin");
    }
}
