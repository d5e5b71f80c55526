package yearbook.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import yearbook.importer.output.Draft;

/** Reading an imported article's file back. */
final class ImportServiceTestSupport {
    private ImportServiceTestSupport() {
    }

    static String read(Path content, Draft d) throws IOException {
        return Files.readString(content.resolve(d.path()));
    }
}
