package yearbook.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildResult;
import yearbook.pipeline.BuildService;
import yearbook.pipeline.Progress;
import yearbook.diag.Diagnostic;

/** {@code yearbook build}: content/ → site/. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the yearbook website from the articles in the content folder,",
                "and the print yearbook: a PDF per volume and per province (pdf/).",
                "The site is built in a temporary folder and replaces the output",
                "folder only when everything succeeded; on any error the previous",
                "site stays as it was.",
                "SOURCE_DATE_EPOCH (seconds since 1970), when set, is the date the",
                "PDFs carry."},
        footer = {"", "Examples:", "  ./yearbook build", "  ./yearbook build --no-pdf",
                "  ./yearbook build --content ../yearbook-2019/content --output /tmp/site"})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    FolderOptions folders;

    @Mixin
    FolderOptions.OutputOption output;

    @CommandLine.Option(names = "--no-pdf", description = "make the website only, without the PDFs (faster)")
    boolean noPdf;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BuildOptions options = folders.toBuildOptions(output, true, !noPdf, Cli.sourceDate(spec));
        BuildResult r = run(spec, options);
        spec.commandLine().getOut().printf("built %d articles, %d pages%s (%d files, %.1f MB) into %s in %.2f s%n",
                r.articles(), r.pages(), r.pdfs() > 0 ? ", " + r.pdfs() + " PDFs" : "", r.files(), r.bytes() / 1e6,
                Cli.workingDir().relativize(options.output()), r.millis() / 1000.0);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Runs a build, showing progress on a terminal and the warnings afterwards. */
    static BuildResult run(CommandLine.Model.CommandSpec spec, BuildOptions options) throws java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = Cli.interactive() ? m -> { err.print("\r\033[K" + m + " …"); err.flush(); } : Progress.NONE;
        BuildResult r;
        try {
            r = new BuildService("yearbook " + YearbookCommand.version()).build(options, progress);
        } finally {
            if (Cli.interactive()) {
                err.print("\r\033[K");
                err.flush();
            }
        }
        for (Diagnostic w : r.warnings()) {
            err.println(w.format(Cli.workingDir()));
        }
        return r;
    }
}
