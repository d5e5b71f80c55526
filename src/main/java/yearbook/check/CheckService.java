package yearbook.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import yearbook.diag.Msg;
import yearbook.content.ContentLoader;
import yearbook.content.FrontMatter;
import yearbook.diag.Diagnostics;
import yearbook.pipeline.Pipeline;
import yearbook.pipeline.Progress;
import yearbook.text.TextFiles;

/**
 * Checks a yearbook as a build would, writing nothing: the settings, the articles and the site model (front
 * matter, regions, themes, addresses, links), the templates, and, when the settings make PDFs, every printed
 * character against the print fonts. Besides, what a build lets pass but an editor should see: import flags
 * still in an article ({@link ImportFlags}) and half-width punctuation inside Chinese text
 * ({@link MixedPunctuation}). Every finding is collected; nothing is thrown for a problem in the content.
 */
public final class CheckService {
    private final Pipeline pipeline;

    public CheckService(String generator) {
        this.pipeline = Pipeline.once(generator);
    }

    /** The result: every finding, and how many articles were looked at. */
    public record Result(Diagnostics diagnostics, int articles) {
    }

    public Result check(Path contentDir, Path templatesDir, Progress progress) {
        Pipeline.Request request = new Pipeline.Request(contentDir, templatesDir, true, true, false, true, null);
        Path content = request.content();
        Diagnostics diagnostics = new Diagnostics();
        pipeline.run(request, diagnostics, progress);
        List<String> articles = Files.isDirectory(content) ? ContentLoader.articleFiles(content) : List.of();
        progress.step(Msg.of("progress.check-text", articles.size()));
        articles.parallelStream().forEach(a -> checkText(content.resolve(a), diagnostics));
        return new Result(diagnostics, articles.size());
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
