package yearbook.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import yearbook.testing.NuChecker;
import yearbook.testing.RepositorySite;

/** Every page of the repository's yearbook is valid HTML by the Nu Html Checker, and so is its stylesheet. */
class HtmlValidityTest {
    @TempDir
    static Path dir;
    static Path site;
    static Path paged;

    @BeforeAll
    static void build() {
        site = RepositorySite.build(dir);
        paged = RepositorySite.buildPaginated(dir, 1);
    }

    @Test
    void everyKindOfListPageIsCheckedOnALaterPage() {
        assertEquals(new java.util.TreeSet<>(RepositorySite.PAGINATED_KINDS),
                RepositorySite.laterPageOfEachKind(paged).keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyPageOfThePaginatedSiteIsValid() {
        return RepositorySite.pages(paged).stream().map(page -> DynamicTest.dynamicTest("paginated " + page,
                () -> assertEquals(List.of(), NuChecker.shared().check(RepositorySite.file(paged, page)), page)));
    }

    @Test
    void everyKindOfPageIsChecked() {
        Map<String, String> kinds = RepositorySite.pageOfEachKind(site);
        assertTrue(kinds.keySet().containsAll(RepositorySite.KINDS), kinds.toString());
        assertTrue(RepositorySite.pages(site).size() >= 30, RepositorySite.pages(site).toString());
    }

    @TestFactory
    Stream<DynamicTest> everyPageIsValid() {
        return RepositorySite.pages(site).stream().map(page -> DynamicTest.dynamicTest(page,
                () -> assertEquals(List.of(), NuChecker.shared().check(RepositorySite.file(site, page)), page)));
    }

    @Test
    void theStylesheetIsValidCss() {
        assertEquals(List.of(), NuChecker.shared().checkCss(site.resolve("assets/style.css")));
    }
}
