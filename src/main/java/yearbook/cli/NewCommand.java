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
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Starts a new article: writes a markdown file with the required front",
                "matter (title, organization, region, year, themes) and a placeholder for",
                "the text, under <content>/articles/<province>/<title in pinyin>.md, where",
                "the import puts articles too, and prints its path. The region is a code",
                "or a name path, as in front matter; an unknown or ambiguous one is an",
                "error listing the candidates. An existing file is never replaced.",
                "The text placeholder is an HTML comment: readers never see it."},
        footer = {"", "Examples:",
                "  ./yearbook new --title 以四项举措抓基层强基础 --region 内蒙古自治区/乌海市",
                "  ./yearbook new --title 党工共建深度融合 --region 150623 --year 2020 \\",
                "      --theme party-building --theme 劳模工匠 --organization 鄂托克前旗总工会",
                "  $EDITOR \"$(./yearbook new --title 职工之家建设 --region 鄂托克前旗)\"",
                "", "Exit status: 0 success; 1 the region or a theme is unknown or ambiguous,",
                "the file exists already, or the content folder has errors; 2 wrong",
                "command-line usage."})
final class NewCommand implements Callable<Integer> {
    @Mixin
    FolderOptions folders;

    @Option(names = "--title", required = true, paramLabel = "TITLE", description = "the article's title; the file is named by its pinyin")
    String title;

    @Option(names = "--region", required = true, paramLabel = "REGION",
            description = "a code (150623) or a name path (内蒙古自治区/鄂尔多斯市/鄂托克前旗, 鄂托克前旗)")
    String region;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "the year the article covers (default: last year, which this year's volume covers)")
    Integer year;

    @Option(names = "--theme", paramLabel = "THEME", split = ",",
            description = "a theme id or name from themes.yaml; repeat it or separate with commas")
    List<String> themes = List.of();

    @Option(names = "--organization", paramLabel = "NAME",
            description = "the organisation (default: the region's 总工会, e.g. 鄂托克前旗总工会)")
    String organization;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (year != null && (year < 1900 || year > 2200)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--year must lie between 1900 and 2200, not " + year);
        }
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
