package yearbook.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import yearbook.config.ProjectLoader;
import yearbook.content.ArticleCache;
import yearbook.diag.Diagnostics;
import yearbook.print.GlyphCheck;
import yearbook.print.PrintFonts;
import yearbook.print.Book;
import yearbook.print.PrintPlan;
import yearbook.print.BookRenderer;
import yearbook.render.SitePlan;
import yearbook.render.SiteRenderer;
import yearbook.template.Templates;
import yearbook.site.RenderCache;
import yearbook.site.SiteModel;

/**
 * Makes {@link Preview}s of one content and template folder, one after another as they change. Parsed
 * templates and the print fonts are kept from one preview to the next until the templates or the
 * settings change, the articles read while their files stay the same, and rendered article bodies while their text and their
 * links' targets do. Not thread-safe: one thread calls {@link #next}; the previews it returns are.
 */
public final class Previewer {
    private final BuildOptions options;
    private final BuildService builds;
    private final String generator;
    private Templates templates;
    private volatile PrintFonts fonts;
    private final RenderCache bodies = new RenderCache();
    private final ArticleCache articles = new ArticleCache();

    /** @param options the folders; the output folder is not used, nothing is written */
    public Previewer(BuildOptions options, String generator) {
        this.options = options;
        this.generator = generator;
        this.builds = new BuildService(generator);
    }

    public BuildOptions options() {
        return options;
    }

    /**
     * Reads the content again and builds a new preview.
     *
     * @param templatesChanged whether the templates must be read again (a template or asset changed)
     * @param settingsChanged  whether the print fonts must be loaded again (the settings changed)
     * @throws yearbook.diag.ContentException with every content error, as a build reports them
     * @throws yearbook.template.TemplateError when a template does not parse
     */
    public Preview next(boolean templatesChanged, boolean settingsChanged) throws IOException {
        return next(templatesChanged, settingsChanged, Set.of());
    }

    /** As {@link #next(boolean, boolean)}, reading the {@code changed} files (absolute paths) again in any case. */
    public Preview next(boolean templatesChanged, boolean settingsChanged, Set<Path> changed) throws IOException {
        long start = System.nanoTime();
        articles.forget(options.content(), changed);
        if (templatesChanged || templates == null) {
            // dropped first: when the new ones do not parse, the next preview reads them again
            templates = null;
            fonts = null;
            Templates t = new Templates(options.templates());
            t.check(SiteRenderer.TEMPLATES);
            templates = t;
        }
        if (settingsChanged) {
            fonts = null;
        }
        Diagnostics diagnostics = new Diagnostics();
        SiteModel site = builds.model(options, articles, bodies, diagnostics);
        List<Book> books = PrintPlan.of(site);
        Templates t = templates;
        SitePlan plan = new SiteRenderer(t, generator, books).plan(site, options.content());
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Preview(site, plan, books, new Printing(site, t)::print, diagnostics.all(), millis);
    }

    /** The PDFs of one preview: printed as a build prints them, the characters checked once, before the first. */
    private final class Printing {
        private final SiteModel site;
        private final Templates templates;
        private PrintFonts checked;

        Printing(SiteModel site, Templates templates) {
            this.site = site;
            this.templates = templates;
        }

        byte[] print(Book book) {
            return builds.print(book, site, templates, checkedFonts(), options);
        }

        private synchronized PrintFonts checkedFonts() {
            if (checked == null) {
                Diagnostics d = new Diagnostics();
                PrintFonts f = fonts(site, d);
                d.throwIfErrors();
                GlyphCheck.check(BuildService.printedFiles(site, options.content()), f, d);
                d.throwIfErrors();
                templates.check(List.of(BookRenderer.TEMPLATE));
                checked = f;
            }
            return checked;
        }
    }

    private synchronized PrintFonts fonts(SiteModel site, Diagnostics d) {
        if (fonts == null) {
            PrintFonts f = PrintFonts.of(site.settings().print(), options.templates(),
                    options.content().resolve(ProjectLoader.SETTINGS_FILE), d);
            if (!d.hasErrors()) {
                fonts = f;
            }
            return f;
        }
        return fonts;
    }
}
