package yearbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @Mixin
    FolderOptions folders;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = Cli.locale(spec);
        TerminalProgress terminal = Cli.interactive() && format == Format.text ? new TerminalProgress(err, locale) : null;
        Progress progress = terminal != null ? terminal : Progress.NONE;
        CheckService.Result r;
        try {
            r = new CheckService("yearbook " + YearbookCommand.version()).check(folders.content, folders.templates, progress);
        } finally {
            if (terminal != null) {
                terminal.clear();
            }
        }
        if (folders.missingTemplates() != null) {
            r.diagnostics().add(folders.missingTemplates());
        }
        List<Diagnostic> all = r.diagnostics().all();
        Path base = Cli.workingDir();
        String summary = summary(spec, all, r.articles());
        if (format == Format.json) {
            out.println(json(all, base, locale));
            err.println(summary);
        } else {
            for (Diagnostic d : all) {
                out.println(d.format(base, locale));
            }
            out.println(summary);
        }
        out.flush();
        err.flush();
        return r.diagnostics().hasErrors() ? 1 : 0;
    }

    static String summary(CommandLine.Model.CommandSpec spec, List<Diagnostic> all, int articles) {
        long errors = all.stream().filter(Diagnostic::isError).count();
        long warnings = all.size() - errors;
        String checked = Cli.count(spec, "articles", articles);
        if (all.isEmpty()) {
            return Cli.text(spec, "text.checked.none", checked);
        }
        return Cli.text(spec, "text.checked", checked, Cli.count(spec, "errors", errors), Cli.count(spec, "warnings", warnings));
    }

    /**
     * The findings as a JSON array, one object per line: the severity and the code in English whatever the
     * language, so that scripts and CI annotations do not depend on it; the message in the user's language.
     */
    static String json(List<Diagnostic> all, Path base, Locale locale) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < all.size(); i++) {
            Diagnostic d = all.get(i);
            sb.append(i == 0 ? "\n  " : ",\n  ")
                    .append("{\"file\": ").append(Json.string(d.shownFile(base)))
                    .append(", \"line\": ").append(d.line() > 0 ? Integer.toString(d.line()) : "null")
                    .append(", \"column\": ").append(d.column() > 0 ? Integer.toString(d.column()) : "null")
                    .append(", \"severity\": ").append(Json.string(d.severity().label()))
                    .append(", \"code\": ").append(Json.string(d.code()))
                    .append(", \"message\": ").append(Json.string(d.message(locale))).append('}');
        }
        return sb.append(all.isEmpty() ? "]" : "\n]").toString();
    }
}
