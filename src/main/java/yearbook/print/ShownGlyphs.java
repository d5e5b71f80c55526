package yearbook.print;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The glyph ids a page's content shows with each font, read from the content's bytes. For fonts with two-byte
 * codes that are glyph ids (Identity-H, as the print faces are embedded), every string shown while a font is
 * selected ({@code /F1 10.5 Tf}) is a run of its glyph ids. Strings inside a dictionary (the properties of marked
 * content, such as {@code /ActualText}) are not shown and are skipped.
 *
 * <p>A scan of the bytes rather than PDFBox's content parser, which makes an object of every number and operator:
 * parsing a province's pages that way took a tenth of a build's time.
 */
final class ShownGlyphs {
    private ShownGlyphs() {
    }

    /**
     * Reads {@code content} (decoded), adding the glyphs each string shows to the set of the font selected, found
     * in {@code fonts} by its resource name (strings shown with another font are ignored), and telling
     * {@code forms} the name of each XObject drawn ({@code Do}) with the set of the font selected then, which a form
     * draws with until it selects one.
     *
     * @param initial the set of the font selected where the content begins (a form's: its caller's), or null
     */
    static void scan(byte[] content, Map<String, Set<Integer>> fonts, Set<Integer> initial,
                     BiConsumer<String, Set<Integer>> forms) {
        Set<Integer> current = initial;
        java.util.ArrayDeque<java.util.Optional<Set<Integer>>> saved = new java.util.ArrayDeque<>(); // q … Q
        String lastName = null;
        int depth = 0; // of dictionaries
        int i = 0;
        int n = content.length;
        while (i < n) {
            int c = content[i] & 0xff;
            if (c == '%') { // a comment, to the end of the line
                while (i < n && content[i] != '\n' && content[i] != '\r') {
                    i++;
                }
            } else if (c == '/') {
                int start = ++i;
                while (i < n && regular(content[i] & 0xff)) {
                    i++;
                }
                if (depth == 0) {
                    lastName = new String(content, start, i - start, java.nio.charset.StandardCharsets.ISO_8859_1);
                }
            } else if (c == '<') {
                if (i + 1 < n && content[i + 1] == '<') {
                    depth++;
                    i += 2;
                } else {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    int hi = -1;
                    i++;
                    while (i < n && content[i] != '>') {
                        int d = Character.digit(content[i], 16);
                        if (d >= 0) {
                            if (hi < 0) {
                                hi = d;
                            } else {
                                bytes.write(hi << 4 | d);
                                hi = -1;
                            }
                        }
                        i++;
                    }
                    if (hi >= 0) {
                        bytes.write(hi << 4);
                    }
                    i++;
                    if (depth == 0 && current != null) {
                        add(bytes.toByteArray(), current);
                    }
                }
            } else if (c == '>') {
                if (i + 1 < n && content[i + 1] == '>') {
                    depth = Math.max(0, depth - 1);
                    i += 2;
                } else {
                    i++;
                }
            } else if (c == '(') {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                i = literal(content, i + 1, bytes);
                if (depth == 0 && current != null) {
                    add(bytes.toByteArray(), current);
                }
            } else if (regular(c)) {
                int start = i;
                while (i < n && regular(content[i] & 0xff)) {
                    i++;
                }
                if (depth == 0 && i - start == 1 && content[start] == 'q') {
                    saved.push(java.util.Optional.ofNullable(current));
                } else if (depth == 0 && i - start == 1 && content[start] == 'Q') {
                    current = saved.isEmpty() ? current : saved.pop().orElse(null);
                } else if (depth == 0 && i - start == 2) {
                    if (content[start] == 'T' && content[start + 1] == 'f') {
                        current = lastName == null ? null : fonts.get(lastName);
                    } else if (content[start] == 'D' && content[start + 1] == 'o' && lastName != null) {
                        forms.accept(lastName, current);
                    } else if (content[start] == 'I' && content[start + 1] == 'D') {
                        i = afterInlineImage(content, i);
                    }
                }
            } else {
                i++;
            }
        }
    }

    /**
     * Skips an inline image's data, from just after its {@code ID}: to the {@code EI} that stands alone after white
     * space.
     */
    private static int afterInlineImage(byte[] content, int i) {
        int n = content.length;
        for (int k = i + 1; k + 1 < n; k++) {
            if (content[k] == 'E' && content[k + 1] == 'I' && !regular(content[k - 1] & 0xff)
                    && (k + 2 >= n || !regular(content[k + 2] & 0xff))) {
                return k + 2;
            }
        }
        return n;
    }

    /** Reads a literal string from just after its opening parenthesis; returns the index after its closing one. */
    private static int literal(byte[] content, int i, ByteArrayOutputStream out) {
        int nesting = 1;
        int n = content.length;
        while (i < n) {
            int c = content[i++] & 0xff;
            if (c == '\\' && i < n) {
                int e = content[i++] & 0xff;
                switch (e) {
                    case 'n' -> out.write('\n');
                    case 'r' -> out.write('\r');
                    case 't' -> out.write('\t');
                    case 'b' -> out.write('\b');
                    case 'f' -> out.write('\f');
                    case '\r' -> {
                        if (i < n && content[i] == '\n') {
                            i++;
                        }
                    }
                    case '\n' -> { }
                    default -> {
                        if (e >= '0' && e <= '7') {
                            int v = e - '0';
                            for (int k = 0; k < 2 && i < n && content[i] >= '0' && content[i] <= '7'; k++) {
                                v = v * 8 + (content[i++] - '0');
                            }
                            out.write(v & 0xff);
                        } else {
                            out.write(e);
                        }
                    }
                }
            } else if (c == '(') {
                nesting++;
                out.write(c);
            } else if (c == ')') {
                if (--nesting == 0) {
                    return i;
                }
                out.write(c);
            } else {
                out.write(c);
            }
        }
        return i;
    }

    /** Whether a byte is a regular character of a token: neither white space nor a delimiter. */
    private static boolean regular(int c) {
        return switch (c) {
            case 0, 9, 10, 12, 13, 32, '(', ')', '<', '>', '[', ']', '{', '}', '/', '%' -> false;
            default -> true;
        };
    }

    private static void add(byte[] codes, Set<Integer> into) {
        for (int i = 0; i + 1 < codes.length; i += 2) {
            into.add(((codes[i] & 0xff) << 8) | (codes[i + 1] & 0xff));
        }
    }
}
