package yearbook.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildResult;
import yearbook.pipeline.BuildService;
import yearbook.pipeline.Progress;
import yearbook.serve.SiteServer;
import yearbook.testing.Axe;
import yearbook.testing.Chromium;
import yearbook.testing.NuChecker;
import yearbook.testing.TestFiles;

/**
 * An article with pictures (figures with captions, one in a quotation, a picture in a line of text, pictures far
 * wider than a phone) is valid HTML, breaks none of axe-core's rules on a laptop and on a phone, does not scroll
 * sideways on a phone, and its pictures load, the smaller copies included.
 */
class PicturesBrowserTest {
    static final String PAGE = "/2019/tupian/";

    @TempDir
    static Path dir;
    static Path site;
    static SiteServer server;

    @BeforeAll
    static void build() throws Exception {
        yearbook.pipeline.PicturesTest.picture(dir.resolve("content/nm/img/meeting.jpg"), 2400, 1400, "jpg");
        yearbook.pipeline.PicturesTest.picture(dir.resolve("content/nm/img/chart.png"), 900, 500, "png");
        yearbook.pipeline.PicturesTest.picture(dir.resolve("content/nm/img/badge.png"), 40, 40, "png");
        TestFiles.write(dir, TestFiles.BASICS.replace("https://example.org/yb/", "https://example.org/") + """
                -- content/nm/tupian.md --
                ---
                title: 乌海市总工会召开职工代表大会
                organization: 乌海市总工会
                region: 150300
                year: 2018
                slug: tupian
                ---
                乌海市总工会召开第三届职工代表大会，审议通过工作报告。

                ![乌海市总工会第三届职工代表大会会场](img/meeting.jpg)

                会议表彰了先进集体![奖章](img/badge.png)和先进个人。

                > ![2018年会员人数](img/chart.png "全市工会会员人数逐年增长")

                会议号召全市职工建功新时代。
                -- content/pictures/2019.yaml --
                volume: 2019
                pictures:
                  - file: nm/img/meeting.jpg
                    caption: 乌海市总工会第三届职工代表大会会场。
                    alt: 会场全景，代表们坐在台下。
                  - file: nm/img/chart.png
                    caption: 全市工会会员人数。
                    alt: 会员人数的条形图。
                """);
        BuildResult r = new BuildService("t").build(new BuildOptions(dir.resolve("content"), TestFiles.templates(),
                dir.resolve("site"), true, false, null), Progress.NONE);
        assertEquals(List.of(), r.warnings());
        site = dir.resolve("site");
        server = SiteServer.start(site, 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theArticleWithPicturesIsValidHtml() throws Exception {
        String html = TestFiles.read(site.resolve("2019/tupian/index.html"));
        assertTrue(html.contains("<figure>") && html.contains("srcset="), html);
        assertEquals(List.of(), NuChecker.shared().check(site.resolve("2019/tupian/index.html")));
    }

    @Test
    void theVolumesPictureSectionIsValidAndAccessibleOnALaptopAndAPhone() throws Exception {
        assertEquals(List.of(), NuChecker.shared().check(site.resolve("2019/pictures/index.html")));
        for (Chromium.Viewport viewport : List.of(Chromium.DESKTOP, Chromium.MOBILE)) {
            ChromeDriver browser = Chromium.driver();
            Chromium.viewport(browser, viewport);
            browser.get(server.uri().resolve("/2019/pictures/").toString());
            browser.executeScript("window.scrollTo(0, document.body.scrollHeight);");
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20)).until(b ->
                    (Boolean) browser.executeScript("return [...document.images].every(i => i.complete && i.naturalWidth > 0);"));
            assertEquals(List.of(), Axe.run(browser), "the picture section at " + viewport.width() + " px");
            long client = (Long) browser.executeScript("return document.documentElement.clientWidth");
            long scroll = (Long) browser.executeScript(
                    "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");
            assertTrue(scroll <= client, "the picture section is " + scroll + " px wide at " + client + " px");
            Object shown = browser.executeScript(
                    "return [...document.querySelectorAll('figure.plate img')].map(i => Math.round(i.getBoundingClientRect().width / i.getBoundingClientRect().height * 100));");
            assertEquals(List.of(171L, 180L), shown, "each picture in its own proportions");
        }
    }

    @TestFactory
    Stream<DynamicTest> noAccessibilityViolationsNoSidewaysScrollAndEveryPictureLoads() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Chromium.Viewport viewport : List.of(Chromium.DESKTOP, Chromium.MOBILE)) {
            tests.add(DynamicTest.dynamicTest("at " + viewport.width() + " px", () -> {
                ChromeDriver browser = Chromium.driver();
                Chromium.viewport(browser, viewport);
                browser.get(server.uri().resolve(PAGE).toString());
                // lazy pictures load as they come near the screen: scroll through the page
                browser.executeScript("window.scrollTo(0, document.body.scrollHeight);");
                new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20)).until(b ->
                        (Boolean) browser.executeScript("return [...document.images].every(i => i.complete);"));
                assertEquals(List.of(), Axe.run(browser), PAGE + " at " + viewport.width() + " px");
                long client = (Long) browser.executeScript("return document.documentElement.clientWidth");
                long scroll = (Long) browser.executeScript(
                        "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");
                assertTrue(scroll <= client, PAGE + " is " + scroll + " px wide at " + client + " px");
                Object broken = browser.executeScript(
                        "return [...document.querySelectorAll('.body img')].filter(i => !(i.naturalWidth > 0)).map(i => i.currentSrc);");
                assertEquals(List.of(), broken, "pictures that did not load");
                Object shown = browser.executeScript(
                        "return [...document.querySelectorAll('.body img')].map(i => Math.round(i.getBoundingClientRect().width / i.getBoundingClientRect().height * 100));");
                // each shown in its own proportions (width and height given, the height follows the width)
                assertEquals(List.of(171L, 100L, 180L), shown, "width / height × 100 of each picture as shown");
            }));
        }
        return tests.stream();
    }
}
