package yearbook.render.view;

import java.util.List;

/**
 * A volume's parts besides its regional sections ({@code volume.contents} in volume.ftlh), in the volume's order:
 * 特载, 大事记, 统计资料, 先进名录, 附录. Empty lists and a null chronicle when the volume has none.
 *
 * @param chronicle the chronicle's page with its number of entries, or null
 * @param statistics each table with its number of rows
 * @param honours   each honour roll with the number honoured
 * @param themes    the volume's themes with the number of its articles in each, linking to the theme's page
 * @param pictures  the picture section's page with its number of pictures, or null
 * @param order     the parts the volume shows, in the order of {@code volume.parts}: special, chronicle, themes,
 *                  regions, statistics, honours, appendix
 */
public record VolumePartsView(List<ArticleItem> special, CountLink chronicle, List<CountLink> statistics,
                              List<CountLink> honours, List<ArticleItem> appendix, List<CountLink> themes,
                              List<String> order, CountLink pictures) {
    public VolumePartsView {
        themes = List.copyOf(themes);
        order = List.copyOf(order);
        special = List.copyOf(special);
        statistics = List.copyOf(statistics);
        honours = List.copyOf(honours);
        appendix = List.copyOf(appendix);
    }

    public boolean isEmpty() {
        return special.isEmpty() && chronicle == null && statistics.isEmpty() && honours.isEmpty() && appendix.isEmpty();
    }
}
