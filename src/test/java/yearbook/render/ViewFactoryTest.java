package yearbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import yearbook.content.Article;
import yearbook.content.Source;
import yearbook.region.RegionCatalog;

class ViewFactoryTest {
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
}
