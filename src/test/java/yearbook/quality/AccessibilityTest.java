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
}
