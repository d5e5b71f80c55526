package yearbook.print;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import yearbook.diag.Msg;
import yearbook.content.FrontMatter;
import yearbook.diag.Diagnostic;
import yearbook.diag.Diagnostics;
import yearbook.text.TextFiles;
import yearbook.yaml.YamlText;

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
     * Checks the files: articles (front matter and body), the editorial notes (all Markdown) and data files (all
     * YAML). Files that cannot be read were reported when they were loaded and are skipped here.
     */
    public static void check(List<Path> files, PrintFonts fonts, Diagnostics diagnostics) {
        List<List<Diagnostic>> found = files.parallelStream().map(f -> check(f, fonts)).toList();
        found.forEach(list -> list.forEach(diagnostics::add));
    }

    static List<Diagnostic> check(Path file, PrintFonts fonts) {
        // decoded and split exactly as the content loader does (byte-order mark, line ends, front matter);
        // a file it could not read was reported then
        Diagnostics ignored = new Diagnostics();
        Optional<String> text = TextFiles.read(file, ignored);
        if (text.isEmpty()) {
            return List.of();
        }
        Scan scan = new Scan(file, fonts);
        boolean markdown = file.getFileName().toString().endsWith(".md");
        Optional<FrontMatter> fm = markdown && text.get().startsWith("---")
                ? FrontMatter.split(file, text.get(), ignored) : Optional.empty();
        if (fm.isPresent()) {
            scan.lines(fm.get().yaml(), fm.get().yamlLine() + 1, true);
            scan.lines(fm.get().body(), fm.get().bodyLine(), false);
        } else if (markdown) {
            // Markdown without front matter: the editorial notes (preface.md), printed whole
            scan.lines(text.get(), 1, false);
        } else {
            scan.lines(text.get(), 1, true);
        }
        return scan.found();
    }

    /** The characters of one file that no font has: the first {@link #PER_FILE}, and a count of the rest. */
    private static final class Scan {
        final Path file;
        final PrintFonts fonts;
        final List<Diagnostic> out = new ArrayList<>();
        int missing;

        Scan(Path file, PrintFonts fonts) {
            this.file = file;
            this.fonts = fonts;
        }

        void lines(String text, int firstLine, boolean yaml) {
            int line = firstLine;
            for (String l : text.split("\n", -1)) {
                int comment = yaml ? YamlText.commentStart(l) : -1;
                String printed = comment < 0 ? l : l.substring(0, comment);
                for (int i = 0; i < printed.length(); ) {
                    int cp = printed.codePointAt(i);
                    if (cp >= 0x80 && !fonts.covers(cp)) {
                        missing++;
                        if (out.size() < PER_FILE) {
                            out.add(Diagnostic.error(file, line, printed.codePointCount(0, i) + 1,
                                    Msg.of("missing-glyph", message(cp, fonts))));
                        }
                    }
                    i += Character.charCount(cp);
                }
                line++;
            }
        }

        List<Diagnostic> found() {
            if (missing > out.size()) {
                out.add(Diagnostic.error(file, 0, 0, Msg.of("missing-glyph",
                        Msg.of("glyph.more", missing - out.size()))));
            }
            return out;
        }
    }

    static Msg message(int cp, PrintFonts fonts) {
        return Msg.of("glyph.missing", new String(Character.toChars(cp)), String.format("%04X", cp), fonts.names());
    }

}
