package yearbook.render.view;

import java.util.List;

/**
 * A theme page ({@code theme} in theme.ftlh), or a theme in the theme index (without regions and years).
 *
 * @param regions the regions with the theme's articles: provinces, and below them prefectures and counties as far
 *                down as the list stays short; each with its count for the theme and its region × theme page
 */
public record ThemeView(String id, String name, String description, String url, int count,
                        List<RegionTreeView> regions, List<YearGroup> years) {
    public ThemeView {
        regions = List.copyOf(regions);
        years = List.copyOf(years);
    }
}
