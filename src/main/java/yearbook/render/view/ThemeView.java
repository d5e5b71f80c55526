package yearbook.render.view;

import java.util.List;

/**
 * A theme page ({@code theme} in theme.ftlh), or a theme in the theme index (without regions and years).
 *
 * @param regions the regions with the theme's articles: provinces, and below them prefectures and counties as far
 *                down as the list stays short; each with its count for the theme and its region × theme page
 *
 * <p>{@code years} holds this page's articles (a list page shows {@code site.pageSize} of them); {@code yearLinks}
 * every year of the whole list with its count, linking to where its articles start; {@code pager} where this page is.
 */
public record ThemeView(String id, String name, String description, String url, int count,
                        List<RegionTreeView> regions, List<YearGroup> years, List<CountLink> yearLinks, Pager pager) {
    public ThemeView {
        yearLinks = yearLinks == null ? List.of() : List.copyOf(yearLinks);
        regions = List.copyOf(regions);
        years = List.copyOf(years);
    }
}
