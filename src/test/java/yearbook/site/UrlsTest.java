package yearbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import yearbook.region.Level;
import yearbook.region.Region;

class UrlsTest {
    private final Urls urls = new Urls("/yb/");

    @Test
    void titleSlugIsPinyinOrArticle() {
        assertEquals("wu-hai-shi-zong-gong-hui", Urls.slug("乌海市总工会"));
        assertEquals("article", Urls.slug("——"));
        assertEquals("article", Urls.slug(null));
        assertEquals("wu-hai-shi-zong-gong-hui", ArticlePaths.slug("乌海市总工会"));
    }

    @Test
    void regionSlugIsCodeAndName() {
        Region r = new Region("150623", "鄂托克前旗", Level.COUNTY, "150600");
        assertEquals("150623-etuokeqianqi", Urls.regionSlug(r));
        assertEquals("/yb/regions/150623-etuokeqianqi/", urls.region(r));
        assertEquals("150623", Urls.regionSlug(new Region("150623", "——", Level.COUNTY, "150600")));
    }

    @Test
    void fixedAddressesAreUnderTheBasePath() {
        assertEquals("/yb/", urls.home());
        assertEquals("/yb/regions/", urls.regions());
        assertEquals("/yb/themes/", urls.themes());
        assertEquals("/yb/search/", urls.search());
        assertEquals("/yb/atom.xml", urls.feed());
        assertEquals("/yb/sitemap.xml", urls.sitemap());
        assertEquals("/yb/404.html", urls.notFound());
        assertEquals("/yb/assets/", urls.assets());
    }
}
