package yearbook.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import yearbook.parts.VolumePartsFixture;
import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildService;
import yearbook.pipeline.Progress;
import yearbook.serve.SiteServer;
import yearbook.testing.Axe;
import yearbook.testing.Chromium;
import yearbook.testing.NuChecker;
import yearbook.testing.TestFiles;

/**
 * A reader in Chromium opens a volume's chronicle and one of its honour rolls, and finds an honoured person by
 * name through the site's search; reads a statistics chart on a phone; and a volume arranged by theme (served at
 * {@code /themed/}, two articles a page) is valid HTML and breaks none of axe-core's rules on a laptop or a phone.
 */
class VolumePartsBrowserTest {
    @TempDir
    static Path dir;
    static SiteServer server;

    @BeforeAll
    static void serve() throws Exception {
        TestFiles.write(dir, TestFiles.BASICS.replace("https://example.org/yb/", "/") + VolumePartsFixture.ARTICLES
                + VolumePartsFixture.PARTS + MEMBERS);
        new BuildService("t").build(new BuildOptions(dir.resolve("content"), TestFiles.templates(), dir.resolve("site")),
                Progress.NONE);
        Path themed = dir.resolve("themed");
        TestFiles.write(themed, TestFiles.BASICS + VolumePartsFixture.ARTICLES + VolumePartsFixture.PARTS
                + VolumePartsFixture.THEMED.replace("https://example.org/yb/", "/themed/") + "site:\n  pageSize: 2\n");
        new BuildService("t").build(new BuildOptions(themed.resolve("content"), TestFiles.templates(), themed.resolve("site")),
                Progress.NONE);
        Files.move(themed.resolve("site"), dir.resolve("site/themed"));
        server = SiteServer.start(dir.resolve("site"), 0);
    }

    /** A table of three series whose rows have long names, for the chart's legend and labels on a phone. */
    static final String MEMBERS = """
            -- content/statistics/members.csv --
            ---
            title: 全区工会组织和会员发展情况
            volume: 2019
            unit: 个、人
            ---
            项目,2016年,2017年,2018年
            基层工会组织数（含联合基层工会）,31250,32418,33907
            工会会员人数（含农民工会员）,4123456,4256789,4401234
            新建非公有制企业工会,812,905,1136
            """;

    /** The volume pages of the site arranged by theme: its first page, and the second, where 其他 and a province begin. */
    static final List<String> THEMED_PAGES = List.of("/themed/2019/", "/themed/2019/page/2/");

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aReaderGoesFromTheVolumeToTheChronicleAndARollAndFindsAPersonBySearching() {
        ChromeDriver browser = Chromium.driver();
        try {
            browser.get(server.uri().resolve("/2019/").toString());
            browser.findElement(By.linkText("测试年鉴 2019大事记")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/2019/chronicle/")
                    && !d.findElements(By.cssSelector("section.chronicle-month h2")).isEmpty());
            List<String> months = browser.findElements(By.cssSelector("section.chronicle-month h2")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("3月", "12月"), months);
            browser.findElement(By.cssSelector("nav.months a[href='#m12']")).click();
            assertTrue(browser.getCurrentUrl().endsWith("#m12"), "the month's anchor");

            browser.get(server.uri().resolve("/2019/").toString());
            browser.findElement(By.linkText("五一劳动奖章")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/2019/honours/medal/")
                    && !d.findElements(By.cssSelector("table.roll tbody th")).isEmpty());
            assertEquals(List.of("乌云其木格", "张建国"), browser.findElements(By.cssSelector("table.roll tbody th")).stream()
                    .map(WebElement::getText).toList());

            browser.get(server.uri().resolve("/search/?q=" + java.net.URLEncoder.encode("乌云其木格",
                    java.nio.charset.StandardCharsets.UTF_8)).toString());
            List<String> found = SearchBrowserTest.results(browser);
            assertEquals(List.of("/2019/honours/medal/"), found, "the roll that names her");
        } finally {
            Chromium.screenshot(browser, "volume-parts-search");
        }
    }

    @Test
    void theVolumeArrangedByThemeIsValidHtml() {
        for (String page : THEMED_PAGES) {
            Path file = dir.resolve("site").resolve(page.substring(1)).resolve("index.html");
            assertTrue(Files.exists(file), page);
            assertEquals(List.of(), NuChecker.shared().check(file), page);
        }
    }

    @Test
    void theVolumeArrangedByThemeBreaksNoAccessibilityRuleAndFitsAPhone() {
        ChromeDriver browser = Chromium.driver();
        for (Chromium.Viewport viewport : List.of(Chromium.DESKTOP, Chromium.MOBILE)) {
            Chromium.viewport(browser, viewport);
            for (String page : THEMED_PAGES) {
                browser.get(server.uri().resolve(page).toString());
                assertFalse(browser.findElements(By.cssSelector("section > h3[id^='t-']")).isEmpty(),
                        page + " lists articles under a theme");
                assertEquals(List.of(), Axe.run(browser), page + " at " + viewport.width() + " px");
                if (viewport.mobile()) {
                    assertNoSidewaysScroll(browser, page);
                }
            }
        }
        browser.get(server.uri().resolve("/themed/2019/").toString());
        browser.findElement(By.cssSelector("nav[aria-label='工作综述目录']")).findElement(By.linkText("其他")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/themed/2019/page/2/#t-other"));
        assertEquals("自治区总工会召开全委会议", browser.findElement(By.cssSelector("#t-other + ul .article-title")).getText(),
                "the table of contents leads to the page where 其他 begins");
    }

    /**
     * On a 360 px phone every text of a statistics chart — the rows' names, the figures, the legend — is drawn at
     * 12 px or more (its font size as the SVG is scaled to fit the page), stays inside the chart, and the page does
     * not scroll sideways.
     */
    @Test
    void aChartIsLegibleOnAPhone() {
        ChromeDriver browser = Chromium.driver();
        Chromium.viewport(browser, Chromium.MOBILE);
        try {
            for (String page : List.of("/2019/statistics/funds/", "/2019/statistics/members/")) {
                browser.get(server.uri().resolve(page).toString());
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> texts = (List<Map<String, Object>>) browser.executeScript("""
                        const svg = document.querySelector('figure.chart-figure svg');
                        const box = svg.getBoundingClientRect();
                        const scale = box.width / svg.viewBox.baseVal.width;
                        return [...svg.querySelectorAll('text')].map(t => {
                            const r = t.getBoundingClientRect();
                            return {text: t.textContent, label: t.classList.contains('chart-label'),
                                    px: parseFloat(getComputedStyle(t).fontSize) * scale,
                                    left: r.left - box.left, right: box.right - r.right};
                        });
                        """);
                assertTrue(texts.stream().filter(t -> (Boolean) t.get("label")).count() >= 2, page + ": the rows' names " + texts);
                for (Map<String, Object> t : texts) {
                    double px = ((Number) t.get("px")).doubleValue();
                    assertTrue(px >= 12, page + ": “" + t.get("text") + "” is drawn at " + px + " px on a phone");
                    assertTrue(((Number) t.get("left")).doubleValue() >= -0.5 && ((Number) t.get("right")).doubleValue() >= -0.5,
                            page + ": “" + t.get("text") + "” runs out of the chart " + t);
                }
                assertEquals("img", browser.findElement(By.cssSelector("figure.chart-figure svg")).getAttribute("role"));
                assertNoSidewaysScroll(browser, page);
            }
        } finally {
            Chromium.screenshot(browser, "statistics-chart-mobile");
        }
    }

    private static void assertNoSidewaysScroll(ChromeDriver browser, String page) {
        long client = (Long) browser.executeScript("return document.documentElement.clientWidth");
        long scroll = (Long) browser.executeScript("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");
        assertEquals(Chromium.MOBILE.width(), client, page + ": laid out at the phone's width");
        assertTrue(scroll <= client, page + " is " + scroll + " px wide on a " + client + " px phone");
    }
}
