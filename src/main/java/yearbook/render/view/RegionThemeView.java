package yearbook.render.view;

import java.util.List;

/**
 * A region × theme page ({@code regionTheme} in region-theme.ftlh): the articles of one region (its own and its
 * descendants') that carry one theme, grouped by covered year (latest first).
 *
 * @param code        the region's code
 * @param themeId     the theme's id
 * @param region      the region's own page
 * @param theme       the theme's page (all regions)
 * @param level       省级, 地级 or 县级
 * @param ancestors   the regions above, province first, linking to their region pages (for breadcrumbs)
 * @param parent      the same theme in the region above, or null for a province
 * @param children    sub-regions with this theme's articles, each with its count and its region × theme page
 * @param count       the articles listed here
 * @param regionCount all the region's articles, whatever their themes
 *
 * <p>{@code years} holds this page's articles (a list page shows {@code site.pageSize} of them); {@code yearLinks}
 * every year of the whole list with its count, linking to where its articles start; {@code pager} where this page is.
 */
public record RegionThemeView(String code, String themeId, String level, LinkView region, LinkView theme, String description,
                              List<LinkView> ancestors, LinkView parent, List<RegionTreeView> children, int count,
                              int regionCount, List<YearGroup> years, List<CountLink> yearLinks, Pager pager) {
    public RegionThemeView {
        yearLinks = List.copyOf(yearLinks);
        ancestors = List.copyOf(ancestors);
        children = List.copyOf(children);
        years = List.copyOf(years);
    }
}
