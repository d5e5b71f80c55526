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
 */
public record RegionView(String name, String code, String level, List<LinkView> ancestors,
                         List<RegionTreeView> children, int count, List<CountLink> themes, List<YearGroup> years,
                         List<LinkView> pdfs) {
    public RegionView {
        themes = List.copyOf(themes);
        pdfs = List.copyOf(pdfs);
        ancestors = List.copyOf(ancestors);
        children = List.copyOf(children);
        years = List.copyOf(years);
    }
}
