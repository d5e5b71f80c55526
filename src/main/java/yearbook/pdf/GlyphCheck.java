package yearbook.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import yearbook.diag.Diagnostic;
import yearbook.diag.Diagnostics;

/**
 * Finds characters that none of the print fonts has, before anything is printed: such a character would
 * come out as a box or '#'. Each one is an error at its file, line and column. YAML comments ('#' lines in
 * front matter and data files) are not printed and not checked.
 */
public final class GlyphCheck {
    /** At most this many characters are reported per file; the rest are counted. */
    static final int PER_FILE = 5;

    private GlyphCheck() {
    }

    /**
     * Checks the files: articles (front matter and body) and data files (all YAML). Files that cannot be
     * read were reported when they were loaded and are skipped here.
     */
    public static void check(List<Path> files, PrintFonts fonts, Diagnostics diagnostics) {
        List<List<Diagnostic>> found = files.parallelStream().map(f -> check(f, fonts)).toList();
        found.forEach(list -> list.forEach(diagnostics::add));
    }

    static List<Diagnostic> check(Path file, PrintFonts fonts) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
        boolean markdown = file.getFileName().toString().endsWith(".md");
        List<Diagnostic> out = new ArrayList<>();
        int missing = 0;
        int line = 0;
        boolean yaml = !markdown;
        int pos = 0;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String l = end < 0 ? text.substring(pos) : text.substring(pos, end);
            line++;
            if (markdown && l.strip().equals("---") && (line == 1 || yaml)) {
                yaml = line == 1;
            } else {
                String printed = yaml ? withoutComment(l) : l;
                for (int i = 0; i < printed.length(); ) {
                    int cp = printed.codePointAt(i);
                    if (cp >= 0x80 && !fonts.covers(cp)) {
                        missing++;
                        if (out.size() < PER_FILE) {
                            out.add(Diagnostic.error(file, line, printed.codePointCount(0, i) + 1, message(cp, fonts)));
                        }
                    }
                    i += Character.charCount(cp);
                }
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
        }
        if (missing > out.size()) {
            out.add(Diagnostic.error(file, 0, 0, (missing - out.size()) + " more characters in this file are in none of the print fonts"));
        }
        return out;
    }

    static String message(int cp, PrintFonts fonts) {
        return String.format("the character '%s' (U+%04X) is in none of the print fonts (%s), so the PDF cannot "
                + "print it; replace it, or name a font that has it under pdf.fonts in yearbook.yaml",
                new String(Character.toChars(cp)), cp, fonts.names());
    }

    /** A YAML line without its comment: from a '#' at the start or after a space, outside quotes. */
    static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
