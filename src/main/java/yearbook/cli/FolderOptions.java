package yearbook.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The folders every command takes, defaulting to the project's own. */
public class FolderOptions {
    @Option(names = "--content", paramLabel = "DIR", description = "the articles and data files (default: ${DEFAULT-VALUE})",
            defaultValue = "content")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", description = "the FreeMarker templates and assets (default: ${DEFAULT-VALUE})",
            defaultValue = "templates")
    Path templates;
}
