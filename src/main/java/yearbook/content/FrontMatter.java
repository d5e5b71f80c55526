package yearbook.content;

import java.nio.file.Path;
import java.util.Optional;

import yearbook.diag.Msg;
import yearbook.diag.Diagnostics;

/**
 * Splits a markdown file into its YAML front matter (between a first line {@code ---} and the next line
 * {@code ---} or {@code ...}) and the markdown body.
 *
 * @param yaml      the front matter text
 * @param yamlLine  number of file lines before the YAML text (1: the opening ---)
 * @param body      the markdown after the closing line
 * @param bodyLine  the file line on which the body starts
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    public static Optional<FrontMatter> split(Path file, String text, Diagnostics diagnostics) {
        if (text.isBlank()) {
            diagnostics.error(file, 1, Msg.of("empty-file"));
            return Optional.empty();
        }
        int firstEnd = text.indexOf('\n');
        String first = (firstEnd < 0 ? text : text.substring(0, firstEnd)).strip();
        if (!first.equals("---")) {
            diagnostics.error(file, 1, Msg.of("no-front-matter"));
            return Optional.empty();
        }
        int pos = firstEnd + 1;
        int line = 2;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String l = (end < 0 ? text.substring(pos) : text.substring(pos, end)).stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                String yaml = text.substring(firstEnd + 1, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(yaml, 1, body, line + 1));
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            line++;
        }
        diagnostics.error(file, 1, Msg.of("front-matter-not-closed"));
        return Optional.empty();
    }
}
