package yearbook.template;

import java.nio.file.Path;
import java.util.List;

import yearbook.diag.Msg;
import yearbook.diag.ContentException;
import yearbook.diag.Diagnostic;
import yearbook.diag.Messages;

/**
 * A template failed: names the template file (inside the templates folder the user gave) and line, and says
 * what went wrong. Its one finding is shown like a content error.
 */
public final class TemplateError extends ContentException {
    private static final long serialVersionUID = 1L;
    private final String template;
    private final int line;

    /**
     * @param folder   the templates folder
     * @param template the template's name inside it, as FreeMarker names it ({@code print/book.ftlh})
     */
    public TemplateError(Path folder, String template, int line, String message) {
        super(message, List.of(Diagnostic.error(folder.resolve(template), line, 0, Msg.literal("template-error", message))));
        this.template = template;
        this.line = line;
    }

    /** An error said by a sentence of the findings' bundle ({@code template.*}), under the code {@code template-error}. */
    public TemplateError(Path folder, String template, int line, Msg message) {
        super(message.text(Messages.ENGLISH),
                List.of(Diagnostic.error(folder.resolve(template), line, 0, Msg.of("template-error", message))));
        this.template = template;
        this.line = line;
    }

    public String template() {
        return template;
    }

    public int line() {
        return line;
    }

    @Override
    protected String summaryKey() {
        return "summary.not-written";
    }
}
