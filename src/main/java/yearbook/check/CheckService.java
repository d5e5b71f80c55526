package yearbook.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildService;
import yearbook.pipeline.Progress;
import yearbook.config.ProjectLoader;
import yearbook.content.ContentLoader;
import yearbook.content.FrontMatter;
import yearbook.diag.ContentException;
import yearbook.diag.Diagnostics;
import yearbook.print.GlyphCheck;
import yearbook.print.PrintFonts;
import yearbook.print.BookRenderer;
import yearbook.render.SiteRenderer;
import yearbook.template.TemplateError;
import yearbook.template.Templates;
import yearbook.site.SiteModel;
import yearbook.text.TextFiles;

/**
 * Checks a yearbook as a build would, writing nothing: the settings, the articles and the site model (front
 * matter, regions, themes, addresses, links), the templates, and, when the settings make PDFs, every printed
 * character against the print fonts. Besides, what a build lets pass but an editor should see: import flags
 * still in an article ({@link ImportFlags}) and half-width punctuation inside Chinese text
 * ({@link MixedPunctuation}). Every finding is collected; nothing is thrown for a problem in the content.
 */
public final class CheckService {
    private final BuildService build;

    public CheckService(String generator) {
        this.build = new BuildService(generator);
    }

    /** The result: every finding, and how many articles were looked at. */
    public record Result(Diagnostics diagnostics, int articles) {
    }

    public Result check(Path contentDir, Path templatesDir, Progress progress) {
        // the output folder is never used: the model is made in memory and nothing is rendered or published
        BuildOptions options = new BuildOptions(contentDir, templatesDir, contentDir, true, true, null);
        Path content = options.content();
        Path templates = options.templates();
        Diagnostics diagnostics = new Diagnostics();
        if (!Files.isDirectory(templates)) {
            diagnostics.error(templates, 0, "the templates folder does not exist");
        }
        SiteModel site = null;
        try {
            site = build.model(options, diagnostics, progress);
        } catch (ContentException e) {
            // every finding is already in the collector; the checks below still run
        }
        boolean pdf = site != null && site.settings().print().enabled();
        if (Files.isDirectory(templates)) {
            progress.step("checking the templates");
            checkTemplates(templates, pdf, diagnostics);
        }
        if (pdf) {
            progress.step("checking characters against the print fonts");
            Diagnostics fontProblems = new Diagnostics();
            PrintFonts fonts = PrintFonts.of(site.settings().print(), templates,
                    content.resolve(ProjectLoader.SETTINGS_FILE), fontProblems);
            fontProblems.all().forEach(diagnostics::add);
            if (!fontProblems.hasErrors()) {
                GlyphCheck.check(BuildService.printedFiles(site, content), fonts, diagnostics);
            }
        }
        List<String> articles = Files.isDirectory(content) ? ContentLoader.articleFiles(content) : List.of();
        progress.step("checking " + articles.size() + " articles for import flags and punctuation");
        articles.parallelStream().forEach(a -> checkText(content.resolve(a), diagnostics));
        return new Result(diagnostics, articles.size());
    }

    private static void checkTemplates(Path dir, boolean pdf, Diagnostics diagnostics) {
        try {
            Templates t = new Templates(dir);
            t.check(SiteRenderer.TEMPLATES);
            if (pdf) {
                t.check(List.of(BookRenderer.TEMPLATE));
            }
        } catch (TemplateError e) {
            diagnostics.error(dir.resolve(e.template()), e.line(), e.getMessage());
        } catch (IOException e) {
            diagnostics.error(dir, 0, "the templates folder cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The checks on an article's text; an article that cannot be read or split was reported by the loader. */
    private static void checkText(Path file, Diagnostics diagnostics) {
        Diagnostics ignored = new Diagnostics();
        Optional<String> text = TextFiles.read(file, ignored);
        if (text.isEmpty()) {
            return;
        }
        Optional<FrontMatter> fm = FrontMatter.split(file, text.get(), ignored);
        if (fm.isEmpty()) {
            return;
        }
        ImportFlags.find(file, fm.get()).forEach(diagnostics::add);
        MixedPunctuation.find(file, fm.get()).forEach(diagnostics::add);
    }
}
