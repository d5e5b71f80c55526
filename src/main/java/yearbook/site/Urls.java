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
    /** The longest slug made from a title; cut at a word boundary. */
    static final int SLUG_LENGTH = 60;
    /** The slug of a title that has nothing to spell. */
    private static final String NO_SLUG = "article";
    private final String base;

    public Urls(String basePath) {
        this.base = basePath;
    }

    /**
     * Official romanizations where toneless pinyin is ambiguous: 陕西 is Shaanxi, so that it is not spelt as 山西
     * (Shanxi) is.
     */
    private static final java.util.Map<String, String> OFFICIAL = java.util.Map.of("陕西", " Shaanxi ");

    static String official(String text) {
        String t = text;
        for (java.util.Map.Entry<String, String> e : OFFICIAL.entrySet()) {
            t = t.replace(e.getKey(), e.getValue());
        }
        return t;
    }

    /**
     * A title's slug: its pinyin (with the {@linkplain #OFFICIAL official romanizations}), as the site spells
     * addresses; {@code article} when the title is null or has nothing to spell. Cut at a syllable's end.
     */
    public static String slug(String title) {
        return orNoSlug(title == null ? "" : Pinyin.slug(official(title), SLUG_LENGTH));
    }

    /** A title's slug in plain pinyin, as the importer names files (unchanged by the official romanizations). */
    static String fileSlug(String title) {
        return orNoSlug(title == null ? "" : Pinyin.slug(title, SLUG_LENGTH));
    }

    private static String orNoSlug(String slug) {
        return slug.isEmpty() ? NO_SLUG : slug;
    }

    /** A region's name as addresses and folder names spell it: pinyin run together, {@code etuokeqianqi}. */
    public static String regionName(Region r) {
        return Pinyin.compact(official(r.name()));
    }

    /**
     * The last part of a region's address as it was spelt before the official romanizations
     * ({@code 610000-shanxisheng}), or null when it is the same as today's: that address sends readers on.
     */
    public static String earlierRegionSlug(Region r) {
        String plain = Pinyin.compact(r.name());
        return plain.equals(regionName(r)) || plain.isEmpty() ? null : r.code() + "-" + plain;
    }

    /**
     * The last part of a region's address: code and name, {@code 150623-etuokeqianqi} (the code alone when the
     * name has nothing to spell).
     */
    public static String regionSlug(Region r) {
        String name = regionName(r);
        return r.code() + (name.isEmpty() ? "" : "-" + name);
    }

    public String home() {
        return base;
    }

    public String article(Article a) {
        String slug = a.slug() != null ? orNoSlug(a.slug()) : slug(a.title());
        return base + a.volume() + "/" + slug + "/";
    }

    public String volume(int number) {
        return base + number + "/";
    }

    /** The chronicle (大事记) of a volume. */
    public String chronicle(int volume) {
        return base + volume + "/chronicle/";
    }

    /** The picture section (图片) of a volume. */
    public String pictures(int volume) {
        return base + volume + "/pictures/";
    }

    /** An honour roll (先进名录) of a volume. */
    public String honourRoll(int volume, String slug) {
        return base + volume + "/honours/" + slug + "/";
    }

    /** A statistics table (统计资料) of a volume. */
    public String statTable(int volume, String slug) {
        return base + volume + "/statistics/" + slug + "/";
    }

    /** The addresses under a volume that belong to its parts, which no article may take. */
    public java.util.List<String> reserved(int volume) {
        return java.util.List.of(chronicle(volume), pictures(volume), base + volume + "/honours/", base + volume + "/statistics/");
    }

    public String regions() {
        return base + "regions/";
    }

    public String region(Region r) {
        return regions() + regionSlug(r) + "/";
    }

    /** The articles of one theme within one region: a folder below the region's page. */
    public String regionTheme(Region r, Theme t) {
        return region(r) + t.id() + "/";
    }

    public String themes() {
        return base + "themes/";
    }

    public String theme(Theme t) {
        return themes() + t.id() + "/";
    }

    /**
     * Page {@code number} of a list page at {@code url} (a volume, region, theme or region × theme page): the
     * list page itself for the first, {@code <url>page/<number>/} for the others, as Hugo's paginator.
     */
    public String listPage(String url, int number) {
        return number <= 1 ? url : url + "page/" + number + "/";
    }

    /** The search page. */
    public String search() {
        return base + "search/";
    }

    /** The Atom feed. */
    public String feed() {
        return base + "atom.xml";
    }

    /** The sitemap. */
    public String sitemap() {
        return base + "sitemap.xml";
    }

    /** The page shown for an address that does not exist. */
    public String notFound() {
        return base + "404.html";
    }

    /** The folder of the site's own files (style sheets, scripts, fonts), ending in '/'. */
    public String assets() {
        return base + "assets/";
    }

    /** An asset file, by its path inside the content folder. */
    public String asset(String contentPath) {
        return base + contentPath;
    }

    /** The path inside the site of one of its addresses ({@code 2019/wuhai/} for {@code /yb/2019/wuhai/}). */
    public String sitePath(String url) {
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /** A file the site makes, by its path inside the site ({@code pdf/yearbook-2019.pdf}). */
    public String file(String sitePath) {
        return base + sitePath;
    }
}
