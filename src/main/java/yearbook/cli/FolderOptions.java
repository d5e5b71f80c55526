package yearbook.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import yearbook.pipeline.BuildOptions;

/** The folders every command that reads the content takes, defaulting to the project's own. */
public final class FolderOptions {
    @Option(names = "--content", paramLabel = "DIR",
            defaultValue = "content")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR",
            defaultValue = "templates")
    Path templates;

    BuildOptions toBuildOptions(OutputOption output, boolean site, boolean pdf, java.time.Instant printed) {
        return new BuildOptions(content, templates, output.output, site, pdf, printed);
    }

    /** The folder the commands that write take; {@code check} writes nothing and has none. */
    public static final class OutputOption {
        @Option(names = "--output", paramLabel = "DIR",
                defaultValue = "site")
        Path output;
    }
}
