package yearbook.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildService;
import yearbook.pipeline.Progress;
import yearbook.search.TestIndexes;
import yearbook.serve.SiteServer;
import yearbook.testing.Chromium;
import yearbook.testing.TestFiles;
import yearbook.testing.TestSites;

/**
 * A phrase query whose pair is in every article (职工, as in a real union yearbook), in headless Chromium over HTTP:
 * that pair's postings are in a file of their own and its positions in chunks; a candidate whose text shows the
 * phrase needs none of them (its text is fetched for its snippet anyway), the others only the chunks they are in;
 * the count is said to be an estimate until every candidate is checked; a result's text is fetched as its first 800
 * characters, and the rest only where the phrase comes later; a list in a file of its own is fetched without its
 * shard; and page after page, the results are exactly the articles with the phrase, each once, those with it only in
 * their subtitle too.
 */
class PhraseSearchBrowserTest {
    private static final String[] REGIONS = {"150623", "150300", "150602", "610825", "611000"};
    private static final int ARTICLES = 360;

    @TempDir
    static Path dir;
    static SiteServer server;
    static Path site;
    /** The articles with 职工之家 in their text, by address: those written with it. */
    static Set<String> expected = new TreeSet<>();

    @BeforeAll
    static void serve() throws Exception {
        StringBuilder archive = new StringBuilder("""
                -- content/yearbook.yaml --
                title: 测试年鉴
                baseUrl: https://example.org/
                -- content/themes.yaml --
                themes:
                  - id: model-workers
                    name: 劳模工匠
                    signals: [劳模]
                """);
        Random random = new Random(11);
        for (int i = 0; i < ARTICLES; i++) {
            StringBuilder body = new StringBuilder();
            int kind = i % 4; // 0, 1: the phrase (1: after the first 800 characters); 2: its pairs apart; 3: no 之家
            // about 960 characters, 职工 240 times (under the weight's cap of 255)
            for (int k = 0; k < 240; k++) {
                body.append("职工").append("代表会议要求温暖送达".charAt(random.nextInt(10)))
                        .append("代表会议要求温暖送达".charAt(random.nextInt(10)));
                if (k == (kind == 1 ? 205 + i % 30 : 40 + i % 50)) {
                    body.append(switch (kind) {
                        case 0, 1 -> "建好职工之家";
                        case 2 -> "手工之美与温馨之家";
                        default -> "工之";
                    });
                }
                if (k % 20 == 19) {
                    body.append("。\n\n");
                }
            }
            String slug = "a" + i;
            archive.append("-- content/articles/").append(slug).append(".md --\n---\ntitle: 第").append(i)
                    .append("篇\norganization: 总工会\nregion: ").append(REGIONS[i % REGIONS.length])
                    .append("\nyear: 2019\nthemes: [model-workers]\nslug: ").append(slug).append("\n---\n")
                    .append(body).append('\n');
        }
        // the phrase only in the subtitle: not in the text, so only the positions can tell that these have it
        for (int i = 0; i < 3; i++) {
            archive.append("-- content/articles/s").append(i).append(".md --\n---\ntitle: 副题第").append(i)
                    .append("篇\nsubtitle: 建好职工之家\norganization: 总工会\nregion: 150623\nyear: 2019\nslug: s").append(i)
                    .append("\n---\n职工代表会议。手工之美与温馨之家。\n");
        }
        Path root = dir.resolve("project");
        TestFiles.write(root, archive.toString());
        site = dir.resolve("site");
        new BuildService("test").build(new BuildOptions(root.resolve("content"), TestFiles.templates(), site), Progress.NONE);
        // 职工's list (about 1 KB here) in a file of its own and its positions (about 87 KB) in chunks, as they are
        // in a large archive
        TestIndexes.rewrite(TestSites.model(root.resolve("content")), site, 500, 60_000);
        server = SiteServer.start(site, 0);
        // the pages of the articles written with the phrase (kinds 0 and 1), by their folder's name
        try (var pages = Files.walk(site)) {
            pages.filter(p -> p.getFileName().toString().matches("[as]\\d+") && Files.isRegularFile(p.resolve("index.html")))
                    .filter(p -> p.getFileName().toString().startsWith("s")
                            || Integer.parseInt(p.getFileName().toString().substring(1)) % 4 < 2)
                    .forEach(p -> expected.add("/" + site.relativize(p).toString().replace('\\', '/') + "/"));
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static List<String> shown(ChromeDriver browser) {
        List<String> urls = new ArrayList<>();
        for (WebElement a : browser.findElements(By.cssSelector("#search-results > li > a.article-title"))) {
            urls.add(a.getAttribute("pathname"));
        }
        return urls;
    }

    /** Clicks 显示更多 until it is gone, and returns every result shown then, in order. */
    private static List<String> allPages(ChromeDriver browser, WebDriverWait wait) {
        WebElement more = browser.findElement(By.id("search-more"));
        for (int page = 0; more.isDisplayed(); page++) {
            assertTrue(page <= ARTICLES / 20 + 1, "the pages come to an end");
            int before = shown(browser).size();
            more.click();
            wait.until(d -> shown(browser).size() > before || !more.isDisplayed());
        }
        return shown(browser);
    }

    /** The number of the article at this address (its folder, a12/). */
    private static int number(String url) {
        String[] parts = url.split("/");
        return Integer.parseInt(parts[parts.length - 1].substring(1));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> fetched(ChromeDriver browser) {
        return (List<Map<String, Object>>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) {"
                + " return {name: new URL(e.name).pathname, size: e.encodedBodySize}; })");
    }

    @Test
    void aPhraseWithAPairInEveryArticleFetchesOnlyTheChunksItChecksAndPagesThroughExactlyItsArticles() throws Exception {
        assertEquals(ARTICLES / 2 + 3, expected.size(), "the articles with the phrase, from the built pages");
        List<Path> chunkFiles;
        try (var files = Files.list(site.resolve("search/positions"))) {
            chunkFiles = files.filter(f -> f.toString().endsWith(".bin")).toList();
        }
        assertEquals(1, chunkFiles.size(), "职工's positions are split into chunks: " + chunkFiles);
        long chunkBytes = Files.size(chunkFiles.get(0));

        ChromeDriver browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        browser.get(server.uri().resolve("/search/?q=职工之家").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> "done".equals(d.findElement(By.id("search-results")).getAttribute("data-state")));
        // room for every request of the pages to come (the browser keeps 250 by default)
        browser.executeScript("performance.setResourceTimingBufferSize(100000)");
        List<String> first = shown(browser);
        assertEquals(20, first.size(), "a page of results");
        assertTrue(expected.containsAll(first), "every result shown has the phrase: " + first);
        String status = browser.findElement(By.id("search-status")).getText();
        assertTrue(status.startsWith("找到约 "), "the count is an estimate before every candidate is checked: " + status);

        long fromChunks = 0;
        int ranges = 0;
        Set<String> ownLists = new TreeSet<>();
        for (Map<String, Object> f : fetched(browser)) {
            String name = (String) f.get("name");
            if (name.matches("/search/shards/\\d+-\\d+\\.json")) {
                ownLists.add(name);
            }
            if (name.startsWith("/search/positions/") && name.endsWith(".bin")) {
                fromChunks += ((Number) f.get("size")).longValue();
                ranges++;
            }
        }
        // the best candidates are those written with the phrase (职工 once more): their texts show it
        assertEquals(0, ranges, "no positions for candidates whose texts show the phrase");
        // of each result's text, its head (the first 800 characters), and the rest only where the phrase is later
        int texts = 0;
        for (Map<String, Object> f : fetched(browser)) {
            if (((String) f.get("name")).startsWith("/search/text/")) {
                texts++;
            }
        }
        long late = first.stream().filter(u -> u.matches(".*/a\\d+/") && number(u) % 4 == 1).count();
        assertTrue(late > 0 && late < 20, "the first page has articles with the phrase early and late: " + first);
        assertEquals(20 + late, texts, "a head for each result, and the rest for the " + late + " with the phrase later");
        for (WebElement summary : browser.findElements(By.cssSelector("#search-results > li > p.summary"))) {
            assertEquals("职工之家", summary.findElement(By.tagName("mark")).getText(),
                    "each snippet shows the phrase, from the head or from the rest: " + summary.getText());
        }
        assertFalse(ownLists.isEmpty(), "a list from a file of its own");

        List<String> all = allPages(browser, wait);
        fromChunks = 0;
        ranges = 0;
        for (Map<String, Object> f : fetched(browser)) {
            String name = (String) f.get("name");
            if (name.startsWith("/search/positions/") && name.endsWith(".bin")) {
                fromChunks += ((Number) f.get("size")).longValue();
                ranges++;
            }
        }
        assertTrue(ranges > 0 && fromChunks <= chunkBytes, "the candidates whose texts do not show the phrase are checked"
                + " by the chunks of their positions, each chunk fetched once: " + ranges + " ranges, " + fromChunks
                + " of " + chunkBytes + " bytes");
        assertEquals(all.size(), new LinkedHashSet<>(all).size(), "each article once");
        assertEquals(expected, new TreeSet<>(all), "page after page, exactly the articles with the phrase");
        assertEquals(first, all.subList(0, 20), "the first page stays first");
        status = browser.findElement(By.id("search-status")).getText();
        assertEquals("找到 " + expected.size() + " 篇条目。", status, "once every candidate is checked, the exact count");
        assertFalse(status.contains("约"));
    }

    @Test
    void aPairInEveryArticlePagesThroughThemAllOnceThoseWithItMostOftenFirst() {
        ChromeDriver browser = Chromium.driver();
        browser.get(server.uri().resolve("/search/?q=职工").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> "done".equals(d.findElement(By.id("search-results")).getAttribute("data-state")));
        assertEquals(20, shown(browser).size(), "a page of results");
        assertEquals("找到 " + (ARTICLES + 3) + " 篇条目。", browser.findElement(By.id("search-status")).getText(),
                "the exact count from the first page: a pair's presence needs no checking");
        // 职工's list is in a file of its own, which index.json names: it is fetched at once, without its shard
        Set<String> shards = new TreeSet<>();
        for (Map<String, Object> f : fetched(browser)) {
            if (((String) f.get("name")).startsWith("/search/shards/")) {
                shards.add((String) f.get("name"));
            }
        }
        assertEquals(1, shards.size(), "one postings file: " + shards);
        assertTrue(shards.iterator().next().matches("/search/shards/\\d+-\\d+\\.json"), "a list's own file: " + shards);
        List<String> all = allPages(browser, wait);
        assertEquals(ARTICLES + 3, all.size(), "every article, page after page");
        assertEquals(ARTICLES + 3, new LinkedHashSet<>(all).size(), "each article once");
        // the articles written with 职工之家 have 职工 once more than the others (241 times against 240)
        Set<String> often = new TreeSet<>(expected);
        often.removeIf(url -> url.matches(".*/s\\d+/"));
        assertEquals(often, new TreeSet<>(all.subList(0, often.size())), "those with the pair most often first");
    }
}
