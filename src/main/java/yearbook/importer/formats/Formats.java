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

    /** Pictures of a saved page larger than this are not taken. */
    static final long MAX_PICTURE = 20L * 1024 * 1024;

    /**
     * The file {@code file}, read already as {@code bytes}; a saved page's pictures are taken from the files beside
     * it (its folder and the folders below, such as {@code page_files/}), never from the network or from outside.
     */
    public static Source read(byte[] bytes, java.nio.file.Path file) {
        if (bytes.length <= MAX_BYTES && Format.of(bytes) == Format.HTML && file != null && file.toAbsolutePath().getParent() != null) {
            java.nio.file.Path folder = file.toAbsolutePath().getParent();
            return HtmlText.read(bytes, src -> beside(folder, src));
        }
        return read(bytes);
    }

    /** The bytes of the file {@code src} names inside {@code folder}; null for an address, or a file outside or missing. */
    static byte[] beside(java.nio.file.Path folder, String src) {
        String s = src.replaceAll("[?#].*$", "");
        if (s.isEmpty() || s.startsWith("/") || s.startsWith("\\") || s.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return null; // an address on a server (http:, data:, //host/…, /root/…): not fetched
        }
        try {
            s = java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            java.nio.file.Path base = folder.toRealPath();
            java.nio.file.Path target = base.resolve(s).normalize();
            if (!target.startsWith(base) || !java.nio.file.Files.isRegularFile(target)
                    || !target.toRealPath().startsWith(base) || java.nio.file.Files.size(target) > MAX_PICTURE) {
                return null;
            }
            return java.nio.file.Files.readAllBytes(target);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
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
