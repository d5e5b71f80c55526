package yearbook.importer.formats;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of file an input is, told from its first bytes, never from its name: a PDF ({@code %PDF-}), a zip
 * archive (a Word .docx is one), an old binary Office file, a saved web page (markup at the start), or text.
 * {@code label} is how the import report names it.
 */
public enum Format {
    TEXT("文本"), HTML("网页（HTML）"), DOCX("Word 文档（.docx）"), PDF("PDF"), ZIP("zip 压缩包"), OLE("旧版 Office 文件（.doc/.xls）");

    public final String label;

    Format(String label) {
        this.label = label;
    }

    /** How far into the file the markers are looked for. */
    private static final int HEAD = 1024;
    private static final Pattern MARKUP = Pattern.compile(
            "^(?:\\s|<!--.*?-->)*<(?:!doctype\\s+html|html|head|body|meta|title|div|p|table|article|section|h[1-6])[\\s>/]",
            Pattern.DOTALL);

    public static Format of(byte[] bytes) {
        if (starts(bytes, 0x50, 0x4B, 0x03, 0x04) || starts(bytes, 0x50, 0x4B, 0x05, 0x06)) {
            return ZIP;
        }
        if (starts(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE;
        }
        String head = ascii(bytes);
        // the header may follow a little garbage (the PDF specification lets readers look in the first kilobyte)
        if (head.contains("%PDF-")) {
            return PDF;
        }
        if (MARKUP.matcher(head.toLowerCase(Locale.ROOT)).find()) {
            return HTML;
        }
        return TEXT;
    }

    /** The first bytes as text: a byte-order mark skipped, UTF-16 read as such, other bytes kept as Latin-1. */
    private static String ascii(byte[] bytes) {
        int n = Math.min(bytes.length, HEAD);
        if (starts(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, Math.max(0, n - 2), StandardCharsets.UTF_16LE);
        }
        if (starts(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, Math.max(0, n - 2), StandardCharsets.UTF_16BE);
        }
        int from = starts(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return new String(bytes, from, Math.max(0, n - from), StandardCharsets.ISO_8859_1);
    }

    static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
