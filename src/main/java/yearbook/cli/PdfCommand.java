package yearbook.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildResult;

/** {@code yearbook pdf}: content/ → site/pdf/, the print yearbook only. */
@Command(name = "pdf", mixinStandardHelpOptions = true,
        description = {"Makes only the print yearbook: a PDF per volume and, unless",
                "yearbook.yaml says otherwise, per province, into the pdf/ folder of",
                "the output. The rest of the site is left as it is. The PDFs replace",
                "the previous ones only when all of them succeeded.",
                "SOURCE_DATE_EPOCH (seconds since 1970), when set, is the date the",
                "PDFs carry."},
        footer = {"", "Examples:", "  ./yearbook pdf", "  SOURCE_DATE_EPOCH=1700000000 ./yearbook pdf --output /tmp/site"})
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
        spec.commandLine().getOut().printf("printed %d articles into %d PDFs (%.1f MB) in %s in %.2f s%n", r.articles(),
                r.pdfs(), r.bytes() / 1e6, Cli.workingDir().relativize(options.output().resolve(yearbook.print.PrintPlan.FOLDER)),
                r.millis() / 1000.0);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
