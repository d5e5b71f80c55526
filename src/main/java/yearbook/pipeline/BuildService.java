package yearbook.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import yearbook.config.Project;
import yearbook.config.ProjectLoader;
import yearbook.config.RawHtml;
import yearbook.content.ArticleCache;
import yearbook.content.ContentLoader;
import yearbook.content.ContentLoader.Content;
import yearbook.diag.ContentException;
import yearbook.diag.Diagnostics;
import yearbook.history.GitHistory;
import yearbook.history.LastChange;
import yearbook.markdown.MarkdownRenderer;
import yearbook.print.GlyphCheck;
import yearbook.print.PdfError;
import yearbook.print.PdfMaker;
import yearbook.print.PrintFonts;
import yearbook.print.Book;
import yearbook.print.PrintPlan;
import yearbook.publish.Publisher;
import yearbook.print.BookRenderer;
import yearbook.render.SiteRenderer;
import yearbook.template.TemplateError;
import yearbook.search.SearchIndex;
import yearbook.template.Templates;
import yearbook.site.Page;
import yearbook.site.RenderCache;
import yearbook.site.SiteBuilder;
import yearbook.site.SiteModel;

/**
 * Builds a yearbook site, phase by phase: read settings, themes and regions; read every article; build the
 * site model (addresses, markdown, regions, themes, volumes); render the templates into a staging folder;
 * swap it in. Content errors from every phase are collected and thrown together as a
 * {@link ContentException} before anything is written; a template error is a {@link TemplateError}. In
 * either case the previous site is left as it was.
 */
public final class BuildService {
    /** The site folder the PDFs go in. */
    public static final String PDF_FOLDER = "pdf";
    /**
     * The file that marks a folder as a site this tool made, so that a build may replace it: a build never
     * replaces a folder that is neither empty nor marked (an {@code --output} pointing at the wrong folder).
     */
    public static final String SITE_MARK = ".yearbook-site";
    private static final byte[] SITE_MARK_TEXT = ("This folder is a website made by yearbook. Each build replaces "
            + "all of it.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** One renderer for each way of treating raw HTML, shared by the builds this service makes. */
    private final Map<RawHtml, MarkdownRenderer> markdown = new EnumMap<>(RawHtml.class);
    private final String generator;

    public BuildService(String generator) {
        this.generator = generator;
        for (RawHtml r : RawHtml.values()) {
            markdown.put(r, MarkdownRenderer.create(r));
        }
    }

    /** Reads and checks the content and builds the site model, writing nothing (and asking git nothing). */
    public SiteModel model(BuildOptions options, Diagnostics diagnostics, Progress progress) {
        return model(options, false, null, null, diagnostics, progress);
    }

    /**
     * As {@link #model(BuildOptions, Diagnostics, Progress)}, reading only the articles {@code articles} does not
     * have and rendering only the bodies {@code bodies} does not have.
     */
    public SiteModel model(BuildOptions options, ArticleCache articles, RenderCache bodies, Diagnostics diagnostics) {
        return model(options, false, articles, bodies, diagnostics, Progress.NONE);
    }

    /**
     * As {@link #model(BuildOptions, Diagnostics, Progress)}; with {@code history}, unless the settings say
     * {@code gitInfo: false}, the pages also get their articles' last changes from git, read while the articles
     * are.
     */
    private SiteModel model(BuildOptions options, boolean history, ArticleCache articles, RenderCache cache,
                            Diagnostics diagnostics, Progress progress) {
        progress.step("reading settings");
        Project project = ProjectLoader.load(options.content(), diagnostics);
        CompletableFuture<Map<Path, LastChange>> changes = history && project.settings().gitInfo()
                ? CompletableFuture.supplyAsync(() -> GitHistory.of(options.content()), BuildService::ownThread)
                : CompletableFuture.completedFuture(Map.of());
        progress.step("reading articles");
        Content content = ContentLoader.load(options.content(), project, articles, diagnostics);
        diagnostics.throwIfErrors();
        progress.step("rendering " + content.articles().size() + " articles");
        SiteModel site = new SiteBuilder(project, markdown.get(project.settings().rawHtml()), cache).build(content, changes.join(), diagnostics);
        diagnostics.throwIfErrors();
        return site;
    }

    /** Runs a task that mostly waits (on git) in a thread of its own, not in the pool that reads the articles. */
    private static void ownThread(Runnable task) {
        Thread t = new Thread(task, "yearbook-git-history");
        t.setDaemon(true);
        t.start();
    }

    public BuildResult build(BuildOptions options, Progress progress) throws IOException {
        long start = System.nanoTime();
        checkFolders(options);
        // a build stopped half-way put right before anything else, also for a build that fails or makes only PDFs
        Publisher.recover(options.output());
        // Templates load and parse while the content is read: they are independent until rendering.
        CompletableFuture<Templates> templatesReady = CompletableFuture.supplyAsync(() -> loadTemplates(options));
        Diagnostics diagnostics = new Diagnostics();
        SiteModel site = model(options, options.site(), null, null, diagnostics, progress);
        List<Book> books = options.pdf() ? PrintPlan.of(site) : List.of();
        PrintFonts fonts = null;
        if (!books.isEmpty()) {
            progress.step("checking characters against the print fonts");
            fonts = PrintFonts.of(site.settings().print(), options.templates(),
                    options.content().resolve(ProjectLoader.SETTINGS_FILE), diagnostics);
            diagnostics.throwIfErrors();
            GlyphCheck.check(printedFiles(site, options.content()), fonts, diagnostics);
            diagnostics.throwIfErrors();
        }
        Templates templates = join(templatesReady);
        // The site replaces the whole output folder; the PDFs alone replace only its pdf/ folder.
        Publisher publisher = new Publisher(options.site() ? options.output() : options.output().resolve(PDF_FOLDER));
        int pages = 0;
        int files;
        long bytes;
        try (Publisher.Staging staging = publisher.begin()) {
            if (options.site()) {
                progress.step("writing pages");
                staging.write(SITE_MARK, SITE_MARK_TEXT);
                pages = new SiteRenderer(templates, generator, books).render(site, staging, options.content());
                progress.step("indexing for search");
                SearchIndex.of(site).files().entrySet().parallelStream().forEach(e -> staging.write(e.getKey(), e.getValue()));
            }
            if (!books.isEmpty()) {
                progress.step("printing " + books.size() + " PDF" + (books.size() == 1 ? "" : "s"));
                print(books, site, templates, fonts, options, staging);
            }
            files = staging.fileCount();
            bytes = staging.byteCount();
            staging.commit();
        }
        return new BuildResult(site.pages().size(), pages, books.size(), files, bytes, diagnostics.all(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The files whose text is printed: every article, the settings, the themes and the extra regions. */
    public static List<Path> printedFiles(SiteModel site, Path content) {
        List<Path> files = new ArrayList<>();
        for (Page p : site.pages()) {
            files.add(p.article().file());
        }
        for (String data : List.of(ProjectLoader.SETTINGS_FILE, ProjectLoader.THEMES_FILE, ProjectLoader.REGIONS_FILE)) {
            if (Files.isRegularFile(content.resolve(data))) {
                files.add(content.resolve(data));
            }
        }
        return files;
    }

    /**
     * Renders the books, as many at once as there are processors, and writes each PDF whole. The first
     * failure stops the books not yet started and is thrown once the running ones have finished.
     */
    private void print(List<Book> books, SiteModel site, Templates templates, PrintFonts fonts, BuildOptions options,
                       Publisher.Staging staging) {
        BookRenderer renderer = new BookRenderer(templates, site.settings(), generator);
        PdfMaker maker = new PdfMaker(fonts, generator);
        int threads = Math.max(1, Math.min(books.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Book book : books) {
                running.add(pool.submit(() -> {
                    if (failure.get() != null) {
                        return;
                    }
                    try {
                        byte[] pdf = print(book, site, renderer, maker, options);
                        // a PDF-only build stages the pdf/ folder itself
                        staging.write(options.site() ? book.path() : book.path().substring(PDF_FOLDER.length() + 1), pdf);
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } catch (OutOfMemoryError e) {
                        failure.compareAndSet(null, new PdfError("the PDF " + book.path() + " needs more memory than "
                                + "Java may use here (" + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB); give it more, "
                                + "for example YEARBOOK_JAVA_OPTS=\"-Xss4m -Xmx4g\", or build with --no-pdf"));
                    }
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while printing", e);
                } catch (ExecutionException e) {
                    failure.compareAndSet(null, new IllegalStateException(e.getCause()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** One book of the print yearbook as PDF bytes, for the preview server. */
    public byte[] print(Book book, SiteModel site, Templates templates, PrintFonts fonts, BuildOptions options) {
        return print(book, site, new BookRenderer(templates, site.settings(), generator), new PdfMaker(fonts, generator), options);
    }

    private static byte[] print(Book book, SiteModel site, BookRenderer renderer, PdfMaker maker, BuildOptions options) {
        String html = renderer.render(book);
        Instant created = options.printed() != null ? options.printed() : book.date().atStartOfDay(ZoneOffset.UTC).toInstant();
        String author = site.settings().publisher() != null ? site.settings().publisher() : site.settings().title();
        return maker.make(book.path(), html, options.content(),
                new PdfMaker.Meta(book.title(), author, site.settings().subtitle(), site.settings().language(), created));
    }

    private static Templates loadTemplates(BuildOptions options) {
        try {
            Templates t = new Templates(options.templates());
            if (options.site()) {
                t.check(SiteRenderer.TEMPLATES);
            }
            if (options.pdf()) {
                t.check(List.of(BookRenderer.TEMPLATE));
            }
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Templates join(CompletableFuture<Templates> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * Whether a build may replace the folder: it does not exist or is empty, or it carries the mark of a site
     * this tool made (or, made before the mark existed, has a site's index.html, 404.html and sitemap.xml).
     */
    private static boolean replaceable(Path out) {
        if (!Files.isDirectory(out) || Files.exists(out.resolve(SITE_MARK))) {
            return true;
        }
        try (var entries = Files.list(out)) {
            if (entries.findAny().isEmpty()) {
                return true;
            }
        } catch (IOException e) {
            return false;
        }
        return Files.isRegularFile(out.resolve("index.html")) && Files.isRegularFile(out.resolve("404.html"))
                && Files.isRegularFile(out.resolve("sitemap.xml"));
    }

    private static boolean onlyPdfs(Path folder) {
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (var entries = Files.list(folder)) {
            return entries.allMatch(p -> p.getFileName().toString().endsWith(".pdf") && Files.isRegularFile(p));
        } catch (IOException e) {
            return false;
        }
    }

    private static void checkFolders(BuildOptions options) {
        Diagnostics d = new Diagnostics();
        if (!Files.isDirectory(options.content())) {
            d.error(options.content(), 0, "the content folder does not exist");
        }
        if (!Files.isDirectory(options.templates())) {
            d.error(options.templates(), 0, "the templates folder does not exist");
        }
        Path out = options.output();
        if (out.equals(options.content()) || options.content().startsWith(out) || options.templates().startsWith(out)
                || out.equals(out.getRoot()) || out.equals(Path.of(System.getProperty("user.home")).toAbsolutePath())) {
            d.error(out, 0, "refusing to use this folder as the output: it would replace the content, the templates or a system folder");
        } else if (options.site() && !replaceable(out)) {
            d.error(out, 0, "refusing to replace this folder: a build replaces the whole output folder, and this one "
                    + "has files but was not made by yearbook (it has no " + SITE_MARK + " file); choose a new or "
                    + "empty folder, or remove this one first");
        } else if (!options.site() && !onlyPdfs(out.resolve(PDF_FOLDER))) {
            d.error(out.resolve(PDF_FOLDER), 0, "refusing to replace this folder: the PDFs replace the whole "
                    + PDF_FOLDER + "/ folder, and this one has files other than PDFs; remove it first");
        }
        d.throwIfErrors();
    }
}
