package yearbook.cli;

import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import yearbook.diag.ContentException;
import yearbook.diag.Diagnostic;
import yearbook.diag.Msg;

import yearbook.pipeline.BuildOptions;

/** The folders every command that reads the content takes, defaulting to the project's own. */
public final class FolderOptions {
    @Option(names = "--content", paramLabel = "DIR",
            defaultValue = "content")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR",
            defaultValue = "templates")
    Path templates;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    /**
     * The error for a templates folder given with {@code --templates} that does not exist (a typing error, most
     * likely), or null. Without the option, a missing {@code templates} folder means the built-in templates.
     */
    Diagnostic missingTemplates() {
        boolean given = mixee != null && mixee.commandLine().getParseResult() != null
                && mixee.commandLine().getParseResult().hasMatchedOption("--templates");
        return given && !templates.toFile().isDirectory()
                ? Diagnostic.error(templates.toAbsolutePath().normalize(), 0, Msg.of("no-templates-folder")) : null;
    }

    /** Throws the error of {@link #missingTemplates()}, if any. */
    void requireTemplates() {
        Diagnostic d = missingTemplates();
        if (d != null) {
            throw new ContentException(d);
        }
    }

    BuildOptions toBuildOptions(OutputOption output, boolean site, boolean pdf, java.time.Instant printed) {
        requireTemplates();
        return new BuildOptions(content, templates, output.output, site, pdf, printed);
    }

    /** The folder the commands that write take; {@code check} writes nothing and has none. */
    public static final class OutputOption {
        @Option(names = "--output", paramLabel = "DIR",
                defaultValue = "site")
        Path output;
    }
}
