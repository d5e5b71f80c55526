package yearbook.statistics;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import yearbook.config.Project;
import yearbook.content.ArticleReader;
import yearbook.content.FrontMatter;
import yearbook.content.PartFiles;
import yearbook.diag.Diagnostics;
import yearbook.diag.Msg;
import yearbook.region.Region;
import yearbook.yaml.YamlMap;

/**
 * Reads the statistics tables (统计资料) from {@code content/statistics/*.csv}: front matter between {@code ---}
 * lines as in an article (title, volume, unit, source, notes, region, the columns holding text, whether to draw a
 * chart), then the table as CSV, its first row the header. A row with more or fewer cells than the header, or a
 * cell that is not a number in a column of numbers, is an error at its line.
 */
public final class StatReader {
    /** The folder of the statistics tables inside the content folder. */
    public static final String FOLDER = "statistics";
    static final Set<String> FIELDS = Set.of("title", "volume", "unit", "source", "notes", "region", "textColumns", "chart");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private StatReader() {
    }

    /** Every table, in the order of the files' names. */
    public static List<StatTable> read(Path contentDir, Project project, Diagnostics diagnostics) {
        List<StatTable> tables = new ArrayList<>();
        for (PartFiles.File f : PartFiles.list(contentDir, FOLDER, Set.of(".csv"), diagnostics)) {
            Diagnostics local = new Diagnostics();
            Optional<StatTable> table = FrontMatter.split(f.path(), f.text(), local)
                    .flatMap(fm -> YamlMap.parse(f.path(), fm.yaml(), fm.yamlLine(), local)
                            .flatMap(y -> read(f.path(), y, fm, project)));
            local.all().forEach(diagnostics::add);
            if (!local.hasErrors()) {
                table.ifPresent(tables::add);
            }
        }
        return List.copyOf(tables);
    }

    private static Optional<StatTable> read(Path file, YamlMap y, FrontMatter fm, Project project) {
        Diagnostics d = y.diagnostics();
        y.rejectUnknown(FIELDS);
        String name = file.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        if (!SLUG.matcher(name).matches()) {
            d.error(file, 1, Msg.of("statistics.bad-file-name", file.getFileName().toString()));
        }
        Optional<String> title = y.string("title", true);
        Optional<Integer> volume = y.integer("volume", true, 1900, 2200);
        Region region = y.string("region", false)
                .map(r -> ArticleReader.region(project, file, y.line("region"), r, d)).orElse(null);
        List<String> textColumns = y.strings("textColumns");
        boolean chart = y.bool("chart", true);
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get()
                .parse(new StringReader(fm.body()))) {
            records = parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            d.error(file, fm.bodyLine(), Msg.of("statistics.unreadable", e.getMessage()));
            return Optional.empty();
        }
        records = records.stream().filter(r -> !(r.size() == 1 && r.get(0).isBlank())).toList();
        if (records.isEmpty()) {
            d.error(file, fm.bodyLine(), Msg.of("statistics.no-header"));
            return Optional.empty();
        }
        CSVRecord head = records.get(0);
        List<String> header = head.stream().map(String::strip).toList();
        for (String t : textColumns) {
            if (!header.contains(t)) {
                d.error(file, y.line("textColumns"), Msg.of("statistics.unknown-column", t, String.join("、", header)));
            }
        }
        List<Boolean> numeric = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            numeric.add(c > 0 && !textColumns.contains(header.get(c)));
        }
        List<StatTable.Row> rows = new ArrayList<>();
        int[] breaks = breaks(fm.body());
        for (CSVRecord r : records.subList(1, records.size())) {
            int line = lineOf(fm, breaks, r);
            if (r.size() != header.size()) {
                d.error(file, line, Msg.of("statistics.ragged-row", r.size(), header.size()));
                continue;
            }
            List<String> cells = r.stream().map(String::strip).toList();
            for (int c = 0; c < cells.size(); c++) {
                if (numeric.get(c) && !Numbers.valid(cells.get(c))) {
                    d.error(file, line, Msg.of("statistics.not-a-number", cells.get(c), header.get(c)));
                }
            }
            rows.add(new StatTable.Row(line, cells));
        }
        if (rows.isEmpty()) {
            d.error(file, lineOf(fm, breaks, head), Msg.of("statistics.no-rows"));
        }
        if (title.isEmpty() || volume.isEmpty()) {
            return Optional.empty();
        }
        List<String> notes = y.strings("notes");
        return Optional.of(new StatTable(file, name, title.get(), volume.get(), y.string("unit", false).orElse(null),
                y.string("source", false).orElse(null), notes, region, header, numeric, rows, chart));
    }

    /** The positions of the line breaks in {@code text}. */
    private static int[] breaks(String text) {
        return java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
    }

    /** The file line a record starts on: the body's first line plus the line breaks before the record. */
    private static int lineOf(FrontMatter fm, int[] breaks, CSVRecord r) {
        int at = java.util.Arrays.binarySearch(breaks, (int) r.getCharacterPosition());
        return fm.bodyLine() + (at >= 0 ? at : -at - 1);
    }
}
