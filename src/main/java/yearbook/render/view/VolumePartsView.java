package yearbook.render.view;

import java.util.List;

/**
 * A volume's parts besides its regional sections ({@code volume.contents} in volume.ftlh), in the volume's order:
 * 特载, 大事记, 统计资料, 先进名录, 附录. Empty lists and a null chronicle when the volume has none.
 *
 * @param chronicle the chronicle's page with its number of entries, or null
 * @param statistics each table with its number of rows
 * @param honours   each honour roll with the number honoured
 */
public record VolumePartsView(List<ArticleItem> special, CountLink chronicle, List<CountLink> statistics,
                              List<CountLink> honours, List<ArticleItem> appendix) {
    public VolumePartsView {
        special = List.copyOf(special);
        statistics = List.copyOf(statistics);
        honours = List.copyOf(honours);
        appendix = List.copyOf(appendix);
    }

    public boolean isEmpty() {
        return special.isEmpty() && chronicle == null && statistics.isEmpty() && honours.isEmpty() && appendix.isEmpty();
    }
}
