package yearbook.pipeline;

import java.nio.file.Path;
import java.util.Set;

import yearbook.diag.Diagnostics;
import yearbook.render.SitePlan;
import yearbook.render.SiteRenderer;

/**
 * Makes {@link Preview}s of one content and template folder, one after another as they change, by running a
 * {@link Pipeline#kept kept} pipeline: parsed templates and the print fonts are kept from one preview to the
 * next until the templates or the settings change, the articles read while their files stay the same, and
 * rendered article bodies while their text and their links' targets do. The print fonts and characters are
 * checked before the first PDF is printed, not in every preview. Not thread-safe: one thread calls
 * {@link #next}; the previews it returns are.
 */
public final class Previewer {
    private final BuildOptions options;
    private final Pipeline pipeline;

    /** @param options the folders; the output folder is not used, nothing is written */
    public Previewer(BuildOptions options, String generator) {
        this.options = options;
        this.pipeline = Pipeline.kept(generator);
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
    public Preview next(boolean templatesChanged, boolean settingsChanged) {
        return next(templatesChanged, settingsChanged, Set.of());
    }

    /** As {@link #next(boolean, boolean)}, reading the {@code changed} files (absolute paths) again in any case. */
    public Preview next(boolean templatesChanged, boolean settingsChanged, Set<Path> changed) {
        long start = System.nanoTime();
        Run run = pipeline.run(new Pipeline.Request(options.content(), options.templates(), true, true, false, false,
                options.printed()), changed, templatesChanged, settingsChanged, new Diagnostics(), Progress.NONE);
        run.throwIfErrors();
        SitePlan plan = new SiteRenderer(run.templates(), pipeline.generator(), run.books()).plan(run.site(), options.content());
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Preview(run.site(), plan, run.books(), book -> run.printer().print(book, run.books()), run.diagnostics().all(), millis);
    }
}
