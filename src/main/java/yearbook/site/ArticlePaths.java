package yearbook.site;

import yearbook.region.Region;
import yearbook.region.RegionCatalog;

/**
 * Where an article's file goes inside the content folder, as the importer and {@code yearbook new} place them:
 * {@code articles/<province code>-<province in pinyin>/<title in pinyin>.md}, e.g.
 * {@code articles/150000-neimengguzizhiqu/yi-si-xiang-ju-cuo-zhua-ji-ceng-qiang-ji-chu.md}.
 */
public final class ArticlePaths {
    private ArticlePaths() {
    }

    /** {@code articles/150000-neimengguzizhiqu}: the folder of the region's province. */
    public static String folder(RegionCatalog regions, Region region) {
        Region province = regions.chain(region).get(0);
        // plain pinyin, as files were always named: the official romanizations change addresses, not files
        return "articles/" + province.code() + "-" + yearbook.text.Pinyin.compact(province.name());
    }

    /** The file name (before {@code .md}) of an article with this title: {@linkplain Urls#slug its slug}. */
    public static String slug(String title) {
        return Urls.fileSlug(title);
    }
}
