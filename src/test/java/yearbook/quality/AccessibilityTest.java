package yearbook.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
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
import org.openqa.selenium.logging.LogType;

import yearbook.serve.SiteServer;
import yearbook.testing.Axe;
import yearbook.testing.Chromium;
import yearbook.testing.RepositorySite;

/**
 * Each kind of page of the repository's yearbook, served over HTTP and shown in headless Chromium on a
 * laptop and on a phone, breaks none of axe-core's rules (WCAG 2 A and AA, and its best practices).
 */
class AccessibilityTest {
    @TempDir
    static Path dir;
    static Map<String, String> kinds;
    static SiteServer server;

    @BeforeAll
    static void serve() throws Exception {
        Path site = RepositorySite.build(dir);
        kinds = new java.util.TreeMap<>(RepositorySite.pageOfEachKind(site));
        // a later page of each kind of list page, from the same yearbook with one article per page, served beside it
        Path paged = RepositorySite.buildPaginated(dir, 1);
        RepositorySite.laterPageOfEachKind(paged).forEach((kind, page) -> kinds.put(kind + " (page 2 or later)", "/paged" + page));
        java.nio.file.Files.move(paged, site.resolve("paged"));
        server = SiteServer.start(site, 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyKindOfPageIsChecked() {
        assertTrue(kinds.keySet().containsAll(RepositorySite.KINDS), kinds.toString());
        for (String kind : RepositorySite.PAGINATED_KINDS) {
            assertTrue(kinds.containsKey(kind + " (page 2 or later)"), kinds.toString());
        }
    }

    @TestFactory
    Stream<DynamicTest> noViolations() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Chromium.Viewport viewport : List.of(Chromium.DESKTOP, Chromium.MOBILE)) {
            kinds.forEach((kind, page) -> tests.add(DynamicTest.dynamicTest(kind + " at " + viewport.width() + " px", () -> {
                ChromeDriver browser = Chromium.driver();
                Chromium.viewport(browser, viewport);
                browser.get(server.uri().resolve(page).toString());
                assertEquals(List.of(), Axe.run(browser), page + " at " + viewport.width() + " px");
            })));
        }
        return tests.stream();
    }

    /**
     * No page logs an error in the browser's console: in particular no request in vain for /favicon.ico, which
     * every browser asks for (the site has one, linked from every page).
     */
    @TestFactory
    Stream<DynamicTest> noConsoleErrors() {
        List<DynamicTest> tests = new ArrayList<>();
        kinds.forEach((kind, page) -> tests.add(DynamicTest.dynamicTest(kind, () -> {
            ChromeDriver browser = Chromium.driver();
            browser.manage().logs().get(LogType.BROWSER); // forget the earlier pages'
            browser.get(server.uri().resolve(page).toString());
            assertEquals("image/x-icon", ((String) browser.executeAsyncScript("""
                    var done = arguments[arguments.length - 1];
                    var link = document.querySelector('link[rel="icon"]');
                    fetch(link.href).then(r => done(r.ok ? r.headers.get('content-type') : 'status ' + r.status),
                                          e => done(String(e)));
                    """)), page + ": the linked icon");
            List<String> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                    .map(e -> e.getMessage()).toList();
            assertEquals(List.of(), severe, page);
        })));
        return tests.stream();
    }
}
