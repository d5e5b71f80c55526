package yearbook.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import yearbook.serve.SiteServer;
import yearbook.testing.Chromium;
import yearbook.testing.RepositorySite;

/**
 * The repository's yearbook fits a phone: no kind of page scrolls sideways at 360 px. Screenshots of the
 * home, a region and an article page on a phone and a laptop go to target/screenshots/ for a person to look at.
 */
class LayoutTest {
    @TempDir
    static Path dir;
    static Map<String, String> kinds;
    static SiteServer server;

    @BeforeAll
    static void serve() throws Exception {
        Path site = RepositorySite.build(dir);
        kinds = RepositorySite.pageOfEachKind(site);
        server = SiteServer.start(site, 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static ChromeDriver open(String page, Chromium.Viewport viewport) {
        ChromeDriver browser = Chromium.driver();
        Chromium.viewport(browser, viewport);
        browser.get(server.uri().resolve(page).toString());
        return browser;
    }

    @TestFactory
    Stream<DynamicTest> noPageScrollsSidewaysOnAPhone() {
        assertTrue(kinds.keySet().containsAll(RepositorySite.KINDS), kinds.toString());
        return kinds.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey() + " " + e.getValue(), () -> {
            ChromeDriver browser = open(e.getValue(), Chromium.MOBILE);
            long client = (Long) browser.executeScript("return document.documentElement.clientWidth");
            long scroll = (Long) browser.executeScript(
                    "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");
            assertTrue(client == Chromium.MOBILE.width(), "the page is laid out " + client + " px wide");
            if (scroll > client) {
                Object widest = browser.executeScript("""
                        const w = document.documentElement.clientWidth;
                        return [...document.querySelectorAll('body *')]
                            .filter(el => el.getBoundingClientRect().right > w)
                            .slice(0, 5).map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : '')
                                + ' right edge at ' + Math.round(el.getBoundingClientRect().right) + ' px');
                        """);
                Chromium.screenshot(browser, "overflow-" + e.getKey() + "-mobile");
                throw new AssertionError(e.getValue() + " is " + scroll + " px wide on a " + client
                        + " px phone; too wide: " + widest);
            }
        }));
    }

    @Test
    void screenshots() throws Exception {
        for (String kind : List.of("home", "region", "article")) {
            for (Chromium.Viewport viewport : List.of(Chromium.MOBILE, Chromium.DESKTOP)) {
                ChromeDriver browser = open(kinds.get(kind), viewport);
                Path png = Chromium.screenshot(browser, kind + "-" + (viewport.mobile() ? "mobile" : "desktop"));
                assertTrue(Files.size(png) > 1000, png + " is an image of the page");
            }
        }
    }
}
