package yearbook.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import yearbook.build.BuildResult;
import yearbook.build.BuildService;
import yearbook.build.Progress;
import yearbook.diag.Diagnostic;

/** {@code yearbook build}: content/ → site/. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the yearbook website from the articles in the content folder.",
                "The site is built in a temporary folder and replaces the output folder only when everything succeeded;",
                "on any error the previous site stays as it was."},
        footer = {"", "Examples:", "  ./yearbook build", "  ./yearbook build --content ../yearbook-2019/content --output /tmp/site"})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    FolderOptions folders;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = Cli.interactive() ? m -> { err.print("\r\033[K" + m + " …"); err.flush(); } : Progress.NONE;
        BuildResult r;
        try {
            r = new BuildService("yearbook " + YearbookCommand.version()).build(folders.toBuildOptions(), progress);
        } finally {
            if (Cli.interactive()) {
                err.print("\r\033[K");
                err.flush();
            }
        }
        for (Diagnostic w : r.warnings()) {
            err.println(w.format(Cli.workingDir()));
        }
        out.printf("built %d articles, %d pages (%d files, %.1f MB) into %s in %.2f s%n", r.articles(), r.pages(),
                r.files(), r.bytes() / 1e6, Cli.workingDir().relativize(folders.toBuildOptions().output()), r.millis() / 1000.0);
        out.flush();
        return 0;
    }
}
