package yearbook.print;

/** The renderer could not make a PDF: the message says which book and why, in words for an editor. */
public final class PdfError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PdfError(String message) {
        super(message);
    }
}
