package yearbook.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import yearbook.newarticle.NewArticle;
import yearbook.newarticle.NewArticleService;

/** {@code yearbook new}: starts an article with its front matter filled in. */
@Command(name = "new", mixinStandardHelpOptions = true)
final class NewCommand implements Callable<Integer> {
    @Mixin
    FolderOptions folders;

    @Option(names = "--title", required = true, paramLabel = "TITLE")
    String title;

    @Option(names = "--region", required = true, paramLabel = "REGION")
    String region;

    @Option(names = "--year", paramLabel = "YEAR")
    Integer year;

    @Option(names = "--theme", paramLabel = "THEME", split = ",")
    List<String> themes = List.of();

    @Option(names = "--organization", paramLabel = "NAME")
    String organization;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (year != null && (year < 1900 || year > 2200)) {
            throw new Cli.Usage(spec.commandLine(), Cli.text(spec, "text.usage.year", year));
        }
        folders.requireTemplates();
        Path file = new NewArticleService().create(new NewArticle(folders.content, title, region, year, themes, organization));
        spec.commandLine().getOut().println(shown(file));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The file relative to the current directory, as build shows its output folder. */
    private static String shown(Path file) {
        return Cli.workingDir().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
