package yearbook.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import yearbook.config.Project;
import yearbook.config.ProjectLoader;
import yearbook.content.ContentLoader;
import yearbook.content.ContentLoader.Content;
import yearbook.diag.ContentException;
import yearbook.diag.Diagnostics;
import yearbook.markdown.MarkdownRenderer;
import yearbook.publish.Publisher;
import yearbook.render.SiteRenderer;
import yearbook.render.TemplateError;
import yearbook.render.Templates;
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
    private final MarkdownRenderer markdown = MarkdownRenderer.create();
    private final String generator;

    public BuildService(String generator) {
        this.generator = generator;
    }

    /** Reads and checks the content and builds the site model, writing nothing. */
    public SiteModel model(BuildOptions options, Diagnostics diagnostics, Progress progress) {
        progress.step("reading settings");
        Project project = ProjectLoader.load(options.content(), diagnostics);
        progress.step("reading articles");
        Content content = ContentLoader.load(options.content(), project, diagnostics);
        diagnostics.throwIfErrors();
        progress.step("rendering " + content.articles().size() + " articles");
        SiteModel site = new SiteBuilder(project, markdown).build(content, diagnostics);
        diagnostics.throwIfErrors();
        return site;
    }

    public BuildResult build(BuildOptions options, Progress progress) throws IOException {
        long start = System.nanoTime();
        checkFolders(options);
        // Templates load and parse while the content is read: they are independent until rendering.
        CompletableFuture<Templates> templatesReady = CompletableFuture.supplyAsync(() -> loadTemplates(options));
        Diagnostics diagnostics = new Diagnostics();
        SiteModel site = model(options, diagnostics, progress);
        Templates templates = join(templatesReady);
        Publisher publisher = new Publisher(options.output());
        int pages;
        int files;
        long bytes;
        try (Publisher.Staging staging = publisher.begin()) {
            progress.step("writing pages");
            pages = new SiteRenderer(templates, generator).render(site, staging, options.content());
            files = staging.fileCount();
            bytes = staging.byteCount();
            staging.commit();
        }
        return new BuildResult(site.pages().size(), pages, files, bytes, diagnostics.all(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static Templates loadTemplates(BuildOptions options) {
        try {
            Templates t = new Templates(options.templates());
            t.check(SiteRenderer.TEMPLATES);
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
        }
        d.throwIfErrors();
    }
}
