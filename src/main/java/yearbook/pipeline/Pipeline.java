package yearbook.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import yearbook.diag.Msg;
import yearbook.config.Project;
import yearbook.config.ProjectLoader;
import yearbook.config.RawHtml;
import yearbook.content.ArticleCache;
import yearbook.content.ContentLoader;
import yearbook.content.ContentLoader.Content;
import yearbook.diag.Diagnostics;
import yearbook.history.GitHistory;
import yearbook.history.LastChange;
import yearbook.markdown.MarkdownRenderer;
import yearbook.print.Book;
import yearbook.print.BookRenderer;
import yearbook.print.PrintPlan;
import yearbook.print.PrintedPictures;
import yearbook.render.SiteRenderer;
import yearbook.chronicle.ChronicleReader;
import yearbook.honours.HonourReader;
import yearbook.plates.PlateReader;
import yearbook.site.PartSources;
import yearbook.site.RenderCache;
import yearbook.statistics.StatReader;
import yearbook.site.SiteBuilder;
import yearbook.site.SiteModel;
import yearbook.template.TemplateError;
import yearbook.template.Templates;

/**
 * The phases of a build in their order, which {@code build}, {@code check} and {@code serve} all run: read the
 * settings, themes and regions; read every article (and, meanwhile, their last changes from git); build the
 * site model (addresses, markdown, regions, themes, volumes); plan the PDFs; load and check the templates
 * (parsed while the content is read); load the print fonts and check every printed character. Every finding
 * goes to one collector; a phase that needs an earlier one's result is skipped when that one failed, the
 * others still run, so that a run reports all it can. A command differs only in what it does with the
 * {@link Run}: write it ({@link BuildService}), report it ({@code check}), or serve it from memory
 * ({@link Previewer}).
 *
 * <p>Made with {@link #kept}, a pipeline keeps what it read for the next run: articles whose files did not
 * change, rendered bodies whose text and links' targets did not, the parsed templates until they change and
 * the print fonts until the settings do. Not thread-safe: one thread runs it; the runs it returns are.
 */
public final class Pipeline {
    /** One renderer for each way of treating raw HTML, shared by the runs. */
    private final Map<RawHtml, MarkdownRenderer> markdown = new EnumMap<>(RawHtml.class);
    private final String generator;
    private final ArticleCache articles;
    private final RenderCache bodies;
    private Templates templates;
    private final Printing.FontCache fonts = new Printing.FontCache();

    /**
     * What a run reads and how far it goes.
     *
     * @param site       whether the website's templates are needed
     * @param pdf        whether the PDFs are planned (when the settings also ask for them)
     * @param history    whether the articles' last changes are read from git (when the settings allow it)
     * @param printCheck whether the print fonts and characters are checked in the run, rather than before the
     *                   first PDF is printed
     * @param printed    the date the PDFs carry, or null for each book's own date
     */
    public record Request(Path content, Path templates, boolean site, boolean pdf, boolean history, boolean printCheck,
                          Instant printed) {
        public Request {
            content = content.toAbsolutePath().normalize();
            templates = templates.toAbsolutePath().normalize();
        }
    }

    private Pipeline(String generator, boolean keep, RenderCache bodies, ArticleCache articles) {
        this.generator = generator;
        this.articles = keep ? new ArticleCache() : articles;
        this.bodies = keep ? new RenderCache() : bodies;
        for (RawHtml r : RawHtml.values()) {
            markdown.put(r, MarkdownRenderer.create(r));
        }
    }

    /** A pipeline for one run. */
    public static Pipeline once(String generator) {
        return new Pipeline(generator, false, null, null);
    }

    /** A pipeline for one run that takes bodies rendered by an earlier build from {@code bodies} (and fills it). */
    public static Pipeline once(String generator, RenderCache bodies) {
        return new Pipeline(generator, false, bodies, null);
    }

    /**
     * As {@link #once(String, RenderCache)}, also taking the articles an earlier build read from {@code articles}
     * (a build's {@link ArticleCache#forBuild}), and filling it: an article whose file did not change is not read.
     */
    public static Pipeline once(String generator, RenderCache bodies, ArticleCache articles) {
        return new Pipeline(generator, false, bodies, articles);
    }

    /** A pipeline that keeps what it read for the next run (the preview server). */
    public static Pipeline kept(String generator) {
        return new Pipeline(generator, true, null, null);
    }

    public String generator() {
        return generator;
    }

    /** Runs every phase, from nothing kept. */
    public Run run(Request request, Diagnostics diagnostics, Progress progress) {
        return run(request, Set.of(), true, true, diagnostics, progress);
    }

    /**
     * Runs every phase, reading again what changed since the last run.
     *
     * @param changed          files (absolute paths) to read again in any case
     * @param templatesChanged whether the templates must be read again (a template or asset changed)
     * @param settingsChanged  whether the print fonts must be loaded again (the settings changed)
     */
    public Run run(Request request, Set<Path> changed, boolean templatesChanged, boolean settingsChanged,
                   Diagnostics diagnostics, Progress progress) {
        if (articles != null) {
            articles.forget(request.content(), changed);
        }
        if (templatesChanged) {
            templates = null;
            fonts.forget();
        }
        if (settingsChanged) {
            fonts.forget();
        }
        CompletableFuture<Templates> templatesReady = templates != null
                ? CompletableFuture.completedFuture(templates)
                : CompletableFuture.supplyAsync(() -> loadTemplates(request));
        SiteModel site = model(request, diagnostics, progress);
        List<Book> books = site != null && request.pdf() ? PrintPlan.of(site) : List.of();
        if (!books.isEmpty()) {
            PrintedPictures.check(site, diagnostics);
        }
        Templates parsed = null;
        TemplateError failure = null;
        try {
            parsed = join(templatesReady);
            templates = parsed;
        } catch (TemplateError e) {
            failure = e;
            e.diagnostics().forEach(diagnostics::add);
        }
        Printing printing = new Printing(site, parsed, request, fonts, generator);
        if (!books.isEmpty() && request.printCheck()) {
            progress.step(Msg.of("progress.glyphs"));
            printing.check(diagnostics);
        }
        return new Run(site, books, parsed, failure, printing, diagnostics);
    }

    /** Reads and checks the content and builds the site model; null when the content has errors. */
    private SiteModel model(Request request, Diagnostics diagnostics, Progress progress) {
        progress.step(Msg.of("progress.settings"));
        Project project = ProjectLoader.load(request.content(), diagnostics);
        CompletableFuture<Map<Path, LastChange>> changes = request.history() && project.settings().gitInfo()
                ? CompletableFuture.supplyAsync(() -> GitHistory.of(request.content()), ownThread("yearbook-git-history"))
                : CompletableFuture.completedFuture(Map.of());
        boolean settingsFailed = diagnostics.hasErrors();
        progress.step(Msg.of("progress.articles"));
        Content content = ContentLoader.load(request.content(), project, articles, diagnostics, progress::count);
        if (settingsFailed) {
            return null;
        }
        // the articles that read fine are still checked (addresses, links), so that one run reports every finding
        progress.step(Msg.of("progress.rendering", content.articles().size()));
        PartSources parts = new PartSources(ChronicleReader.read(request.content(), project, diagnostics),
                HonourReader.read(request.content(), project, diagnostics),
                StatReader.read(request.content(), project, diagnostics),
                PlateReader.read(request.content(), diagnostics));
        SiteModel site = new SiteBuilder(project, markdown.get(project.settings().rawHtml()), bodies)
                .build(content, parts, changes.join(), diagnostics);
        return diagnostics.hasErrors() ? null : site;
    }

    /**
     * Runs each task in a daemon thread of its own named {@code name}, not in the pool the articles are read and the
     * pages made in: for a task that mostly waits (on git), or that should take no worker from that pool.
     */
    static java.util.concurrent.Executor ownThread(String name) {
        return task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
        };
    }

    /** Loads the templates and parses those the run needs; the print template is parsed before printing. */
    private static Templates loadTemplates(Request request) {
        Templates t = Templates.of(request.templates());
        if (request.site()) {
            t.check(SiteRenderer.TEMPLATES);
        }
        if (request.pdf() && request.printCheck()) {
            t.check(List.of(BookRenderer.TEMPLATE));
        }
        return t;
    }

    /** What a task in a thread of its own made, or what it threw, as it threw it. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }
}
