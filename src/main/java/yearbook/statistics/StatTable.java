package yearbook.statistics;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import yearbook.region.Region;

/**
 * A statistics table (统计资料) of a volume, kept as CSV: a title, the unit, the source and notes, a header row
 * and the rows. The first column names the rows; the others hold numbers unless the editor says they hold text.
 *
 * @param file    the CSV file
 * @param slug    its name in addresses: the file's name without {@code .csv}
 * @param unit    单位 (个、人、万元), or null
 * @param source  资料来源, or null
 * @param notes   注, one per line
 * @param region  the region the table is about, or null
 * @param header  the column headings
 * @param numeric for each column, whether it holds numbers
 * @param rows    the data rows, each as many cells as the header
 */
public record StatTable(Path file, String slug, String title, int volume, String unit, String source,
                        List<String> notes, Region region, List<String> header, List<Boolean> numeric, List<Row> rows,
                        boolean chart) {
    public StatTable {
        notes = List.copyOf(notes);
        header = List.copyOf(header);
        numeric = List.copyOf(numeric);
        rows = List.copyOf(rows);
    }

    /** A row: the line it is written on and its cells as written (numbers without grouping). */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The number in a cell, or null when it is empty or says there is none (—, -, …). */
        public BigDecimal number(int column) {
            return Numbers.parse(cells.get(column));
        }
    }

    /** A cell as shown: its text (a number with its digits grouped) and whether it holds a number. */
    public record Cell(String text, boolean numeric) {
    }

    /** The header as shown: each heading marked when its column holds numbers. */
    public List<Cell> headerCells() {
        return java.util.stream.IntStream.range(0, header.size()).mapToObj(c -> new Cell(header.get(c), numeric.get(c))).toList();
    }

    /** The rows as shown: numbers grouped by three, other cells as written. */
    public List<List<Cell>> shownRows() {
        return rows.stream().map(r -> java.util.stream.IntStream.range(0, r.cells().size())
                .mapToObj(c -> new Cell(numeric.get(c) ? Numbers.format(r.cells().get(c)) : r.cells().get(c), numeric.get(c)))
                .toList()).toList();
    }

    /** The columns that hold numbers: those a chart can draw. */
    public List<Integer> numericColumns() {
        return java.util.stream.IntStream.range(0, numeric.size()).filter(numeric::get).boxed().toList();
    }
}
