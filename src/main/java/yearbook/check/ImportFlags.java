package yearbook.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import yearbook.diag.Msg;
import yearbook.content.FrontMatter;
import yearbook.content.ImportFlag;
import yearbook.diag.Diagnostic;

/**
 * The doubts the importer left in an article's front matter ({@link ImportFlag}) that no editor has settled yet:
 * the editor deletes the comment once the point is settled. Each is a warning at its line.
 */
final class ImportFlags {
    private ImportFlags() {
    }

    static List<Diagnostic> find(Path file, FrontMatter fm) {
        List<Diagnostic> found = new ArrayList<>();
        String[] lines = fm.yaml().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Optional<String> text = ImportFlag.parse(lines[i]);
            if (text.isPresent()) {
                found.add(Diagnostic.warning(file, fm.yamlLine() + 1 + i, 0,
                        text.get().isEmpty() ? Msg.of("import-flag.empty") : Msg.of("import-flag", text.get())));
            }
        }
        return found;
    }
}
