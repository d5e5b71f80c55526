package yearbook.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yearbook.content.FrontMatter;
import yearbook.diag.Diagnostic;
import yearbook.yaml.YamlText;

/**
 * The doubts the importer left in an article's front matter, as YAML comments {@code # flag: …} on a line of
 * their own or after a field ({@code region:   # flag: …}), that no editor has settled yet: the editor deletes
 * the comment once the point is settled. Each is a warning at its line.
 */
final class ImportFlags {
    /** The comment the importer writes (see importer.output.ArticleFile): '#' at the start or after a space. */
    private static final Pattern FLAG = Pattern.compile("^#\\s*flag:\\s*(.*)$");

    private ImportFlags() {
    }

    static List<Diagnostic> find(Path file, FrontMatter fm) {
        List<Diagnostic> found = new ArrayList<>();
        String[] lines = fm.yaml().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = YamlText.commentStart(lines[i]);
            if (at < 0) {
                continue;
            }
            String comment = lines[i].substring(at);
            Matcher m = FLAG.matcher(comment);
            if (m.matches()) {
                String text = m.group(1).strip();
                found.add(Diagnostic.warning(file, fm.yamlLine() + 1 + i, 0,
                        "import flag not cleared: " + (text.isEmpty() ? "(no text)" : text)));
            }
        }
        return found;
    }
}
