package yearbook.render.view;

import java.util.List;

/** A volume page ({@code volume} in volume.ftlh): its articles by province. */
public record VolumeView(int number, String name, String url, List<Integer> years, int count,
                         List<SectionView> sections) {
    public VolumeView {
        years = List.copyOf(years);
        sections = List.copyOf(sections);
    }
}
