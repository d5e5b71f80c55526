package yearbook.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildService;
import yearbook.pipeline.Progress;
import yearbook.testing.TestFiles;

/**
 * Punctuation and Han–Latin spacing ({@link CjkSpacing}), measured where it counts: on the glyphs of the PDF,
 * read back with PDFBox. Body text is 10.5 pt, so an em is 10.5 pt.
 */
class PunctuationSpacingTest {
    static final double EM = 10.5;
    static final double TOLERANCE = 0.05 * EM;

    static final String PAIRS = "建成“职工书屋”“劳模创新工作室”，《工人日报》《中国工运》报道：“好！”大家说。";
    static final String LATIN = "用APP办理，满意率达86.88%。";
    static final String NESTED = "见（“职工书屋”）。";

    @TempDir
    static Path root;
    static List<Glyph> book;

    @BeforeAll
    static void build() throws IOException {
        StringBuilder body = new StringBuilder(PAIRS + "\n\n" + LATIN + "\n\n" + NESTED + "\n\n");
        for (int k = 0; k < 48; k++) {
            body.append("职".repeat(k)).append("会员——工会").append("工会".repeat(30)).append("\n\n");
            body.append("职".repeat(k)).append("开通ABCD平台").append("工会".repeat(30)).append("\n\n");
            // marks squeezed in pairs, at every place in the line: none may start or end a line wrongly
            body.append("职".repeat(k)).append("他说：“好。”（“甲”）、“乙”，《丙》（《丁》）").append("工会".repeat(30)).append("\n\n");
            // marks that may end a line unsqueezed, and pieces kept whole that end in a Han character (（“戊)
            body.append("职".repeat(k)).append("会员，工会。工会、（工会）工会？工会！见（“戊己”）").append("工会".repeat(30)).append("\n\n");
        }
        // one column, so that reading the glyphs sorted by position gives the lines in order (two columns would
        // interleave them); the spacing is the same in either
        TestFiles.write(root, TestFiles.BASICS.replace("baseUrl: https://example.org/yb/",
                "baseUrl: https://example.org/yb/\npdf:\n  columns: 1") + """
                -- content/articles/a.md --
                ---
                title: 工会APP上线“职工之家”“劳模工作室”
                organization: 鄂托克前旗总工会
                region: 150623
                year: 2018
                ---
                """ + body);
        new BuildService("t").build(new BuildOptions(root.resolve("content"), TestFiles.templates(), root.resolve("site"),
                true, true, Instant.parse("2020-06-01T00:00:00Z")), Progress.NONE);
        book = glyphs(Files.readAllBytes(root.resolve("site/pdf/yearbook-2019.pdf")));
    }

    /** One glyph of the PDF: its character, page, position and advance. */
    record Glyph(String text, int page, double x, double y, double width, double inkFrom, double inkTo) {
    }

    /** The marks that give up their blank right half at a justified line's end ({@link LineEdges}). */
    static final String TRIMMABLE = "，。、；：？！”’）》」』】〕〗〉";
    /** The marks that give up their blank left half at the start of a line other than a paragraph's first. */
    static final String OPENING = "“‘（《「『【〔〖〈";

    static List<Glyph> glyphs(byte[] pdf) throws IOException {
        List<Glyph> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        out.add(new Glyph(p.getUnicode(), getCurrentPageNo(), p.getXDirAdj(), p.getYDirAdj(),
                                p.getWidthDirAdj(), ink(p, true), ink(p, false)));
                    }
                    super.writeString(text, positions);
                }
            };
            s.setSortByPosition(true);
            s.getText(doc);
        }
        return out;
    }

    /**
     * Where a mark's ink starts (or ends), from the start of its em, in ems: from the glyph's outline in the
     * embedded font. NaN for anything else.
     */
    static double ink(TextPosition p, boolean from) throws IOException {
        if ((TRIMMABLE + OPENING).indexOf(p.getUnicode()) < 0 || !(p.getFont() instanceof PDVectorFont font)) {
            return Double.NaN;
        }
        java.awt.geom.Rectangle2D bounds = font.getNormalizedPath(p.getCharacterCodes()[0]).getBounds2D();
        return (from ? bounds.getMinX() : bounds.getMaxX()) / 1000;
    }

    /** The glyphs' characters, in reading order, with nothing added: what the PDF holds. */
    static String chars(List<Glyph> glyphs) {
        StringBuilder b = new StringBuilder();
        glyphs.forEach(g -> b.append(g.text()));
        return b.toString();
    }

    /**
     * The index of the first glyph of {@code text}, which must be printed on one line. The last place it is
     * printed: an article's title is also in the contents, which are not spaced.
     */
    static int find(List<Glyph> glyphs, String text) {
        int at = chars(glyphs).lastIndexOf(text);
        assertTrue(at >= 0, "'" + text + "' is in the PDF");
        assertEquals(glyphs.get(at).y(), glyphs.get(at + text.length() - 1).y(), 0.1, "'" + text + "' is on one line");
        return at;
    }

    /** How far the glyph after {@code text}'s first {@code n} characters is from its first. */
    static double advance(List<Glyph> glyphs, String text, int n) {
        int at = find(glyphs, text);
        return glyphs.get(at + n).x() - glyphs.get(at).x();
    }

    /** The blank between the end of one glyph and the start of the next, after the first {@code n} of {@code text}. */
    static double gap(List<Glyph> glyphs, String text, int n) {
        int at = find(glyphs, text);
        Glyph a = glyphs.get(at + n - 1);
        return glyphs.get(at + n).x() - (a.x() + a.width());
    }

    @Test
    void aClosingMarkBeforeAnOpeningOneTakesHalfAnEm() {
        for (String pair : List.of("”“劳模创", "》《中", "：“好")) {
            assertEquals(1.5 * EM, advance(book, pair, 2), TOLERANCE, pair.substring(0, 2) + " takes 1.5 em");
        }
        assertEquals(EM, advance(book, "建成", 1), TOLERANCE, "Han characters are not spaced");
    }

    @Test
    void twoClosingOrTwoOpeningMarksTakeOneAndAHalfEm() {
        assertEquals(1.5 * EM, advance(book, "！”大", 2), TOLERANCE, "！” takes 1.5 em");
        assertEquals(0.5 * EM, advance(book, "”，《", 1), TOLERANCE, "” gives up its half em to ，");
        assertEquals(EM, advance(book, "”，《", 2), TOLERANCE, "and ， to 《: ”，《 takes 2 em");
        assertEquals(1.5 * EM, advance(book, "（“职", 2), TOLERANCE, "（“ takes 1.5 em");
        assertEquals(0.5 * EM, advance(book, "”）。", 1), TOLERANCE, "” gives up its half em to ）");
        assertEquals(EM, advance(book, "”）。", 2), TOLERANCE, "and ） to 。: ”）。 takes 2 em");
        assertEquals(EM, advance(book, "见（", 1), TOLERANCE, "the Han character before keeps its em");
    }

    @Test
    void aQuarterEmBetweenHanAndLatin() {
        assertEquals(0.25 * EM, gap(book, "用APP", 1), TOLERANCE, "before the Latin run");
        assertEquals(0.25 * EM, gap(book, "APP办", 3), TOLERANCE, "after it");
        assertEquals(0.25 * EM, gap(book, "达86.88%", 1), TOLERANCE, "before digits");
        assertEquals(0, gap(book, "86.88%。", 6), 0.1 * EM, "none before a full-width mark, which has its own blank half");
        double titleEm = book.get(find(book, "APP上线") + 3).width(); // titles are larger than the body
        assertEquals(12, titleEm, 0.1);
        assertEquals(0.25 * titleEm, gap(book, "APP上线", 3), TOLERANCE, "titles are spaced too");
    }

    @Test
    void theTextIsTheArticlesCharacters() throws IOException {
        String all = chars(book);
        assertTrue(all.contains(PAIRS), "the pairs come out as written");
        assertTrue(all.contains(LATIN), "the spacing is not characters: no space is added to the PDF's text");
        // PDFBox's text extraction, like other heuristic extractors, reports a word space at a gap as wide as a
        // quarter em; the PDF itself holds no space there
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        try (PDDocument doc = Loader.loadPDF(root.resolve("site/pdf/yearbook-2019.pdf").toFile())) {
            String text = s.getText(doc);
            assertTrue(text.replaceAll("\\s+", "").contains(LATIN), text);
        }
    }

    /** The lines of the body: glyphs grouped by page and baseline, left to right. */
    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<List<Glyph>> out = new ArrayList<>();
        List<Glyph> line = null;
        for (Glyph g : glyphs) {
            if (line == null || line.get(0).page() != g.page() || Math.abs(line.get(0).y() - g.y()) > 0.5) {
                line = new ArrayList<>();
                out.add(line);
            }
            line.add(g);
        }
        return out;
    }

    @Test
    void linesBreakWhereTheyMay() {
        int dashes = 0;
        for (List<Glyph> line : lines(book)) {
            String text = chars(line);
            assertTrue(PrintYearbookTest.CLOSING.indexOf(text.charAt(0)) < 0, "a line starts with closing punctuation: " + text);
            assertFalse("“‘（《「『【〔".indexOf(text.charAt(text.length() - 1)) >= 0, "a line ends with an opening mark: " + text);
            assertFalse(text.startsWith("—") && !text.startsWith("——"), "—— is split: " + text);
            assertFalse(text.endsWith("—") && !text.endsWith("——"), "—— is split: " + text);
            if (text.startsWith("——") || text.endsWith("——")) {
                dashes++;
            }
        }
        assertTrue(dashes > 0, "—— came to a line's start or end at least once, and stayed whole");
    }

    @Test
    void noQuarterEmAtALinesEdge() {
        // CSS has no margin that disappears at the edge of a line, and the renderer keeps an inline element's margin
        // there; LineEdges moves such a line back to its edge and stretches it by what it gained
        List<List<Glyph>> lines = lines(book);
        int starts = 0;
        int ends = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            List<Glyph> line = lines.get(i);
            List<Glyph> next = lines.get(i + 1);
            boolean justified = next.get(0).page() == line.get(0).page()
                    && Math.abs(next.get(0).y() - line.get(0).y() - 1.75 * EM) < 0.5; // not a paragraph's last line
            // the left and right edges of the text on this page (the margins are mirrored)
            double left = lines.stream().filter(l -> l.get(0).page() == line.get(0).page() && chars(l).startsWith("工会工会"))
                    .mapToDouble(l -> l.get(0).x()).min().orElse(Double.NaN);
            double right = lines.stream().filter(l -> l.get(0).page() == line.get(0).page() && chars(l).endsWith("工会工会"))
                    .mapToDouble(l -> l.get(l.size() - 1).x() + l.get(l.size() - 1).width()).max().orElse(Double.NaN);
            String text = chars(line);
            Glyph end = line.get(line.size() - 1);
            if (text.startsWith("ABCD") && Math.abs(line.get(0).x() - left) < EM) {
                assertEquals(left, line.get(0).x(), 0.02 * EM, "a Latin run that starts a line starts at its edge");
                if (justified) {
                    assertEquals(right, end.x() + end.width(), 0.02 * EM, "and the line still ends at the other edge: " + text);
                }
                starts++;
            }
            if (text.endsWith("ABCD") && justified && Math.abs(end.x() + end.width() - right) < EM) {
                assertEquals(right, end.x() + end.width(), 0.02 * EM, "a Latin run that ends a justified line ends at its edge: " + text + " next: " + chars(next));
                ends++;
            }
        }
        assertTrue(starts > 0, "a Latin run started a line");
        assertTrue(ends > 0, "a Latin run ended a justified line");
    }

    /** The left and right edges of the body text on the page of {@code line} (the margins are mirrored). */
    static double[] edges(List<List<Glyph>> lines, List<Glyph> line) {
        int page = line.get(0).page();
        double left = lines.stream().filter(l -> l.get(0).page() == page && chars(l).startsWith("工会工会"))
                .mapToDouble(l -> l.get(0).x()).min().orElse(Double.NaN);
        double right = lines.stream().filter(l -> l.get(0).page() == page && chars(l).endsWith("工会工会"))
                .mapToDouble(l -> l.get(l.size() - 1).x() + l.get(l.size() - 1).width()).max().orElse(Double.NaN);
        return new double[] {left, right};
    }

    @Test
    void everyJustifiedLineEndsAtTheEdgeAndAMarkThereGivesUpItsBlankHalf() {
        // GB/T 15834-2011, clreq: a full-width mark at a justified line's end is set in half an em, so that its
        // ink, not its blank half, meets the edge; a line that ends in a piece kept whole (（“戊) ends at the edge
        // too (the renderer set it one share of the line's spare room past it)
        List<List<Glyph>> lines = lines(book);
        StringBuilder trimmed = new StringBuilder();
        int pieces = 0;
        int checked = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            List<Glyph> line = lines.get(i);
            List<Glyph> next = lines.get(i + 1);
            double[] edges = edges(lines, line);
            double right = edges[1];
            if (Double.isNaN(right) || next.get(0).page() != line.get(0).page()
                    || Math.abs(next.get(0).y() - line.get(0).y() - 1.75 * EM) > 0.5
                    || Math.abs(line.get(0).width() - EM) > 0.1 || Math.abs(next.get(0).width() - EM) > 0.1
                    || next.get(0).x() - edges[0] > EM) {
                continue; // a paragraph's last line (the next one is indented), which is not justified, or not body text
            }
            Glyph end = line.get(line.size() - 1);
            String text = chars(line);
            if (TRIMMABLE.contains(end.text())) {
                assertEquals(right, end.x() + EM / 2, 0.02 * EM, "a mark that ends a line takes half an em: " + text);
                assertTrue(end.x() + end.inkTo() * EM <= right + 0.01, "and its ink stays inside the column: " + text);
                trimmed.append(end.text());
            } else {
                assertEquals(right, end.x() + end.width(), 0.02 * EM, "a justified line ends at the edge: " + text);
                pieces += text.endsWith("（“戊") ? 1 : 0;
            }
            checked++;
        }
        assertTrue(checked > 100, "justified lines were checked: " + checked);
        for (char mark : "，。、）？！".toCharArray()) {
            assertTrue(trimmed.indexOf(String.valueOf(mark)) >= 0, mark + " ended a justified line: " + trimmed);
        }
        assertTrue(pieces > 0, "a line ended with （“戊, a piece kept whole");
    }

    @Test
    void anOpeningMarkThatStartsALineGivesUpItsBlankHalf() {
        // the mark's ink, not its blank left half, starts at the edge, and the line still ends at the other; a
        // paragraph's first line keeps the mark after its indent
        List<List<Glyph>> lines = lines(book);
        StringBuilder marks = new StringBuilder();
        for (int i = 1; i + 1 < lines.size(); i++) {
            List<Glyph> line = lines.get(i);
            Glyph first = line.get(0);
            double[] edges = edges(lines, line);
            if (!OPENING.contains(first.text()) || Double.isNaN(edges[0]) || Math.abs(first.x() - edges[0]) > EM) {
                continue; // not a line of the article that starts with an opening mark at the edge
            }
            String text = chars(line);
            assertEquals(edges[0], first.x() + EM / 2, 0.02 * EM, "an opening mark that starts a line takes half an em: " + text);
            assertTrue(first.x() + first.inkFrom() * EM >= edges[0] - 0.01, "and its ink stays inside the column: " + text);
            List<Glyph> next = lines.get(i + 1);
            Glyph end = line.get(line.size() - 1);
            if (next.get(0).page() == first.page() && next.get(0).x() - edges[0] < EM
                    && !TRIMMABLE.contains(end.text())) {
                assertEquals(edges[1], end.x() + end.width(), 0.02 * EM, "and the line still ends at the edge: " + text);
            }
            marks.append(first.text());
        }
        assertTrue(marks.indexOf("（") >= 0, "（ started a line: " + marks);
    }

    @Test
    void everyParagraphIsIndentedTwoCharacters() {
        // the renderer forgets the indent of a first line that holds a piece kept whole (an inline-block); LineEdges
        // sets it back
        List<List<Glyph>> lines = lines(book);
        int withPieces = 0;
        int firstLines = 0;
        for (int i = 1; i < lines.size(); i++) {
            List<Glyph> line = lines.get(i);
            List<Glyph> before = lines.get(i - 1);
            String text = chars(line);
            double left = edges(lines, line)[0];
            Glyph end = before.get(before.size() - 1);
            if (before.get(0).page() != line.get(0).page() || Double.isNaN(left) || !text.startsWith("职")
                    || end.x() + end.width() > edges(lines, line)[1] - 2 * EM) {
                continue; // not the first line of one of the paragraphs made above (the line before ends short)
            }
            assertEquals(left + 2 * EM, line.get(0).x(), 0.02 * EM, "a first line is indented two characters: " + text);
            withPieces += text.contains("“好。”") ? 1 : 0;
            firstLines++;
        }
        assertTrue(firstLines > 100, "first lines were checked: " + firstLines);
        assertTrue(withPieces > 0, "first lines held pieces kept whole");
    }

    @Test
    void withoutThePassTheSameTextIsSetWithoutSpacing() throws IOException {
        String html = "<p>" + PAIRS + "</p><p>" + LATIN + "</p>";
        List<Glyph> plain = glyphs(pdf(html));
        Document spaced = Jsoup.parseBodyFragment(html);
        CjkSpacing.apply(spaced.body());
        List<Glyph> marked = glyphs(pdf(spaced.body().html()));
        assertEquals(2 * EM, advance(plain, "”“劳", 2), TOLERANCE, "unspaced, the pair takes 2 em");
        assertEquals(1.5 * EM, advance(marked, "”“劳", 2), TOLERANCE);
        assertEquals(0, gap(plain, "用APP", 1), TOLERANCE, "unspaced, Latin touches Han");
        assertEquals(0.25 * EM, gap(marked, "用APP", 1), TOLERANCE);
        assertEquals(chars(plain), chars(marked), "the same characters either way");
    }

    /** Inline code and a code block print (in the Hei face): the book has no monospaced face. */
    @Test
    void codePrintsInTheBooksFaces() throws IOException {
        byte[] bytes = pdf("<p>命令<code>yearbook build</code>生成网站。</p><pre><code>./yearbook check</code></pre>");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("yearbook build") && text.contains("./yearbook check"), text);
        }
    }

    /** A one-page PDF of some HTML, with the book's stylesheet. */
    static byte[] pdf(String body) throws IOException {
        String css = Files.readString(TestFiles.templates().resolve("print/book.css"));
        String html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"/><title>t</title><style>"
                + css + "</style></head><body><div class=\"entry-body\">" + body + "</div></body></html>";
        return new PdfMaker(PrintFonts.builtIn(), "t").make("test", html, root,
                new PdfMaker.Meta("t", "t", "t", "zh-CN", Instant.EPOCH));
    }
}
