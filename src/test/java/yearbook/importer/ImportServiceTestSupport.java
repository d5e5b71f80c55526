package yearbook.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import yearbook.importer.output.Draft;

/** What the importer's end-to-end tests share. */
final class ImportServiceTestSupport {
    private ImportServiceTestSupport() {
    }

    /** A content folder under {@code root} with the project's own settings and themes, as an import target. */
    static Path contentFolder(Path root, String name) throws IOException {
        Path content = root.resolve(name);
        Files.createDirectories(content);
        Files.copy(Path.of("content/yearbook.yaml"), content.resolve("yearbook.yaml"));
        Files.copy(Path.of("content/themes.yaml"), content.resolve("themes.yaml"));
        return content;
    }

    /** An imported article's file, as written. */
    static String read(Path content, Draft d) throws IOException {
        return Files.readString(content.resolve(d.path()));
    }
}
