package yearbook.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildResult;

/** {@code yearbook pdf}: content/ → site/pdf/, the print yearbook only. */
@Command(name = "pdf", mixinStandardHelpOptions = true)
final class PdfCommand implements Callable<Integer> {
    @Mixin
    FolderOptions folders;

    @Mixin
    FolderOptions.OutputOption output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BuildOptions options = folders.toBuildOptions(output, false, true, Cli.sourceDate(spec));
        BuildResult r = BuildCommand.run(spec, options);
        spec.commandLine().getOut().println(Cli.text(spec, "text.printed", r.articles(), r.pdfs(),
                String.format(java.util.Locale.ROOT, "%.1f", r.bytes() / 1e6),
                Cli.workingDir().relativize(options.output().resolve(yearbook.print.PrintPlan.FOLDER)),
                String.format(java.util.Locale.ROOT, "%.2f", r.millis() / 1000.0)));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
