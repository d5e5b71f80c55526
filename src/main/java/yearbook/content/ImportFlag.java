package yearbook.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yearbook.yaml.YamlText;

/**
 * A doubt the importer leaves in an article's front matter for the editor: a YAML comment {@code # flag: …}, on
 * a line of its own or after a field left empty ({@code region:   # flag: …}). The build ignores it; the editor
 * deletes it once the point is settled. Written by the importer, found again by {@code yearbook check}.
 */
public final class ImportFlag {
    /** The comment: '#', then {@code flag:}, spaces allowed around both. */
    private static final Pattern FLAG = Pattern.compile("^#\\s*flag:\\s*(.*)$");

    private ImportFlag() {
    }

    /** The comment for {@code text}, on one line, without a line break. */
    public static String format(String text) {
        return "# flag: " + YamlText.oneLine(text);
    }

    /**
     * The text of the flag comment on a line of front matter (stripped, and "" when the comment says no more than
     * {@code # flag:}), or nothing when the line has no flag comment.
     */
    public static Optional<String> parse(String line) {
        int at = YamlText.commentStart(line);
        if (at < 0) {
            return Optional.empty();
        }
        Matcher m = FLAG.matcher(line.substring(at));
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
