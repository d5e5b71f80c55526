package yearbook.render.view;

import java.util.List;

/**
 * A volume page ({@code volume} in volume.ftlh): its articles by province.
 *
 * @param pdf   the print yearbook of the whole volume, or null when no PDFs are made
 * @param parts the print yearbook's part for each province
 * @param sections the provinces' articles on this page (a list page shows {@code site.pageSize} articles)
 * @param toc   every province of the volume with its count, linking to where its articles start
 * @param pager where this page is among the volume's pages
 * @param contents the volume's other parts (特载, 大事记, 统计资料, 先进名录, 附录), on its first page only
 */
public record VolumeView(int number, String name, String url, List<Integer> years, int count,
                         List<SectionView> sections, LinkView pdf, List<LinkView> parts, List<CountLink> toc,
                         Pager pager, VolumePartsView contents) {
    public VolumeView {
        toc = List.copyOf(toc);
        parts = List.copyOf(parts);
        years = List.copyOf(years);
        sections = List.copyOf(sections);
    }
}
