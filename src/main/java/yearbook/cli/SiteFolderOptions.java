package yearbook.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import yearbook.build.BuildOptions;

/** The folders of the commands that make the site: {@link FolderOptions} and the output. */
public final class SiteFolderOptions extends FolderOptions {
    @Option(names = "--output", paramLabel = "DIR", description = "where the site is written; replaced as a whole on success (default: ${DEFAULT-VALUE})",
            defaultValue = "site")
    Path output;

    BuildOptions toBuildOptions(boolean site, boolean pdf, java.time.Instant printed) {
        return new BuildOptions(content, templates, output, site, pdf, printed);
    }
}
