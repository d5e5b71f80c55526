package yearbook.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import yearbook.diag.Msg;
import yearbook.config.ProjectLoader;
import yearbook.config.Settings;
import yearbook.diag.Diagnostics;
import yearbook.markdown.MarkdownRenderer;
import yearbook.markdown.RenderedMarkdown;
import yearbook.markdown.Removed;
import yearbook.text.TextFiles;

/**
 * The 编辑说明 the editors wrote for the print yearbook ({@link ProjectLoader#PREFACE_FILE} in the content folder):
 * Markdown rendered like an article's body, its headings below the page's own 编辑说明 heading.
 */
final class Preface {
    /** The anchor prefix of ids inside the notes. */
    static final String ID = "preface";

    private Preface() {
    }

    /**
     * @return the notes as HTML for the book, or empty when the file is absent or says nothing (the book then
     *         prints the notes made from the settings); problems go to {@code diagnostics}
     */
    static Optional<String> read(Path content, Settings settings, Diagnostics diagnostics) {
        Path file = content.resolve(ProjectLoader.PREFACE_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<String> text = TextFiles.read(file, diagnostics);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().isBlank()) {
            diagnostics.warning(file, 1, Msg.of("preface", Msg.of("preface.empty")));
            return Optional.empty();
        }
        RenderedMarkdown rendered = MarkdownRenderer.create(settings.rawHtml()).render(text.get());
        for (Removed r : rendered.removed()) {
            diagnostics.warning(file, r.line(), Msg.of("preface", Msg.of("preface.left-out", r.what())));
        }
        return Optional.of(PrintHtml.adapt(rendered.html(), ID, 1, Map.of(), settings));
    }
}
