package yearbook.print;

import java.util.List;

import yearbook.diag.Msg;
import yearbook.diag.ContentException;
import yearbook.diag.Diagnostic;

/** The renderer could not make a PDF: the message says which book and why, in words for an editor. */
public final class PdfError extends ContentException {
    private static final long serialVersionUID = 1L;

    public PdfError(String message) {
        super(message, List.of(Diagnostic.error(null, 0, 0, Msg.literal("pdf-error", message))));
    }

    @Override
    protected String summaryKey() {
        return "summary.site-kept";
    }
}
