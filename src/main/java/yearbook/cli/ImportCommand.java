package yearbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import yearbook.importer.ImportOptions;
import yearbook.importer.ImportResult;
import yearbook.importer.ImportService;
import yearbook.importer.output.Outcome;

/** {@code yearbook import}: raw pages → articles in the content folder, and a report. */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "import.paths.formats")
    List<Path> paths;

    @Option(names = "--into", paramLabel = "DIR", defaultValue = "content")
    Path into;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--report", paramLabel = "FILE")
    Path report;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path p : paths) {
            if (!java.nio.file.Files.exists(p)) {
                throw new Cli.Usage(spec.commandLine(), Cli.text(spec, "text.import.missing", p));
            }
        }
        if (!java.nio.file.Files.isDirectory(into)) {
            err.println(Cli.text(spec, "text.import.no-into", into));
            err.flush();
            return 1;
        }
        if (!java.nio.file.Files.isRegularFile(into.resolve(yearbook.config.ProjectLoader.SETTINGS_FILE))) {
            err.println(Cli.text(spec, "text.no-settings", into));
            err.flush();
            return 1;
        }
        TerminalProgress terminal = Cli.interactive() ? new TerminalProgress(err, Cli.locale(spec)) : null;
        ImportResult r;
        try {
            r = ImportService.forContent(into).run(new ImportOptions(paths, into, force, report), progress(terminal));
        } finally {
            if (terminal != null) {
                terminal.clear();
            }
        }
        for (Outcome o : r.outcomes()) {
            if (o.failed()) {
                err.println(Cli.text(spec, "text.import.failed", o.file(), o.reason().text(Cli.locale(spec))));
                continue;
            }
            long flags = o.articles().stream().mapToLong(w -> w.draft().flags().size()).sum();
            out.println(Cli.text(spec, "text.import.file", o.file(), Cli.count(spec, "articles", o.articles().size()),
                    Cli.count(spec, "items", o.left().size()), Cli.count(spec, "flags", flags)));
            for (Outcome.Written w : o.articles()) {
                if (w.status() == Outcome.Status.KEPT_EDITED || w.status() == Outcome.Status.KEPT_FOREIGN) {
                    err.println(Cli.text(spec, w.status() == Outcome.Status.KEPT_EDITED ? "text.import.kept-edited"
                            : "text.import.kept-foreign", into.resolve(w.draft().path())));
                } else {
                    out.println(Cli.text(spec, "text.import.article", w.draft().path(),
                            Cli.text(spec, "text.import.status." + w.status().name().toLowerCase(java.util.Locale.ROOT))));
                }
            }
        }
        for (yearbook.importer.output.ChronicleOutcome c : r.chronicles()) {
            if (c.kept()) {
                err.println(Cli.text(spec, c.status() == Outcome.Status.KEPT_EDITED ? "text.import.kept-edited"
                        : "text.import.kept-foreign", into.resolve(c.path())));
            } else {
                out.println(Cli.text(spec, "text.import.chronicle", c.path(), c.found(), c.added(),
                        Cli.text(spec, "text.import.status." + c.status().name().toLowerCase(java.util.Locale.ROOT))));
            }
        }
        out.println(Cli.text(spec, "text.import.done", Cli.count(spec, "articles", r.articles()),
                Cli.count(spec, "flags", r.flags()), r.report()));
        out.flush();
        err.flush();
        return r.failures() > 0 || r.kept() > 0 ? 1 : 0;
    }

    /**
     * The import's progress as a terminal shows it: the files to read, then how many are read, with the time left; none
     * without a terminal (CI), where the lines below and the summary line say what was done.
     */
    static ImportService.Progress progress(yearbook.pipeline.Progress terminal) {
        if (terminal == null) {
            return ImportService.Progress.NONE;
        }
        return new ImportService.Progress() {
            @Override
            public void files(int total) {
                terminal.step(yearbook.diag.Msg.of(total == 1 ? "progress.import.one" : "progress.import", total));
            }

            @Override
            public void read(long done, long total) {
                terminal.count(done, total);
            }
        };
    }
}
