package yearbook.render.view;

import java.util.List;

/**
 * A volume's parts besides its articles arranged by theme and by region ({@code volume.contents} in volume.ftlh):
 * 图片, 特载, 大事记, 统计资料, 先进名录, 附录. Empty lists and a null chronicle when the volume has none.
 *
 * @param chronicle the chronicle's page with its number of entries, or null
 * @param statistics each table with its number of rows
 * @param honours   each honour roll with the number honoured
 * @param pictures  the picture section's page with its number of pictures, or null
 */
public record VolumePartsView(List<ArticleItem> special, CountLink chronicle, List<CountLink> statistics,
                              List<CountLink> honours, List<ArticleItem> appendix, CountLink pictures) {
    public VolumePartsView {
        special = List.copyOf(special);
        statistics = List.copyOf(statistics);
        honours = List.copyOf(honours);
        appendix = List.copyOf(appendix);
    }
}
