package yearbook.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * What to import: files or folders ({@code inputs}), into which content folder, and whether to replace articles
 * the editor has changed since they were imported. {@code report} is where the import report goes.
 */
public record ImportOptions(List<Path> inputs, Path into, boolean force, Path report) {
    public ImportOptions {
        inputs = List.copyOf(inputs);
    }
}
