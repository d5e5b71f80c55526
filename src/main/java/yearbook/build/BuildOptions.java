package yearbook.build;

import java.nio.file.Path;

/** The folders a build reads and writes. */
public record BuildOptions(Path content, Path templates, Path output) {
    public BuildOptions {
        content = content.toAbsolutePath().normalize();
        templates = templates.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
    }
}
