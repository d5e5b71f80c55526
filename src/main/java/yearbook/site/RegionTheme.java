package yearbook.site;

import java.util.List;

import yearbook.theme.Theme;

/**
 * One theme within one region: the articles of the region (its own and its descendants') that carry the theme.
 *
 * @param url      the region × theme page: {@code /regions/150000-neimengguzizhiqu/model-workers/}
 * @param articles in site order; never empty
 */
public record RegionTheme(Theme theme, String url, List<Page> articles) {
    public RegionTheme {
        articles = List.copyOf(articles);
    }
}
