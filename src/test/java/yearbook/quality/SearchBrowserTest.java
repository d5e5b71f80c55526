package yearbook.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import yearbook.region.Region;
import yearbook.serve.SiteServer;
import yearbook.site.Page;
import yearbook.site.SiteModel;
import yearbook.testing.Axe;
import yearbook.testing.Chromium;
import yearbook.testing.RepositorySite;
import yearbook.testing.TestSites;

/**
 * The search page of the repository's yearbook, in headless Chromium over HTTP: queries find exactly the
 * articles that contain the words, filters narrow them and live in the address, matches are highlighted,
 * titles come first, and the page with results passes axe-core and fits a phone. What it should find is
 * worked out here from the site model, independently of the index.
 */
class SearchBrowserTest {
    @TempDir
    static Path dir;
    static SiteServer server;
    static SiteModel site;

    @BeforeAll
    static void serve() throws Exception {
        Path built = RepositorySite.build(dir);
        server = SiteServer.start(built, 0);
        site = TestSites.model(Path.of("content"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static Set<String> expected(String words, Predicate<Page> filter) {
        Set<String> urls = new TreeSet<>();
        for (Page p : site.searched()) {
            if (TestSites.searchable(p).contains(words) && filter.test(p)) {
                urls.add(p.url());
            }
        }
        return urls;
    }

    static ChromeDriver open(String address) {
        ChromeDriver browser = Chromium.driver();
        browser.get(server.uri().resolve(address).toString());
        return browser;
    }

    /** Waits until the page has answered the query now in its search field, and returns the result links in order. */
    static List<String> results(ChromeDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            WebElement list = d.findElement(By.id("search-results"));
            String query = d.findElement(By.id("search-q")).getAttribute("value");
            return "done".equals(list.getAttribute("data-state")) && query.equals(list.getAttribute("data-query"));
        });
        List<String> urls = new ArrayList<>();
        for (WebElement a : browser.findElements(By.cssSelector("#search-results > li > a.article-title"))) {
            urls.add(a.getAttribute("pathname"));
        }
        return urls;
    }

    static String decodedAddress(ChromeDriver browser) {
        return URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
    }

    @Test
    void aSharedLinkRunsItsQueryAndFindsExactlyTheArticlesWithTheWords() {
        for (String words : List.of("劳模", "职工之家", "送温暖")) {
            Set<String> expected = expected(words, p -> true);
            assertFalse(expected.isEmpty(), words + " is in the repository's articles");
            ChromeDriver browser = open("/search/?q=" + words);
            List<String> found = results(browser);
            assertEquals(expected, new TreeSet<>(found), words);
            assertEquals(found.size(), new LinkedHashSet<>(found).size(), "each article once");
            String status = browser.findElement(By.id("search-status")).getText();
            assertTrue(status.contains(Integer.toString(expected.size())), status);
        }
    }

    @Test
    void aQueryMatchesItsCharactersInSequenceNotOnlyTheirPairs() {
        // the index test shows that some of these words' pairs are in articles apart from each other
        for (String words : List.of("工会工作", "职工之家", "困难职工", "劳动模范", "工会组织", "工会会员", "职工工会")) {
            ChromeDriver browser = open("/search/?q=" + words);
            assertEquals(expected(words, p -> true), new TreeSet<>(results(browser)), words);
        }
    }

    @Test
    void theFirstQueryFetchesTheDetailsAndTextsOfTheResultsShownOnly() throws Exception {
        Path built = dir.resolve("site");
        if (!java.nio.file.Files.isDirectory(built.resolve("search"))) {
            built = RepositorySite.build(dir);
        }
        // the articles' numbers in the index, from its details files
        java.util.Map<String, Integer> numbers = new java.util.HashMap<>();
        for (int k = 0; java.nio.file.Files.exists(built.resolve("search/docs/" + k + ".json")); k++) {
            String json = java.nio.file.Files.readString(built.resolve("search/docs/" + k + ".json"));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[\"([^\"]+)\",").matcher(json);
            while (m.find()) {
                numbers.put("/" + m.group(1), numbers.size());
            }
        }
        assertEquals(site.searched().size(), numbers.size(), "the articles and the honour rolls");
        String index = java.nio.file.Files.readString(built.resolve("search/index.json"));
        int perFile = Integer.parseInt(index.replaceAll("(?s).*\"perFile\":(\\d+).*", "$1"));

        ChromeDriver browser = open("/search/?q=工会");
        List<String> shown = results(browser);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(
                By.cssSelector("#search-results > li .summary")).stream().noneMatch(p -> p.getText().isEmpty()));
        Set<String> detailFiles = new TreeSet<>();
        shown.forEach(url -> detailFiles.add("docs/" + numbers.get(url) / perFile + ".json"));
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> fetched = (List<java.util.Map<String, Object>>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) {"
                + " return {name: new URL(e.name).pathname, size: e.encodedBodySize}; })");
        Set<String> fetchedDetails = new TreeSet<>();
        List<Long> textRanges = new ArrayList<>();
        for (java.util.Map<String, Object> f : fetched) {
            String name = (String) f.get("name");
            assertFalse(name.startsWith("/search/text/") && name.endsWith(".txt"), "no text file per article: " + name);
            if (name.startsWith("/search/docs/")) {
                fetchedDetails.add(name.substring("/search/".length()));
            }
            if (name.startsWith("/search/text/")) {
                textRanges.add(((Number) f.get("size")).longValue());
            }
        }
        assertEquals(detailFiles, fetchedDetails, "the details files of the results shown, no others");
        long packBytes;
        try (var files = java.nio.file.Files.list(built.resolve("search/text"))) {
            packBytes = files.mapToLong(f -> f.toFile().length()).sum();
        }
        assertTrue(shown.size() > 1);
        assertEquals(shown.size(), textRanges.size(), "one text per result shown");
        for (long bytes : textRanges) {
            assertTrue(bytes > 0 && bytes < packBytes, "a text fetched by its range: " + bytes + " of " + packBytes + " bytes");
        }
    }

    @Test
    void theIndexIsAskedForOnceWhileThePageIsReadAndTheScriptUsesIt() {
        ChromeDriver browser = open("/search/?q=劳模");
        assertFalse(results(browser).isEmpty());
        @SuppressWarnings("unchecked")
        List<String> asked = (List<String>) browser.executeScript(
                "return performance.getEntriesByType('resource').filter(function (e) {"
                + " return new URL(e.name).pathname === '/search/index.json'; }).map(function (e) { return e.initiatorType; })");
        // a preload the script's request does not match would be fetched twice ('link', then 'fetch')
        assertEquals(List.of("link"), asked, "index.json fetched once, by the page's preload");
    }

    @Test
    void snippetsShowTheMatchedWordsHighlighted() {
        ChromeDriver browser = open("/search/?q=职工之家");
        results(browser);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d ->
                !d.findElements(By.cssSelector("#search-results > li:first-child .summary mark")).isEmpty());
        List<WebElement> marks = browser.findElements(By.cssSelector("#search-results > li:first-child .summary mark"));
        assertTrue(marks.stream().anyMatch(m -> m.getText().equals("职工之家")), "the whole words are marked");
        WebElement first = browser.findElement(By.cssSelector("#search-results > li:first-child"));
        String meta = first.findElement(By.className("meta")).getText();
        assertTrue(meta.matches(".*(自治区|省).*\\d{4}年.*工会年鉴 \\d{4}.*"), "region chain, year and volume: " + meta);
    }

    @Test
    void typingAnswersWithoutSubmittingAndPutsTheQueryInTheAddress() {
        ChromeDriver browser = open("/search/");
        assertEquals("idle", browser.findElement(By.id("search-results")).getAttribute("data-state"));
        browser.findElement(By.id("search-q")).sendKeys("送温暖");
        List<String> found = results(browser);
        assertEquals(expected("送温暖", p -> true), new TreeSet<>(found));
        assertTrue(decodedAddress(browser).endsWith("/search/?q=送温暖"), decodedAddress(browser));
    }

    @Test
    void regionThemeAndVolumeFiltersNarrowTheResultsAndTheAddress() {
        ChromeDriver browser = open("/search/?q=工会");
        Set<String> all = expected("工会", p -> true);
        assertEquals(all, new TreeSet<>(results(browser)));

        new Select(browser.findElement(By.id("search-region-1"))).selectByValue("610000");
        Set<String> shaanxi = expected("工会", p -> inRegion(p, "610000"));
        assertTrue(shaanxi.size() < all.size() && !shaanxi.isEmpty());
        assertEquals(shaanxi, new TreeSet<>(results(browser)));
        assertTrue(decodedAddress(browser).contains("region=610000"), decodedAddress(browser));

        // the level below offers the province's sub-regions
        WebElement second = browser.findElement(By.id("search-region-2"));
        assertTrue(second.isDisplayed() && second.isEnabled());
        new Select(second).selectByValue("610800");
        Set<String> yulin = expected("工会", p -> inRegion(p, "610800"));
        assertEquals(yulin, new TreeSet<>(results(browser)));
        assertTrue(decodedAddress(browser).contains("region=610800"), decodedAddress(browser));

        new Select(browser.findElement(By.id("search-region-1"))).selectByValue("");
        assertEquals(all, new TreeSet<>(results(browser)), "back to all regions");
        // a theme and a volume such that each narrows: all > theme > theme and volume > none
        String[] pick = null;
        for (var t : site.themes()) {
            for (var v : site.volumes()) {
                int themed = expected("工会", p -> hasTheme(p, t.theme().id())).size();
                int both = expected("工会", p -> hasTheme(p, t.theme().id()) && p.article().volume() == v.number()).size();
                if (pick == null && all.size() > themed && themed > both && both > 0) {
                    pick = new String[] {t.theme().id(), Integer.toString(v.number())};
                }
            }
        }
        assertTrue(pick != null, "the repository's articles have such a theme and volume");
        String theme = pick[0];
        int volume = Integer.parseInt(pick[1]);
        new Select(browser.findElement(By.id("search-theme"))).selectByValue(theme);
        assertEquals(expected("工会", p -> hasTheme(p, theme)), new TreeSet<>(results(browser)));

        new Select(browser.findElement(By.id("search-year"))).selectByValue(pick[1]);
        assertEquals(expected("工会", p -> hasTheme(p, theme) && p.article().volume() == volume), new TreeSet<>(results(browser)));
        assertTrue(decodedAddress(browser).contains("theme=" + theme) && decodedAddress(browser).contains("year=" + volume),
                decodedAddress(browser));
    }

    @Test
    void filtersInASharedAddressAreRestored() {
        ChromeDriver browser = open("/search/?q=工会&region=150623&theme=party-building");
        List<String> found = results(browser);
        assertEquals(expected("工会", p -> inRegion(p, "150623") && hasTheme(p, "party-building")), new TreeSet<>(found));
        assertFalse(found.isEmpty());
        assertEquals("150000", new Select(browser.findElement(By.id("search-region-1"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("150600", new Select(browser.findElement(By.id("search-region-2"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("150623", new Select(browser.findElement(By.id("search-region-3"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("party-building", new Select(browser.findElement(By.id("search-theme"))).getFirstSelectedOption().getAttribute("value"));

        // a filter alone lists its articles
        browser = open("/search/?region=640000");
        assertEquals(expected("", p -> inRegion(p, "640000")), new TreeSet<>(results(browser)));
    }

    @Test
    void articlesWithTheWordsInTheirTitleComeFirst() {
        // a pair of characters that is in some titles and in other articles' text only
        for (Page titled : site.pages()) {
            String title = titled.article().title();
            for (int i = 0; i + 2 <= title.length(); i++) {
                String pair = title.substring(i, i + 2);
                if (!pair.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    continue;
                }
                Set<String> inTitle = new TreeSet<>();
                site.pages().stream().filter(p -> p.article().title().contains(pair)).forEach(p -> inTitle.add(p.url()));
                Set<String> all = expected(pair, p -> true);
                if (all.size() > inTitle.size()) {
                    List<String> found = results(open("/search/?q=" + pair));
                    assertEquals(all, new TreeSet<>(found), pair);
                    assertEquals(inTitle, new TreeSet<>(found.subList(0, inTitle.size())), "titles with " + pair + " first: " + found);
                    return;
                }
            }
        }
        throw new AssertionError("no title pair that other articles have in their text");
    }

    @Test
    void regionThemeAndRegionThemePagesOpenTheSearchWithTheirFilter() {
        ChromeDriver browser = open(site.region("610000").orElseThrow().url());
        browser.findElement(By.cssSelector(".search-here a")).click();
        assertEquals(expected("", p -> inRegion(p, "610000")), new TreeSet<>(results(browser)));
        assertEquals("610000", new Select(browser.findElement(By.id("search-region-1"))).getFirstSelectedOption().getAttribute("value"));

        browser = open("/themes/model-workers/");
        browser.findElement(By.cssSelector(".search-here a")).click();
        assertEquals(expected("", p -> hasTheme(p, "model-workers")), new TreeSet<>(results(browser)));

        browser = open(site.region("150000").orElseThrow().url() + "model-workers/");
        browser.findElement(By.partialLinkText("在这些条目中搜索")).click();
        Set<String> both = expected("", p -> inRegion(p, "150000") && hasTheme(p, "model-workers"));
        assertFalse(both.isEmpty());
        assertEquals(both, new TreeSet<>(results(browser)));
    }

    @Test
    void nothingFoundSaysSo() {
        ChromeDriver browser = open("/search/?q=宇航员");
        assertEquals(List.of(), results(browser));
        assertTrue(browser.findElement(By.id("search-status")).getText().contains("没有找到"));
    }

    @Test
    void withResultsThePagePassesAxeAndFitsAPhone() {
        for (Chromium.Viewport viewport : List.of(Chromium.MOBILE, Chromium.DESKTOP)) {
            ChromeDriver browser = Chromium.driver();
            Chromium.viewport(browser, viewport);
            browser.get(server.uri().resolve("/search/?q=职工之家&region=150000").toString());
            results(browser);
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d ->
                    !d.findElements(By.cssSelector("#search-results .summary mark")).isEmpty());
            assertEquals(List.of(), Axe.run(browser));
            long client = (Long) browser.executeScript("return document.documentElement.clientWidth");
            long scroll = (Long) browser.executeScript("return document.documentElement.scrollWidth");
            assertTrue(scroll <= client, "no sideways scrolling: " + scroll + " > " + client);
            Chromium.screenshot(browser, "search-" + (viewport.mobile() ? "mobile" : "desktop"));
        }
    }

    static boolean inRegion(Page p, String code) {
        return p.chain().stream().map(Region::code).anyMatch(code::equals);
    }

    static boolean hasTheme(Page p, String id) {
        return p.article().themes().stream().anyMatch(t -> t.id().equals(id));
    }
}
