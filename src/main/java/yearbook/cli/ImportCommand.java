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
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports raw newspaper and web pages (OCR text, saved pages) as articles.",
                "Each union article found becomes a markdown file under <into>/articles/<province>/.",
                "Short news, commentary, captions and unrelated items are listed in the report.",
                "Doubts are never silently fixed: they are flagged in the article ('# flag:') and",
                "in the report. Importing a page again gives the same files; an article edited",
                "since its import is kept unless --force is given."},
        footer = {"", "Examples:", "  ./yearbook import seeds/", "  ./yearbook import page.txt --into ../yearbook-2020/content",
                "", "Exit status: 0 success; 1 a file could not be read, or an edited article was kept;",
                "2 wrong command-line usage."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or folders to import (folders: their .txt and .md files)")
    List<Path> paths;

    @Option(names = "--into", paramLabel = "DIR", defaultValue = "content",
            description = "the content folder to write the articles into (default: ${DEFAULT-VALUE})")
    Path into;

    @Option(names = "--force", description = "replace articles even when they were edited since they were imported")
    boolean force;

    @Option(names = "--report", paramLabel = "FILE",
            description = "where to write the import report (default: <into>/_import-report.md)")
    Path report;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path p : paths) {
            if (!java.nio.file.Files.exists(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder to import: " + p);
            }
        }
        ImportResult r = ImportService.forContent(into).run(new ImportOptions(paths, into, force, report));
        for (Outcome o : r.outcomes()) {
            if (o.failed()) {
                err.println(o.file() + ": error: " + o.error() + "; nothing was imported from it");
                continue;
            }
            long flags = o.articles().stream().mapToLong(w -> w.draft().flags().size()).sum();
            out.printf("%s: %d article%s, %d item%s left out, %d flag%s%n", o.file(), o.articles().size(),
                    o.articles().size() == 1 ? "" : "s", o.left().size(), o.left().size() == 1 ? "" : "s", flags, flags == 1 ? "" : "s");
            for (Outcome.Written w : o.articles()) {
                String line = "  " + w.draft().path() + " (" + w.status().name().toLowerCase().replace('_', ' ') + ")";
                if (w.status() == Outcome.Status.KEPT_EDITED || w.status() == Outcome.Status.KEPT_FOREIGN) {
                    err.println(into.resolve(w.draft().path()) + ": warning: " + (w.status() == Outcome.Status.KEPT_EDITED
                            ? "edited since it was imported; kept as it is (use --force to replace it)"
                            : "a file not made by the import is already there; kept as it is (use --force to replace it)"));
                } else {
                    out.println(line);
                }
            }
        }
        out.printf("imported %d article%s with %d flag%s to review; report: %s%n", r.articles(), r.articles() == 1 ? "" : "s",
                r.flags(), r.flags() == 1 ? "" : "s", r.report());
        out.flush();
        err.flush();
        return r.failures() > 0 || r.kept() > 0 ? 1 : 0;
    }
}
