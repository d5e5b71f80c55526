package yearbook.newarticle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import yearbook.diag.Msg;
import yearbook.config.Project;
import yearbook.config.ProjectLoader;
import yearbook.content.ArticleHeader;
import yearbook.content.ArticleReader;
import yearbook.content.FrontMatterWriter;
import yearbook.diag.ContentException;
import yearbook.diag.Diagnostic;
import yearbook.diag.Diagnostics;
import yearbook.publish.AtomicFile;
import yearbook.region.Region;
import yearbook.region.RegionResolution;
import yearbook.site.ArticlePaths;
import yearbook.theme.Theme;

/**
 * Starts a new article: a file with the required front matter filled in and a placeholder for the text, where
 * the importer would put it ({@link ArticlePaths}). Everything is checked before anything is written; a problem
 * is a {@link ContentException}, and then no file is written. An existing file is never replaced.
 */
public final class NewArticleService {
    /** Where the text goes; an HTML comment, so that it never reaches a reader, a summary or the search index. */
    public static final String PLACEHOLDER = "<!-- 正文：请在此处撰写文章正文（可用 ## 分节），写好后删除这一行说明。 -->\n";

    private final Clock clock;

    public NewArticleService(Clock clock) {
        this.clock = clock;
    }

    public NewArticleService() {
        this(Clock.systemDefaultZone());
    }

    /** The covered year when none is given: the previous calendar year, which the volume published now covers. */
    public int defaultYear() {
        return LocalDate.now(clock).getYear() - 1;
    }

    /** Writes the article and returns its file (under {@code request.content()}). */
    public Path create(NewArticle request) throws IOException {
        Path content = request.content();
        if (!Files.isDirectory(content)) {
            throw new ContentException(Diagnostic.error(content, 0, Msg.of("no-content-folder")));
        }
        Diagnostics diagnostics = new Diagnostics();
        Project project = ProjectLoader.load(content, diagnostics);
        diagnostics.throwIfErrors();

        String title = request.title() == null ? "" : request.title().strip();
        if (title.isEmpty()) {
            throw problem(Msg.of("new.empty-title"));
        }
        if (title.contains("\n") || title.contains("\r")) {
            throw problem(Msg.of("new.title-lines"));
        }
        Region region = region(project, request.region());
        int year = request.year() == null ? defaultYear() : request.year();
        if (year < 1900 || year > 2200) {
            throw problem(Msg.of("new.year", year));
        }
        List<String> themes = themes(project, request.themes());
        String organization = request.organization() == null || request.organization().isBlank()
                ? region.name() + "总工会" : request.organization().strip();

        String path = ArticlePaths.folder(project.regions(), region) + "/" + ArticlePaths.slug(title) + ".md";
        Path target = content.resolve(path);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new ContentException(Diagnostic.error(target, 0, Msg.of("new.exists")));
        }
        insideContent(content, target);

        String text = render(title, organization, project.regions().path(region), year, themes);
        Diagnostics check = new Diagnostics();
        new ArticleReader(project).parse(target, path, text, check);
        check.throwIfErrors();
        AtomicFile.write(target, text);
        return target;
    }

    /** The file's text: the required fields, then the placeholder. */
    static String render(String title, String organization, String region, int year, List<String> themes) {
        return FrontMatterWriter.open(ArticleHeader.required(title, organization, region, year, themes))
                + FrontMatterWriter.DELIMITER + PLACEHOLDER;
    }

    private static Region region(Project project, String text) {
        RegionResolution r = project.regions().resolve(text);
        if (r instanceof RegionResolution.Found found) {
            return found.region();
        }
        if (r instanceof RegionResolution.Ambiguous ambiguous) {
            throw problem(ambiguous.msg());
        }
        throw problem(((RegionResolution.NotFound) r).msg());
    }

    private static List<String> themes(Project project, List<String> given) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : given) {
            Optional<Theme> theme = project.themes().find(name);
            if (theme.isPresent()) {
                ids.add(theme.get().id());
            } else {
                unknown.add("'" + name.strip() + "'");
            }
        }
        if (!unknown.isEmpty()) {
            List<Theme> all = project.themes().all();
            throw problem(all.isEmpty() ? Msg.of("new.unknown-theme.none", String.join(", ", unknown))
                    : Msg.of("new.unknown-theme", String.join(", ", unknown), all.stream()
                    .map(t -> t.id() + " / " + t.name()).collect(Collectors.joining(", "))));
        }
        return List.copyOf(ids);
    }

    /** Refuses a target that a symbolic link inside the content folder would carry elsewhere. */
    private static void insideContent(Path content, Path target) throws IOException {
        Path root = content.toRealPath();
        Path existing = target.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !existing.toRealPath().startsWith(root)) {
            throw new ContentException(Diagnostic.error(target, 0, Msg.of("new.outside")));
        }
    }

    private static ContentException problem(Msg message) {
        return new ContentException(Diagnostic.error(null, 0, message));
    }
}
