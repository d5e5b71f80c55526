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
 */
public record VolumeView(int number, String name, String url, List<Integer> years, int count,
                         List<SectionView> sections, LinkView pdf, List<LinkView> parts, List<CountLink> toc,
                         Pager pager) {
    public VolumeView {
        toc = List.copyOf(toc);
        parts = List.copyOf(parts);
        years = List.copyOf(years);
        sections = List.copyOf(sections);
    }
}
