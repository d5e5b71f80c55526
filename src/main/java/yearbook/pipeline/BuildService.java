package yearbook.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.LinkedHashMap;

import yearbook.content.ArticleCache;
import yearbook.diag.Msg;
import yearbook.diag.ContentException;
import yearbook.diag.Diagnostics;
import yearbook.print.Book;
import yearbook.print.BookPrinter;
import yearbook.print.PrintPlan;
import yearbook.publish.BuildCache;
import yearbook.publish.Publisher;
import yearbook.render.SitePlan;
import yearbook.render.SiteRenderer;
import yearbook.search.SearchIndex;
import yearbook.site.RenderCache;
import yearbook.site.SiteModel;
import yearbook.template.TemplateError;

/**
 * {@code build} and {@code pdf}: runs the {@link Pipeline} and writes what it made, the pages, the search index
 * and the PDFs, into a staging folder that replaces the output only when everything succeeded. Content errors
 * from every phase are thrown together as a {@link ContentException} before anything is written; a template
 * error alone is a {@link TemplateError}. In either case the previous site is left as it was.
 */
public final class BuildService {
    /**
     * The file that marks a folder as a site this tool made, so that a build may replace it: a build never
     * replaces a folder that is neither empty nor marked (an {@code --output} pointing at the wrong folder).
     */
    public static final String SITE_MARK = ".yearbook-site";
    /** The name of the articles' state in the build cache ({@link ArticleCache#state}). */
    private static final String ARTICLES = "articles";
    /** The name of the site's folders as the last commit left them, in the build cache ({@link Publisher#folders}). */
    private static final String FOLDERS = "folders";
    private static final byte[] SITE_MARK_TEXT = ("This folder is a website made by yearbook. Each build replaces "
            + "all of it.\n").getBytes(StandardCharsets.UTF_8);

    private final String generator;

    public BuildService(String generator) {
        this.generator = generator;
    }

    public BuildResult build(BuildOptions options, Progress progress) throws IOException {
        long start = System.nanoTime();
        checkFolders(options);
        // one build at a time into an output folder: another would take this one's unfinished folder for one left
        // behind by a build stopped half-way, and delete it
        try (java.io.Closeable held = Publisher.lock(options.output())) {
            return locked(options, progress, start);
        }
    }

    /** {@link #build}, the output folder taken. */
    private BuildResult locked(BuildOptions options, Progress progress, long start) throws IOException {
        // a build stopped half-way put right before anything else, also for a build that fails or makes only PDFs
        Publisher.recover(options.output());
        // what the last build made is kept when its fingerprint is the same; a PDF-only build keeps no record
        BuildCache cache = options.cache() != null && options.site()
                ? BuildCache.open(options.cache(), options.output(), toolFingerprint())
                : BuildCache.none(options.output());
        // the bodies rendered last time are read meanwhile the articles are
        RenderCache bodies = cache.enabled() ? RenderCache.later(cache::bodies) : null;
        // The site replaces the whole output folder; the PDFs alone replace only its pdf/ folder.
        Publisher publisher = new Publisher(options.site() ? options.output() : options.output().resolve(PrintPlan.FOLDER));
        if (cache.enabled()) {
            // what the commit in place deletes is found from it, meanwhile the build runs; the folders whose time
            // is the one the last build saw are not listed again
            publisher.listEarly(cache.previous(FOLDERS)::state);
            cache.sizesFrom(publisher::listed); // and what a kept file is checked against
        }
        try {
            return build(options, progress, cache, bodies, publisher, start);
        } catch (RenderCache.Damaged e) {
            // a rendered body could not be read back from the cache: made again without what the cache kept
            BuildCache.clear(options.cache());
            return locked(options, progress, System.nanoTime());
        } finally {
            if (bodies != null) {
                bodies.close(); // the file their HTML is read from
            }
        }
    }

    private BuildResult build(BuildOptions options, Progress progress, BuildCache cache, RenderCache bodies,
                              Publisher publisher, long start) throws IOException {
        // and the articles whose files did not change are taken as the last build read them
        // (read in a thread of their own, meanwhile the settings are read and the content folder walked)
        ArticleCache read = cache.enabled() ? articles(cache.previous(ARTICLES)) : null;
        Run run = Pipeline.once(generator, bodies, read).run(new Pipeline.Request(options.content(), options.templates(),
                options.site(), options.pdf(), options.site(), true, options.printed()), new Diagnostics(), progress);
        run.throwIfErrors();
        SiteModel site = run.site();
        List<Book> books = run.books();
        int pages = 0;
        // what the next build reads of the articles and their bodies is made meanwhile the site is written, in a
        // thread of its own
        java.util.concurrent.CompletableFuture<ForNext> forNext = read == null ? null
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> ForNext.of(read, bodies),
                        Pipeline.ownThread("yearbook-for-next-build"));
        int files;
        long bytes;
        yearbook.config.Settings settings;
        int articleCount;
        int bookCount;
        Diagnostics diagnostics;
        // with a cache, the files kept stay where they are and the commit puts only the files made in place
        try (Publisher.Staging staging = publisher.begin(cache.enabled(), cache.recorded())) {
            if (options.site()) {
                pages = writeSite(options, progress, cache, bodies, staging, run, books);
            }
            if (!books.isEmpty()) {
                // a book whose fingerprint is the one recorded for its PDF is not laid out again
                String[] keys = cache.enabled() ? run.printer().keys(books) : new String[books.size()];
                List<Book> changed = new java.util.ArrayList<>();
                Map<String, String> keyByPath = new java.util.HashMap<>();
                for (int i = 0; i < keys.length; i++) {
                    Book b = books.get(i);
                    keyByPath.put(b.path(), keys[i]);
                    if (!cache.keep(staging, b.path(), keys[i])) {
                        changed.add(b);
                    }
                }
                // a province printed from its volume's pages has its volume printed with it
                List<Book> toPrint = BookPrinter.withVolumes(changed, books);
                java.util.Set<String> written = new java.util.HashSet<>();
                changed.forEach(b -> written.add(b.path()));
                java.util.Set<String> printed = new java.util.HashSet<>();
                toPrint.forEach(b -> printed.add(b.path()));
                books.stream().filter(b -> !printed.contains(b.path())).forEach(run.printer()::forget);
                // within the phase, the articles laid out in all the books: a book takes its time by its articles
                long articles = toPrint.stream().mapToLong(b -> b.articles().size()).sum();
                progress.step(Msg.of(toPrint.size() == 1 ? "progress.pdf.articles.one" : "progress.pdf.articles", toPrint.size()));
                java.util.concurrent.atomic.AtomicLong laidOut = new java.util.concurrent.atomic.AtomicLong();
                // a PDF-only build stages the pdf/ folder itself
                run.printer().printAll(toPrint, (book, pdf) -> {
                            if (written.contains(book.path())) { // a volume printed for its provinces may be kept as it was
                                cache.write(staging, options.site() ? book.path() : book.fileName(), keyByPath.get(book.path()), pdf);
                            }
                        },
                        n -> progress.count(laidOut.addAndGet(n), articles));
            }
            files = staging.fileCount();
            bytes = staging.byteCount();
            // what the end of the build reports, kept; the site model let go, so that the collector, when the
            // commit and the records fill the heap, does not go through it all again (a second at 100 000 articles)
            settings = site.settings();
            articleCount = site.pages().size();
            bookCount = books.size();
            diagnostics = run.diagnostics();
            run = null;
            site = null;
            books = null;
            staging.commit();
        }
        try {
            // (a failure to make it counts as one to write it: the cache is cleared below)
            ForNext next = forNext != null ? forNext.join() : null;
            if (next != null && next.articles() != null) {
                cache.saveState(ARTICLES, next.articles());
            } else if (next != null) {
                cache.saveChanges(ARTICLES, next.articleChanges());
            }
            byte[] folders = publisher.folders();
            cache.saveState(FOLDERS, folders != null ? folders : new byte[0]);
            cache.save();
            if (bodies != null && !bodies.unchangedSinceRead()) {
                if (next != null && next.bodyChanges() != null) {
                    cache.saveBodyChanges(next.bodyChanges());
                } else {
                    cache.saveBodies(bodies);
                }
            }
        } catch (IOException | RenderCache.Damaged | java.util.concurrent.CompletionException e) {
            // the site is in place (a body read back to write the cache again counts too, not a reason to build
            // again); without a record the next build makes everything again
            BuildCache.clear(options.cache());
        }
        fileBudget(settings, options.content(), options.site() ? files : -1, diagnostics);
        return new BuildResult(articleCount, pages, bookCount, files, bytes, diagnostics.all(),
                (System.nanoTime() - start) / 1_000_000, cache.kept(), cache.keptOnInputs());
    }

    /**
     * Puts the website's pages and search index into {@code staging}: the pages made or kept, then the index made or
     * brought up to date. Returns the number of pages. What it made to do so is let go when it returns.
     */
    private int writeSite(BuildOptions options, Progress progress, BuildCache cache, RenderCache bodies,
                          Publisher.Staging staging, Run run, List<Book> books) {
        staging.write(SITE_MARK, SITE_MARK_TEXT);
        // the search index is made, or brought up to date from the previous one when only some articles changed, in
        // a thread of its own meanwhile the pages are planned and the site model's key is taken: each of these leaves
        // a processor idle part of the time. The pages are placed after the index is written and let go, as a build
        // that makes them all needs the memory.
        java.util.concurrent.CompletableFuture<SearchIndex> searched = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> SearchIndex.of(run.site(), cache.enabled() ? previousIndex(cache, bodies) : null),
                Pipeline.ownThread("yearbook-search"));
        SiteRenderer renderer = new SiteRenderer(run.templates(), generator, books);
        SitePlan plan = renderer.plan(run.site(), options.content());
        if (cache.enabled()) {
            renderer.takeModelKey(); // every page kept on its inputs needs it
        }
        progress.step(Msg.of("progress.search"));
        writeIndex(Pipeline.join(searched), cache, staging);
        searched = null; // and the index let go
        progress.step(Msg.of("progress.pages"));
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        int total = plan.made().size();
        staging.writeAll(plan.made(), (into, path, make) -> {
            cache.place(into, path, make);
            progress.count(done.incrementAndGet(), total);
        });
        plan.copied().forEach((path, source) -> staging.copy(source, path));
        return plan.pages();
    }

    /** Puts the search index's files made into {@code staging}, keeps those it kept, and records its state. */
    private static void writeIndex(SearchIndex index, BuildCache cache, Publisher.Staging staging) {
        index.files().entrySet().parallelStream().forEach(f -> cache.write(staging, f.getKey(),
                SEARCH + index.fingerprint(f.getKey()), f.getValue()));
        index.kept().parallelStream().forEach(p -> cache.keepIntact(staging, p, SEARCH + index.fingerprint(p)));
        if (cache.enabled()) {
            cache.saveState("search", index.state());
        }
    }

    /**
     * What the next build reads besides the record: the articles' state whole or what changed in it, and what
     * changed in the rendered bodies when that is little (else null: the whole set is written at the end).
     */
    private record ForNext(byte[] articles, byte[] articleChanges, byte[] bodyChanges) {
        static ForNext of(ArticleCache read, RenderCache bodies) {
            byte[] changed = read.changes();
            byte[] whole = changed == null ? read.state() : null;
            byte[] bodyChanges = null;
            try {
                if (bodies != null && !bodies.unchangedSinceRead() && bodies.changesSuffice()) {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    bodies.writeChanges(out);
                    bodyChanges = out.toByteArray();
                }
            } catch (IOException | RuntimeException e) {
                bodyChanges = null; // written at the end, as before
            }
            return new ForNext(whole, changed, bodyChanges);
        }
    }

    private static ArticleCache articles(BuildCache.Group previous) {
        return ArticleCache.forBuildLater(previous::state, previous::changes);
    }

    /** What the build cache records for a file of the search index: this, then the fingerprint of its bytes. */
    private static final String SEARCH = "#search ";

    private static SearchIndex.Previous previousIndex(BuildCache cache, RenderCache bodies) {
        BuildCache.Group group = cache.previous("search");
        return new SearchIndex.Previous() {
            @Override
            public yearbook.site.Page before(yearbook.site.Page now) {
                RenderCache.Before b = bodies == null ? null : bodies.before(now.article().path());
                return b == null ? null : new yearbook.site.Page(now.article(), now.url(), now.chain(), b.html(),
                        now.headings(), now.summary(), now.lastChange(), now.pictures(), b.key());
            }

            @Override
            public byte[] state() {
                return group.state();
            }

            @Override
            public boolean intact(String sitePath, String fingerprint) {
                return group.intact(sitePath, SEARCH + fingerprint);
            }

            @Override
            public byte[] read(String sitePath) {
                return group.read(sitePath);
            }
        };
    }

    /**
     * A fingerprint of the tool's own code, which a build cache is valid for: the name, size and checksum of every
     * entry of the tool's jar (its classes, resources and libraries), as the jar's index lists them, so a tool
     * built again from the same sources keeps the caches and any change to it starts them afresh. Run from a
     * folder of classes, the files' names, sizes and times.
     */
    static String toolFingerprint() {
        try {
            Path code = Path.of(BuildService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Object> parts = new java.util.ArrayList<>();
            if (Files.isRegularFile(code)) {
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(code.toFile())) {
                    jar.stream().sorted(java.util.Comparator.comparing(java.util.zip.ZipEntry::getName))
                            .forEach(e -> parts.add(e.getName() + " " + e.getSize() + " " + e.getCrc()));
                }
            } else {
                try (var files = Files.walk(code)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        parts.add(code.relativize(f) + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis());
                    }
                }
            }
            return yearbook.fingerprint.Fingerprint.once(parts);
        } catch (Exception e) {
            return "unknown";
        }
    }

    /**
     * Warns when the site has more files than {@code site.maxFiles} (a host's limit), or within a tenth of it,
     * so the editors hear of it before a host refuses the site. {@code files} is -1 for a PDF-only build.
     */
    static void fileBudget(yearbook.config.Settings settings, Path content, long files, yearbook.diag.Diagnostics diagnostics) {
        if (files < 0 || !settings.nearFileLimit(files)) {
            return;
        }
        Path yaml = content.resolve(yearbook.config.ProjectLoader.SETTINGS_FILE);
        if (files > settings.maxFiles()) {
            diagnostics.warning(yaml, 0, Msg.of("site-files.over", files, settings.maxFiles()));
        } else {
            diagnostics.warning(yaml, 0, Msg.of("site-files.near", files, settings.maxFiles()));
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
            d.error(options.content(), 0, Msg.of("no-content-folder"));
        }
        Path out = options.output();
        if (out.equals(options.content()) || options.content().startsWith(out) || options.templates().startsWith(out)
                || out.equals(out.getRoot()) || out.equals(Path.of(System.getProperty("user.home")).toAbsolutePath())) {
            d.error(out, 0, Msg.of("output-refused"));
        } else if (options.site() && !replaceable(out)) {
            // a first build into a new folder fills it before marking it as a site: that folder is busy, not foreign
            d.error(out, 0, Publisher.busy(out) ? Msg.of("output-busy") : Msg.of("output-not-ours", SITE_MARK));
        } else if (!options.site() && !onlyPdfs(out.resolve(PrintPlan.FOLDER))) {
            d.error(out.resolve(PrintPlan.FOLDER), 0, Msg.of("pdf-folder-not-ours", PrintPlan.FOLDER));
        }
        d.throwIfErrors();
    }
}
