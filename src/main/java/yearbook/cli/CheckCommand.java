package yearbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import yearbook.pipeline.Progress;
import yearbook.check.CheckService;
import yearbook.diag.Diagnostic;
import yearbook.text.Json;

/** {@code yearbook check}: everything a build checks, and a little more, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the content and the templates as a build would, writing nothing:",
                "front matter, regions, themes, duplicate addresses, links between articles",
                "and to images, the templates, and (unless yearbook.yaml turns the PDFs off)",
                "every character against the print fonts. It also warns about import flags",
                "('# flag:' lines) still in an article, and about half-width punctuation",
                "inside Chinese text (外,内 for 外，内) outside code, URLs and numbers.",
                "Findings are printed as file:line[:column]: error|warning: message,",
                "then a summary line; --format json prints a JSON array of objects",
                "{file, line, column, severity, message} instead (line and column null",
                "when unknown), for CI annotations."},
        footer = {"", "Examples:", "  ./yearbook check", "  ./yearbook check --content ../yearbook-2019/content",
                "  ./yearbook check --format json > findings.json",
                "", "Exit status: 0 no errors (warnings allowed); 1 errors; 2 wrong command-line usage."})
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @Mixin
    FolderOptions folders;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = Cli.interactive() && format == Format.text
                ? m -> { err.print("\r\033[K" + m + " …"); err.flush(); } : Progress.NONE;
        CheckService.Result r;
        try {
            r = new CheckService("yearbook " + YearbookCommand.version()).check(folders.content, folders.templates, progress);
        } finally {
            if (progress != Progress.NONE) {
                err.print("\r\033[K");
                err.flush();
            }
        }
        List<Diagnostic> all = r.diagnostics().all();
        Path base = Cli.workingDir();
        String summary = summary(all, r.articles());
        if (format == Format.json) {
            out.println(json(all, base));
            err.println(summary);
        } else {
            for (Diagnostic d : all) {
                out.println(d.format(base));
            }
            out.println(summary);
        }
        out.flush();
        err.flush();
        return r.diagnostics().hasErrors() ? 1 : 0;
    }

    static String summary(List<Diagnostic> all, int articles) {
        long errors = all.stream().filter(Diagnostic::isError).count();
        long warnings = all.size() - errors;
        String checked = "checked " + articles + " article" + (articles == 1 ? "" : "s");
        if (all.isEmpty()) {
            return checked + ": no problems found";
        }
        return checked + ": " + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                + (warnings == 1 ? "" : "s");
    }

    /** The findings as a JSON array, one object per line. */
    static String json(List<Diagnostic> all, Path base) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < all.size(); i++) {
            Diagnostic d = all.get(i);
            sb.append(i == 0 ? "\n  " : ",\n  ")
                    .append("{\"file\": ").append(Json.string(d.shownFile(base)))
                    .append(", \"line\": ").append(d.line() > 0 ? Integer.toString(d.line()) : "null")
                    .append(", \"column\": ").append(d.column() > 0 ? Integer.toString(d.column()) : "null")
                    .append(", \"severity\": ").append(Json.string(d.severity().label()))
                    .append(", \"message\": ").append(Json.string(d.message())).append('}');
        }
        return sb.append(all.isEmpty() ? "]" : "\n]").toString();
    }
}
