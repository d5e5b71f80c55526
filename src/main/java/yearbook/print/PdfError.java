package yearbook.print;

import java.util.List;

import yearbook.diag.Msg;
import yearbook.diag.ContentException;
import yearbook.diag.Diagnostic;
import yearbook.diag.Messages;

/** The renderer could not make a PDF: the message says which book and why, in words for an editor. */
public final class PdfError extends ContentException {
    private static final long serialVersionUID = 1L;

    /** An error whose text is given as it is, in one language. */
    public PdfError(String message) {
        super(message, List.of(Diagnostic.error(null, 0, 0, Msg.literal("pdf-error", message))));
    }

    /** An error said by a sentence of the findings' bundle ({@code pdf.*}), under the code {@code pdf-error}. */
    public PdfError(Msg message) {
        super(message.text(Messages.ENGLISH), List.of(Diagnostic.error(null, 0, 0, Msg.of("pdf-error", message))));
    }

    @Override
    protected String summaryKey() {
        return "summary.site-kept";
    }
}
