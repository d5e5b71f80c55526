package yearbook.importer.output;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The chronicle candidates of one volume as the import writes them, {@code chronicle/<volume>-import.yaml}: a
 * comment saying what the file is, {@code volume:}, and {@code entries:}, each with {@code date:} (YYYY-MM-DD, or
 * YYYY-MM for an event known to the month), {@code text:}, and when known {@code region:} (a region code) and
 * {@code article:} (the content path of the article it came from), and {@code draft: true}. The last line,
 * {@code # import-hash: sha256:…}, is the hash of everything above it, as in an article: a file whose hash still
 * matches has not been touched since the import, and only such a file is ever rewritten without {@code --force}.
 * Entries are kept in date order, each once (the same date and text are the same entry).
 */
public final class ChronicleFile {
    private static final String HASH_PREFIX = "# import-hash: sha256:";
    private static final Pattern HASH_LINE = Pattern.compile("^# import-hash: sha256:([0-9a-f]{64})\\n?", Pattern.MULTILINE);
    /** Text YAML reads as it stands, unquoted: no indicator first, no {@code : } or {@code  #}, no quotes or escapes. */
    private static final Pattern PLAIN = Pattern.compile("[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@`][^\"'\\\\\\n\\t]*[^\\s:]|[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@`]");

    private ChronicleFile() {
    }

    /** One candidate: its date (YYYY-MM-DD or YYYY-MM), text, region code and article path (either may be null). */
    public record Entry(String date, String text, String region, String article) {
        String key() {
            return date + "\n" + text.replaceAll("\\s+", "");
        }
    }

    /** The file's text for {@code volume} holding {@code entries}, as given (see {@link #merge}). */
    public static String render(int volume, List<Entry> entries) {
        StringBuilder sb = new StringBuilder();
        sb.append("# 大事记 candidates found by import; review, then move entries into ").append(volume).append(".yaml\n");
        sb.append("volume: ").append(volume).append('\n');
        sb.append("entries:").append(entries.isEmpty() ? " []\n" : "\n");
        for (Entry e : entries) {
            sb.append("  - date: ").append(e.date()).append('\n');
            sb.append("    text: ").append(scalar(e.text())).append('\n');
            if (e.region() != null) {
                sb.append("    region: \"").append(e.region()).append("\"\n");
            }
            if (e.article() != null) {
                sb.append("    article: ").append(scalar(e.article())).append('\n');
            }
            sb.append("    draft: true\n");
        }
        return sb + HASH_PREFIX + ArticleFile.sha256(sb.toString()) + "\n";
    }

    /** The entries of both lists, each once, in date order (the earlier list's first among the same date). */
    public static List<Entry> merge(List<Entry> existing, List<Entry> found) {
        Map<String, Entry> all = new LinkedHashMap<>();
        for (Entry e : existing) {
            all.putIfAbsent(e.key(), e);
        }
        for (Entry e : found) {
            all.putIfAbsent(e.key(), e);
        }
        List<Entry> out = new ArrayList<>(all.values());
        out.sort(Comparator.comparing(Entry::date));
        return out;
    }

    /** Whether a file found there was written by the import and left as it was ({@link ArticleFile.Existing}). */
    public static ArticleFile.Existing classify(Optional<String> existing) {
        if (existing.isEmpty()) {
            return ArticleFile.Existing.NONE;
        }
        String text = existing.get();
        Matcher m = HASH_LINE.matcher(text);
        if (!m.find()) {
            return ArticleFile.Existing.FOREIGN;
        }
        String rest = text.substring(0, m.start()) + text.substring(m.end());
        return ArticleFile.sha256(rest).equals(m.group(1)) ? ArticleFile.Existing.UNTOUCHED : ArticleFile.Existing.EDITED;
    }

    /** The entries of a file as YAML reads it; empty when it holds none or cannot be read. */
    public static List<Entry> parse(String text) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        if (root instanceof Map<?, ?> map && map.get("entries") instanceof List<?> entries) {
            for (Object o : entries) {
                if (o instanceof Map<?, ?> e && e.get("date") != null && e.get("text") != null) {
                    out.add(new Entry(date(e.get("date")), String.valueOf(e.get("text")),
                            e.get("region") == null ? null : String.valueOf(e.get("region")),
                            e.get("article") == null ? null : String.valueOf(e.get("article"))));
                }
            }
        }
        return out;
    }

    /** A date as YAML gives it back: a timestamp for YYYY-MM-DD, text for YYYY-MM. */
    private static String date(Object o) {
        if (o instanceof Date d) {
            SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd");
            f.setTimeZone(TimeZone.getTimeZone("UTC"));
            return f.format(d);
        }
        return String.valueOf(o);
    }

    private static String scalar(String s) {
        if (PLAIN.matcher(s).matches() && !s.contains(": ") && !s.contains(" #")
                && !s.matches("(?i)true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9_.:eE+-]*")) {
            return s;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
