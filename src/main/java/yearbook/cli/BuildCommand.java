package yearbook.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildResult;
import yearbook.pipeline.BuildService;
import yearbook.publish.BuildCache;
import yearbook.pipeline.Progress;
import yearbook.diag.Diagnostic;

/** {@code yearbook build}: content/ → site/. */
@Command(name = "build", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {
    @Mixin
    FolderOptions folders;

    @Mixin
    FolderOptions.OutputOption output;

    @CommandLine.Option(names = "--no-pdf")
    boolean noPdf;

    @CommandLine.Option(names = "--cache", paramLabel = "DIR")
    java.nio.file.Path cache;

    @CommandLine.Option(names = "--no-cache")
    boolean noCache;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BuildOptions built = folders.toBuildOptions(output, true, !noPdf, Cli.sourceDate(spec));
        BuildOptions options = built.cached(noCache ? null : cache != null ? cache : BuildCache.besides(built.output()));
        BuildResult r = run(spec, options);
        spec.commandLine().getOut().println(Cli.text(spec, r.pdfs() > 0 ? "text.built.pdfs" : "text.built",
                r.articles(), r.pages(), r.files(), String.format(Locale.ROOT, "%.1f", r.bytes() / 1e6),
                Cli.workingDir().relativize(options.output()), String.format(Locale.ROOT, "%.2f", r.millis() / 1000.0),
                Cli.count(spec, "pdfs", r.pdfs())));
        if (r.kept() > 0) {
            spec.commandLine().getOut().println(Cli.text(spec, "text.built.kept", r.kept(),
                    Cli.workingDir().relativize(options.cache())));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Runs a build, showing progress on a terminal and the warnings afterwards. */
    static BuildResult run(CommandLine.Model.CommandSpec spec, BuildOptions options) throws java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = Cli.locale(spec);
        TerminalProgress terminal = Cli.interactive() ? new TerminalProgress(err, locale) : null;
        Progress progress = terminal != null ? terminal : Progress.NONE;
        BuildResult r;
        try {
            r = new BuildService("yearbook " + YearbookCommand.version()).build(options, progress);
        } finally {
            if (terminal != null) {
                terminal.clear();
            }
        }
        for (Diagnostic w : r.warnings()) {
            err.println(w.format(Cli.workingDir(), locale));
        }
        return r;
    }
}
