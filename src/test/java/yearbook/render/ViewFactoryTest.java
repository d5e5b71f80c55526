package yearbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.content.Article;
import yearbook.content.Source;
import yearbook.region.Level;
import yearbook.region.Region;
import yearbook.region.RegionCatalog;
import yearbook.render.view.CountLink;
import yearbook.render.view.LinkView;
import yearbook.render.view.RegionThemeView;
import yearbook.render.view.RegionTreeView;
import yearbook.render.view.RegionView;
import yearbook.render.view.ThemeView;
import yearbook.render.view.YearGroup;
import yearbook.site.RegionNode;
import yearbook.site.RegionTheme;
import yearbook.site.SiteModel;
import yearbook.site.ThemeNode;
import yearbook.testing.TestFiles;
import yearbook.testing.TestSites;

class ViewFactoryTest {
    @TempDir
    Path root;

    private static Article article(List<String> authors, LocalDate date) {
        return new Article(Path.of("a.md"), "a.md", "题名", null, null, "某总工会",
                RegionCatalog.standard().byCode("150623").orElseThrow(), 2018, date, 2019, List.of(), authors,
                null, null, null, false, 0, "", 1);
    }

    @Test
    void newspaperCitation() {
        assertEquals("甲,乙.题名[N].内蒙古工人报,2019-01-05(3).", ViewFactory.citation(
                article(List.of("甲", "乙"), null), new Source("内蒙古工人报", null, "3", LocalDate.of(2019, 1, 5))));
    }

    @Test
    void moreThanThreeAuthorsAreShortenedWithDeng() {
        assertEquals("甲,乙,丙,等.题名[N].报,2019-01-05.", ViewFactory.citation(
                article(List.of("甲", "乙", "丙", "丁"), LocalDate.of(2019, 1, 5)), new Source("报", null, null, null)));
    }

    @Test
    void webCitationKeepsOnlyWhatIsKnown() {
        assertEquals("题名[EB/OL].(2021-03-18).https://example.org/a.", ViewFactory.citation(
                article(List.of(), null), new Source(null, "https://example.org/a", null, LocalDate.of(2021, 3, 18))));
        assertEquals("题名[EB/OL].站,(2021-03-18).https://x.", ViewFactory.citation(
                article(List.of(), LocalDate.of(2021, 3, 18)), new Source("站", "https://x", null, null)));
    }

    private SiteModel model(String... articles) throws IOException {
        TestFiles.write(root, TestFiles.BASICS + String.join("", articles));
        return TestSites.model(root.resolve("content"));
    }

    private static final String[] NEIMENGGU = {
        TestSites.article("a", "150623", 2018, "hardship-aid, model-workers"),
        TestSites.article("b", "150602", 2019, "model-workers"),
        TestSites.article("c", "150302", 2018, "model-workers"),
        TestSites.article("d", "150602", 2019, "")};

    @Test
    void regionThemePageLinksItsRegionItsThemeTheRegionAboveAndTheRegionsBelow() throws IOException {
        SiteModel site = model(NEIMENGGU);
        ViewFactory views = new ViewFactory(site, List.of());
        RegionNode prefecture = site.region("150600").orElseThrow();
        RegionThemeView v = views.regionTheme(prefecture, prefecture.theme("model-workers").orElseThrow());
        assertEquals(new LinkView("鄂尔多斯市", "/yb/regions/150600-eerduosishi/"), v.region());
        assertEquals(new LinkView("劳模工匠", "/yb/themes/model-workers/"), v.theme());
        assertEquals(List.of(new LinkView("内蒙古自治区", "/yb/regions/150000-neimengguzizhiqu/")), v.ancestors());
        assertEquals(new LinkView("内蒙古自治区", "/yb/regions/150000-neimengguzizhiqu/model-workers/"), v.parent());
        assertEquals(List.of(
                new RegionTreeView("东胜区", "150602", "/yb/regions/150602-dongshengqu/model-workers/", 1, List.of()),
                new RegionTreeView("鄂托克前旗", "150623", "/yb/regions/150623-etuokeqianqi/model-workers/", 1, List.of())),
                v.children(), "the sub-regions with the theme's articles, with their counts for it");
        assertEquals(2, v.count());
        assertEquals(3, v.regionCount(), "d has no theme but is one of the region's articles");
        assertEquals(List.of(2019, 2018), v.years().stream().map(YearGroup::year).toList(), "latest year first");
        assertEquals("地级", v.level());

        RegionNode province = site.region("150000").orElseThrow();
        assertNull(views.regionTheme(province, province.theme("hardship-aid").orElseThrow()).parent(),
                "a province has no region above");
    }

    @Test
    void aRegionsPartOfATreeIsMadeOnceForEveryPageThatShowsIt() throws IOException {
        SiteModel site = model(NEIMENGGU);
        ViewFactory views = new ViewFactory(site, List.of());
        RegionTreeView province = views.home().regions().get(0);
        RegionView page = views.region(site.region("150000").orElseThrow(), 1);
        assertEquals(province.children(), page.children());
        assertSame(province.children().get(1), page.children().get(1), "鄂尔多斯市 and below, once");
        assertSame(province.children().get(1), views.region(site.region("150000").orElseThrow(), 2).children().get(1));

        RegionNode node = site.region("150000").orElseThrow();
        RegionTheme theme = node.theme("model-workers").orElseThrow();
        RegionThemeView first = views.regionTheme(node, theme, 1);
        RegionNode prefecture = site.region("150600").orElseThrow();
        assertSame(first.children().get(1).children().get(0),
                views.regionTheme(prefecture, prefecture.theme("model-workers").orElseThrow(), 1).children().get(0),
                "a theme's tree below 鄂尔多斯市, once for the province's page and the prefecture's");
        assertSame(first.children().get(0), views.regionTheme(node, theme, 2).children().get(0), "and for each page of it");
    }

    @Test
    void regionPageListsItsThemesWithCountsLinkingTheRegionThemePages() throws IOException {
        SiteModel site = model(NEIMENGGU);
        RegionView v = new ViewFactory(site, List.of()).region(site.region("150000").orElseThrow());
        assertEquals(List.of(new CountLink("劳模工匠", "/yb/regions/150000-neimengguzizhiqu/model-workers/", 3),
                new CountLink("困难职工帮扶", "/yb/regions/150000-neimengguzizhiqu/hardship-aid/", 1)), v.themes());
    }

    @Test
    void themePageShowsItsRegionsDownToTheCountiesWhenFew() throws IOException {
        SiteModel site = model(NEIMENGGU);
        ThemeView v = new ViewFactory(site, List.of()).theme(theme(site, "model-workers"));
        assertEquals(1, v.regions().size());
        RegionTreeView province = v.regions().get(0);
        assertEquals(new RegionTreeView("内蒙古自治区", "150000", "/yb/regions/150000-neimengguzizhiqu/model-workers/", 3,
                province.children()), province, "the province links its region × theme page, with the theme's count");
        assertEquals(List.of("150300", "150600"), province.children().stream().map(RegionTreeView::code).toList());
        assertEquals(List.of("150602", "150623"),
                province.children().get(1).children().stream().map(RegionTreeView::code).toList());
    }

    @Test
    void aLongThemeTreeStopsAtTheLevelThatKeepsItShort() throws IOException {
        List<String> articles = new ArrayList<>();
        for (Region r : RegionCatalog.standard().all()) {
            if (r.level() == Level.COUNTY && articles.size() < ViewFactory.THEME_REGIONS + 20) {
                articles.add(TestSites.article("a" + r.code(), r.code(), 2018, "model-workers"));
            }
        }
        SiteModel site = model(articles.toArray(String[]::new));
        ThemeView v = new ViewFactory(site, List.of()).theme(theme(site, "model-workers"));
        int shown = count(v.regions());
        assertTrue(shown <= ViewFactory.THEME_REGIONS, shown + " regions");
        assertTrue(v.regions().stream().anyMatch(r -> !r.children().isEmpty()), "more than the provinces");
        int all = site.regionsByCode().size();
        assertTrue(shown < all, "not all " + all + " regions");
    }

    private static int count(List<RegionTreeView> nodes) {
        return nodes.stream().mapToInt(n -> 1 + count(n.children())).sum();
    }

    private static ThemeNode theme(SiteModel site, String id) {
        return site.themes().stream().filter(t -> t.theme().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theHomePageAndTheFeedShowTheNewestArticlesInOrder() throws IOException {
        List<String> articles = new ArrayList<>();
        String[] regions = {"150623", "150602", "150302"};
        for (int i = 0; i < 90; i++) {
            // covered years repeat, so many articles share a date and their addresses decide
            articles.add(TestSites.article("n" + (i * 37 % 90), regions[i % 3], 2012 + i % 7, ""));
        }
        SiteModel site = model(articles.toArray(String[]::new));
        ViewFactory views = new ViewFactory(site, List.of());
        List<String> newest = site.pages().stream().sorted(ViewFactory.latestFirst()).map(p -> p.url()).toList();
        assertEquals(newest.subList(0, 10), views.home().latest().stream().map(i -> i.url()).toList());
        int limit = site.settings().feedLimit();
        assertTrue(limit < 90, "the feed shows fewer than all: " + limit);
        assertEquals(newest.subList(0, limit).stream().map(u -> site.settings().absolute(u)).toList(),
                views.feed().entries().stream().map(e -> e.permalink()).toList());
    }
}
