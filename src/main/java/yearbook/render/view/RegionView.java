package yearbook.render.view;

import java.util.List;

/**
 * A region page ({@code region} in region.ftlh): its ancestors, its sub-regions with article counts, and its
 * own and its descendants' articles grouped by covered year (latest first).
 *
 * @param level 省级, 地级 or 县级
 * @param themes the themes of its articles, in the vocabulary's order, with counts, linking to the region × theme
 *               pages
 * @param pdfs   for a province: its part of each volume's print yearbook
 *
 * <p>{@code years} holds this page's articles (a list page shows {@code site.pageSize} of them); {@code yearLinks}
 * every year of the whole list with its count, linking to where its articles start; {@code pager} where this page is.
 * {@code events} are the chronicle entries about the region or the regions below it, {@code honoured} the people
 * and collectives honoured there (both on the first page only, newest volume first).
 */
public record RegionView(String name, String code, String level, List<LinkView> ancestors,
                         List<RegionTreeView> children, int count, List<CountLink> themes, List<YearGroup> years,
                         List<LinkView> pdfs, List<CountLink> yearLinks, Pager pager, List<EventView> events,
                         List<HonouredView> honoured) {
    public RegionView {
        events = List.copyOf(events);
        honoured = List.copyOf(honoured);
        yearLinks = List.copyOf(yearLinks);
        themes = List.copyOf(themes);
        pdfs = List.copyOf(pdfs);
        ancestors = List.copyOf(ancestors);
        children = List.copyOf(children);
        years = List.copyOf(years);
    }
}
