package yearbook.content;

import yearbook.region.Region;
import yearbook.region.RegionCatalog;
import yearbook.text.Pinyin;

/**
 * Where an article's file goes inside the content folder, as the importer and {@code yearbook new} place them:
 * {@code articles/<province code>-<province in pinyin>/<title in pinyin>.md}, e.g.
 * {@code articles/150000-neimengguzizhiqu/yi-si-xiang-ju-cuo-zhua-ji-ceng-qiang-ji-chu.md}.
 */
public final class ArticlePaths {
    /** The longest file name made from a title, before {@code .md}; cut at a word boundary. */
    public static final int SLUG_LENGTH = 60;

    private ArticlePaths() {
    }

    /** {@code articles/150000-neimengguzizhiqu}: the folder of the region's province. */
    public static String folder(RegionCatalog regions, Region region) {
        Region province = regions.chain(region).get(0);
        return "articles/" + province.code() + "-" + Pinyin.compact(province.name());
    }

    /** The title's pinyin, as the site spells addresses; {@code article} when the title has nothing to spell. */
    public static String slug(String title) {
        String slug = title == null ? "" : Pinyin.slug(title, SLUG_LENGTH);
        return slug.isEmpty() ? "article" : slug;
    }
}
