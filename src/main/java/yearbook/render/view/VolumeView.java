package yearbook.render.view;

import java.util.List;

/**
 * A volume page ({@code volume} in volume.ftlh): its articles by province.
 *
 * @param pdf   the print yearbook of the whole volume, or null when no PDFs are made
 * @param parts the print yearbook's part for each province
 */
public record VolumeView(int number, String name, String url, List<Integer> years, int count,
                         List<SectionView> sections, LinkView pdf, List<LinkView> parts) {
    public VolumeView {
        parts = List.copyOf(parts);
        years = List.copyOf(years);
        sections = List.copyOf(sections);
    }
}
