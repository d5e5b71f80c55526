package yearbook.render.view;

import java.util.List;

import yearbook.config.VolumePart;

/**
 * A volume page ({@code volume} in volume.ftlh): its parts, its articles by theme and by province.
 *
 * @param pdf   the print yearbook of the whole volume, or null when no PDFs are made
 * @param parts the print yearbook's part for each province
 * @param sections the provinces' articles on this page (a list page shows {@code site.pageSize} articles)
 * @param toc   every province of the volume with its count, linking to where its articles start
 * @param pager where this page is among the volume's pages
 * @param contents the volume's other parts (图片, 特载, 大事记, 统计资料, 先进名录, 附录), on its first page only
 * @param themes   when the volume is arranged by theme (工作综述), the themes' articles on this page, each article
 *                 under its first theme, linking to the theme's page (其他, for those without a theme, to none)
 * @param themeToc every theme of the volume with its count, linking to where its articles start
 * @param order    the parts this page shows, in the order of {@code volume.parts}: pictures, special, chronicle,
 *                 themes, regions, statistics, honours, appendix (a later page shows only themes and regions)
 */
public record VolumeView(int number, String name, String url, List<Integer> years, int count,
                         List<SectionView> sections, LinkView pdf, List<LinkView> parts, List<CountLink> toc,
                         Pager pager, VolumePartsView contents, List<SectionView> themes, List<CountLink> themeToc,
                         List<String> order) {
    public VolumeView {
        toc = List.copyOf(toc);
        parts = List.copyOf(parts);
        years = List.copyOf(years);
        sections = List.copyOf(sections);
        themes = List.copyOf(themes);
        themeToc = List.copyOf(themeToc);
        order = List.copyOf(order);
    }

    /** The last part of this page that lists articles (themes or regions), after which the pager stands; null if none. */
    public String lastList() {
        String last = null;
        for (String part : order) {
            if (part.equals(VolumePart.THEMES.id()) || part.equals(VolumePart.REGIONS.id())) {
                last = part;
            }
        }
        return last;
    }
}
