package yearbook.render.view;

import java.util.List;

import yearbook.statistics.StatTable;

/**
 * A statistics table's page ({@code table} in statistics.ftlh).
 *
 * @param unit   单位, or null
 * @param source 资料来源, or null
 * @param header the column headings, each marked when its column holds numbers (right-aligned)
 * @param rows   the rows: each cell's text (numbers grouped by three) and whether it is a number
 * @param chart  a bar chart as SVG (print with ?no_esc), or null when the table has none
 */
public record StatTableView(String title, String volume, String volumeUrl, String unit, String source,
                            List<String> notes, LinkView region, List<StatTable.Cell> header,
                            List<List<StatTable.Cell>> rows,
                            String chart) {
    public StatTableView {
        notes = List.copyOf(notes);
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
