package yearbook.importer.formats;

import yearbook.diag.Msg;
import yearbook.importer.decode.Decoder;

/**
 * Any input file made into text for the page reader, by the kind its bytes show ({@link Format}): text files as
 * {@link Decoder} reads them, saved web pages through {@link HtmlText}, Word files through {@link DocxText}, PDFs
 * through {@link PdfText}. Anything else is refused with the reason, in words for the editor.
 */
public final class Formats {
    /** Larger files are refused before any parsing: no yearbook contribution comes near it. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private Formats() {
    }

    public static Source read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return Source.refused(Format.TEXT, Msg.of("import.too-large", bytes.length / (1024 * 1024),
                    MAX_BYTES / (1024 * 1024)));
        }
        Format format = Format.of(bytes);
        return switch (format) {
            case PDF -> PdfText.read(bytes);
            case ZIP -> DocxText.read(bytes);
            case OLE -> Source.refused(format, Msg.of("import.old-office"));
            case HTML -> HtmlText.read(bytes);
            case TEXT, DOCX -> Source.text(Decoder.decode(bytes));
        };
    }
}
