package yearbook.chronicle;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yearbook.config.Project;
import yearbook.content.ArticleReader;
import yearbook.content.PartFiles;
import yearbook.diag.Diagnostics;
import yearbook.diag.Msg;
import yearbook.region.Region;
import yearbook.yaml.YamlMap;

/**
 * Reads the chronicles (大事记) from {@code content/chronicle/*.yaml}: each file names its volume and lists its
 * entries, each with a date ({@code 2018-01-15}, or {@code 2018-01} when only the month is known), the text, and
 * optionally the region and the article it concerns. Every problem is reported at its line.
 */
public final class ChronicleReader {
    /** The folder of the chronicles inside the content folder. */
    public static final String FOLDER = "chronicle";
    static final Set<String> FIELDS = Set.of("volume", "entries");
    static final Set<String> ENTRY_FIELDS = Set.of("date", "text", "region", "article", "draft");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-年/.](\\d{1,2})(?:月)?(?:[-/.](\\d{1,2})|(\\d{1,2})日)?");

    private ChronicleReader() {
    }

    /** Every entry of every chronicle file, in date order; drafts are kept (the site leaves them out). */
    public static List<ChronicleEntry> read(Path contentDir, Project project, Diagnostics diagnostics) {
        List<ChronicleEntry> entries = new ArrayList<>();
        for (PartFiles.File f : PartFiles.list(contentDir, FOLDER, Set.of(".yaml", ".yml"), diagnostics)) {
            YamlMap.parse(f.path(), f.text(), 0, diagnostics).ifPresent(y -> read(f.path(), y, project, entries));
        }
        entries.sort(ChronicleEntry.ORDER);
        return List.copyOf(entries);
    }

    private static void read(Path file, YamlMap y, Project project, List<ChronicleEntry> out) {
        Diagnostics d = y.diagnostics();
        y.rejectUnknown(FIELDS);
        Optional<Integer> volume = y.integer("volume", true, 1900, 2200);
        if (!y.has("entries")) {
            d.error(file, y.line(), Msg.of("missing-field", "entries"));
        }
        for (YamlMap e : y.maps("entries")) {
            e.rejectUnknown(ENTRY_FIELDS);
            Optional<String> dateText = e.string("date", true);
            Optional<String> text = e.string("text", true);
            Region region = e.string("region", false)
                    .map(r -> ArticleReader.region(project, file, e.line("region"), r, d)).orElse(null);
            String article = e.string("article", false).map(a -> a.startsWith("/") ? a.substring(1) : a).orElse(null);
            boolean draft = e.bool("draft", false);
            if (dateText.isEmpty() || text.isEmpty() || volume.isEmpty()) {
                continue;
            }
            Matcher m = DATE.matcher(dateText.get());
            if (!m.matches()) {
                d.error(file, e.line("date"), Msg.of("chronicle.bad-date", dateText.get()));
                continue;
            }
            try {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                String dayText = m.group(3) != null ? m.group(3) : m.group(4);
                int day = dayText == null ? 0 : Integer.parseInt(dayText);
                if (day > 0) {
                    month.atDay(day); // throws for 2月30日
                }
                out.add(new ChronicleEntry(file, e.line(), volume.get(), month, day, text.get(), region, article,
                        e.line("article"), draft));
            } catch (DateTimeException ex) {
                d.error(file, e.line("date"), Msg.of("chronicle.no-such-date", dateText.get()));
            }
        }
    }
}
