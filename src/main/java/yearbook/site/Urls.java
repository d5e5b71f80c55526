package yearbook.site;

import yearbook.content.Article;
import yearbook.region.Region;
import yearbook.text.Pinyin;
import yearbook.theme.Theme;

/**
 * The site's addresses: readable ASCII, stable, each ending in '/' (a folder with an index.html), all under
 * the base path.
 * <ul>
 * <li>home {@code /}; volume {@code /2019/}; article {@code /2019/<slug>/} with the slug from the front
 * matter or the title's pinyin;</li>
 * <li>regions {@code /regions/} and {@code /regions/150623-etuokeqianqi/} (code keeps it unique, pinyin keeps
 * it readable);</li>
 * <li>a theme within a region {@code /regions/150623-etuokeqianqi/<theme id>/};</li>
 * <li>themes {@code /themes/} and {@code /themes/<id>/}.</li>
 * </ul>
 */
public final class Urls {
    static final int SLUG_LENGTH = 60;
    private final String base;

    public Urls(String basePath) {
        this.base = basePath;
    }

    public String home() {
        return base;
    }

    public String article(Article a) {
        String slug = a.slug() != null ? a.slug() : Pinyin.slug(a.title(), SLUG_LENGTH);
        if (slug.isEmpty()) {
            slug = "article";
        }
        return base + a.volume() + "/" + slug + "/";
    }

    public String volume(int number) {
        return base + number + "/";
    }

    public String regions() {
        return base + "regions/";
    }

    public String region(Region r) {
        String name = Pinyin.compact(r.name());
        return base + "regions/" + r.code() + (name.isEmpty() ? "" : "-" + name) + "/";
    }

    /** The articles of one theme within one region: a folder below the region's page. */
    public String regionTheme(Region r, Theme t) {
        return region(r) + t.id() + "/";
    }

    public String themes() {
        return base + "themes/";
    }

    public String theme(Theme t) {
        return base + "themes/" + t.id() + "/";
    }

    /** An asset file, by its path inside the content folder. */
    public String asset(String contentPath) {
        return base + contentPath;
    }
}
