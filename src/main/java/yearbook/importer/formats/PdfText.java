package yearbook.importer.formats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import yearbook.diag.Msg;
import yearbook.importer.decode.Decoder;

/**
 * A PDF made into text in reading order. Each page's characters are gathered with their positions and set into
 * lines; a page whose lines leave a clear vertical gutter is read column by column (a line that crosses the
 * gutter, such as a headline across both columns, is read where it stands, before the columns below it).
 * Within a column, lines are joined into paragraphs; a new paragraph starts at an indented line or after a wider
 * gap. Lines in much larger type than the page's text at the top of the first page are the title. A PDF with no
 * text (a scan) is refused with the reason: recognising the characters of a picture is not done here.
 */
final class PdfText {
    static final int MAX_PAGES = 300;
    /** Fewer characters than this per page on average: the pages are pictures. */
    static final int MIN_CHARS_PER_PAGE = 20;

    /** PDFBox's own remarks on damaged fonts and streams: a PDF it cannot read is refused with a reason instead. */
    private static final List<java.util.logging.Logger> QUIET = List.of(java.util.logging.Logger.getLogger("org.apache.pdfbox"),
            java.util.logging.Logger.getLogger("org.apache.fontbox"));

    static {
        QUIET.forEach(l -> l.setLevel(java.util.logging.Level.OFF));
    }

    private PdfText() {
    }

    static Source read(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.getNumberOfPages() == 0) {
                return Source.refused(Format.PDF, Msg.of("import.pdf-no-pages"));
            }
            if (doc.getNumberOfPages() > MAX_PAGES) {
                return Source.refused(Format.PDF, Msg.of("import.pdf-too-long", doc.getNumberOfPages(), MAX_PAGES));
            }
            if (!doc.getCurrentAccessPermission().canExtractContent()) {
                return Source.refused(Format.PDF, Msg.of("import.pdf-no-copy"));
            }
            Collector collector = new Collector();
            collector.getText(doc);
            int chars = collector.pages.stream().mapToInt(List::size).sum();
            if (chars < MIN_CHARS_PER_PAGE * doc.getNumberOfPages()) {
                boolean images = false;
                for (PDPage page : doc.getPages()) {
                    for (var name : page.getResources().getXObjectNames()) {
                        images |= page.getResources().isImageXObject(name);
                    }
                }
                return Source.refused(Format.PDF, Msg.of(images ? "import.pdf-scan" : "import.pdf-no-text"));
            }
            String text = Layout.text(collector.pages, collector.widths);
            Decoder.Decoded decoded = Decoder.fromText(text.replaceAll("[\\x00-\\x08\\x0E-\\x1F\\x7F]", ""), "Unicode（文件自带）");
            if (!decoded.ok()) {
                return Source.refused(Format.PDF, decoded.reason());
            }
            String title = text.startsWith("# ") ? text.substring(2, text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n')) : null;
            return new Source(decoded, Format.PDF, List.of(), title, title == null ? null : "首页顶端最大字号的一行", title != null);
        } catch (InvalidPasswordException e) {
            return Source.refused(Format.PDF, Msg.of("import.pdf-password"));
        } catch (IOException | RuntimeException e) {
            return Source.refused(Format.PDF, Msg.of("import.pdf-damaged", e.getClass().getSimpleName()));
        } catch (StackOverflowError e) {
            return Source.refused(Format.PDF, Msg.of("import.pdf-deep"));
        }
    }

    /**
     * Kangxi radicals and CJK radical supplements as the ideographs they look like: fonts share one glyph between
     * 工 and ⼯, and a PDF's character map often names the radical.
     */
    static String radicals(String u) {
        StringBuilder sb = new StringBuilder(u.length());
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            int k = SUPPLEMENT_FROM.indexOf(c);
            if (k >= 0) {
                sb.append(SUPPLEMENT_TO.charAt(k));
            } else if (c >= 0x2F00 && c <= 0x2FDF) {
                sb.append(java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Radical supplements that stand for whole simplified characters (no standard decomposition gives them). */
    private static final String SUPPLEMENT_FROM = "⺠⻓⻔⻅⻆⻋⻚⻢⻛⻜⻝⻥⻦⻩⻬⻮⻰⻳⺟⻄⺁⺇⺓⺮⻊⻉⻈⻣⻤⻨⻧⻪⻡⻘⻗⻙⻁⺲⻂⺩⺼⻅";
    private static final String SUPPLEMENT_TO = "民长门见角车页马风飞食鱼鸟黄齐齿龙龟母西厂几幺竹足贝讠骨鬼麦卤黾首青雨韦虎罒衤王月见";


    /** A character with where it stands: left and right edge, baseline, height (the type size). */
    record Glyph(String text, float x, float right, float y, float size) {
    }

    /** Gathers every page's characters. */
    private static final class Collector extends PDFTextStripper {
        final List<List<Glyph>> pages = new ArrayList<>();
        final List<Float> widths = new ArrayList<>();
        private List<Glyph> current;

        Collector() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            current = new ArrayList<>();
            pages.add(current);
            widths.add(page.getCropBox().getWidth());
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            String u = t.getUnicode();
            if (current == null || u == null || u.isBlank()) {
                return;
            }
            float size = Math.max(t.getHeightDir(), Math.abs(t.getFontSizeInPt()));
            current.add(new Glyph(radicals(u), t.getXDirAdj(), t.getXDirAdj() + Math.max(t.getWidthDirAdj(), 0.1f), t.getYDirAdj(), size));
        }
    }

    /** Lines, columns and paragraphs from the glyphs. */
    static final class Layout {
        private Layout() {
        }

        record Line(List<Glyph> glyphs, float x, float right, float y, float size) {
            String text() {
                StringBuilder sb = new StringBuilder();
                Glyph prev = null;
                for (Glyph g : glyphs) {
                    if (prev != null && g.x() - prev.right() > g.size() * 0.35f && (ascii(prev) || ascii(g))) {
                        sb.append(' ');
                    }
                    sb.append(g.text());
                    prev = g;
                }
                return sb.toString();
            }

            private static boolean ascii(Glyph g) {
                return g.text().chars().allMatch(c -> c < 0x80);
            }
        }

        static String text(List<List<Glyph>> pages, List<Float> widths) {
            List<List<Line>> perPage = new ArrayList<>();
            List<Line> all = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                List<Line> lines = readingOrder(lines(pages.get(p)), widths.get(p));
                perPage.add(lines);
                all.addAll(lines);
            }
            float body = bodySize(all);
            StringBuilder out = new StringBuilder();
            List<Line> heads = new ArrayList<>();
            int start = 0;
            List<Line> first = perPage.isEmpty() ? List.of() : perPage.get(0);
            while (start < first.size() && first.get(start).size() >= body * 1.3f) {
                heads.add(first.get(start++));
            }
            if (!heads.isEmpty()) {
                out.append("# ").append(join(heads)).append("\n\n");
            }
            for (int p = 0; p < perPage.size(); p++) {
                Line prev = null;
                float colRight = 0;
                List<Line> lines = perPage.get(p);
                for (int i = p == 0 ? start : 0; i < lines.size(); i++) {
                    Line l = lines.get(i);
                    boolean newColumn = prev == null || l.y() < prev.y() || Math.abs(l.x() - prev.x()) > l.size() * 4;
                    if (newColumn) {
                        colRight = columnRight(lines, i);
                    }
                    boolean newPara = newColumn && !continues(out)
                            || prev != null && !newColumn && (l.x() - prev.x() > l.size() * 0.8f
                            || prev.right() < colRight - l.size() * 2f
                            || Math.abs(l.size() - prev.size()) > 0.8f
                            || l.y() - prev.y() > prev.size() * 2.2f);
                    String row = l.text().strip();
                    if (newPara && out.length() > 0 && !out.toString().endsWith("\n\n")) {
                        out.append("\n\n");
                    } else if (!newPara && out.length() > 0) {
                        char last = out.charAt(out.length() - 1);
                        char next = row.charAt(0);
                        if (last < 0x80 && next < 0x80 && Character.isLetter(last) && Character.isLetter(next)) {
                            out.append(' ');
                        }
                    }
                    out.append(row);
                    prev = l;
                }
            }
            return out.toString().strip() + "\n";
        }

        /** Whether the text so far stops mid-sentence (it goes on in the next column or page). */
        private static boolean continues(StringBuilder out) {
            if (out.length() == 0 || out.toString().endsWith("\n")) {
                return false;
            }
            char last = out.charAt(out.length() - 1);
            return "。！？”）…：".indexOf(last) < 0;
        }

        /** The right edge of the column starting at line {@code i}: the furthest right of its next lines. */
        private static float columnRight(List<Line> lines, int i) {
            Line first = lines.get(i);
            float right = first.right();
            for (int k = i + 1; k < Math.min(lines.size(), i + 12); k++) {
                Line l = lines.get(k);
                if (l.y() < lines.get(k - 1).y() || Math.abs(l.x() - first.x()) > first.size() * 4) {
                    break;
                }
                right = Math.max(right, l.right());
            }
            return right;
        }

        private static String join(List<Line> lines) {
            StringBuilder sb = new StringBuilder();
            for (Line l : lines) {
                sb.append(l.text());
            }
            return sb.toString().strip();
        }

        /** Glyphs into lines: sorted by baseline, a glyph within half its size of a line's baseline joins it. */
        static List<Line> lines(List<Glyph> glyphs) {
            List<Glyph> sorted = new ArrayList<>(glyphs);
            sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
            List<List<Glyph>> groups = new ArrayList<>();
            List<Float> ys = new ArrayList<>();
            for (Glyph g : sorted) {
                int at = -1;
                for (int i = groups.size() - 1; i >= 0 && i >= groups.size() - 3; i--) {
                    if (Math.abs(ys.get(i) - g.y()) <= g.size() * 0.5f) {
                        at = i;
                        break;
                    }
                }
                if (at < 0) {
                    groups.add(new ArrayList<>());
                    ys.add(g.y());
                    at = groups.size() - 1;
                }
                groups.get(at).add(g);
            }
            List<Line> lines = new ArrayList<>();
            for (List<Glyph> g : groups) {
                g.sort(Comparator.comparingDouble(Glyph::x));
                // a line split where a wide gap parts it (two columns side by side on one baseline)
                List<Glyph> part = new ArrayList<>();
                for (Glyph x : g) {
                    if (!part.isEmpty() && x.x() - part.get(part.size() - 1).right() > x.size() * 2.5f) {
                        lines.add(line(part));
                        part = new ArrayList<>();
                    }
                    part.add(x);
                }
                lines.add(line(part));
            }
            return lines;
        }

        private static Line line(List<Glyph> g) {
            float size = 0;
            for (Glyph x : g) {
                size = Math.max(size, x.size());
            }
            return new Line(List.copyOf(g), g.get(0).x(), g.get(g.size() - 1).right(), g.get(0).y(), size);
        }

        private static float bodySize(List<Line> lines) {
            java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
            for (Line l : lines) {
                counts.merge(Math.round(l.size()), l.glyphs().size(), Integer::sum);
            }
            return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(e -> (float) e.getKey()).orElse(10f);
        }

        /**
         * The page's lines in reading order. The gutter is the widest band of the page's middle that hardly any line
         * shorter than 60% of the page crosses (at most one in ten); with one, each run of lines between lines that cross it is read left column
         * first, then right.
         */
        static List<Line> readingOrder(List<Line> lines, float width) {
            List<Line> byY = new ArrayList<>(lines);
            byY.sort(Comparator.comparingDouble(Line::y).thenComparingDouble(Line::x));
            float[] gutter = gutter(byY, width);
            if (gutter == null) {
                return byY;
            }
            List<Line> out = new ArrayList<>();
            List<Line> left = new ArrayList<>();
            List<Line> right = new ArrayList<>();
            for (Line l : byY) {
                if (l.x() < gutter[0] && l.right() > gutter[1]) {
                    out.addAll(left);
                    out.addAll(right);
                    left.clear();
                    right.clear();
                    out.add(l);
                } else if (l.right() <= gutter[1]) {
                    left.add(l);
                } else {
                    right.add(l);
                }
            }
            out.addAll(left);
            out.addAll(right);
            return out;
        }

        private static float[] gutter(List<Line> lines, float width) {
            int w = Math.max(1, (int) Math.ceil(width));
            int[] cover = new int[w + 1];
            int narrow = 0;
            for (Line l : lines) {
                if (l.right() - l.x() > width * 0.6f) {
                    continue;
                }
                narrow++;
                for (int x = Math.max(0, (int) l.x()); x <= Math.min(w, (int) l.right()); x++) {
                    cover[x]++;
                }
            }
            if (narrow < 4) {
                return null;
            }
            int bestStart = -1;
            int bestLen = 0;
            // a few lines may cross it: headlines across both columns, read where they stand
            int allowed = narrow / 10;
            int from = (int) (width * 0.3f);
            int to = (int) (width * 0.7f);
            int start = -1;
            for (int x = from; x <= to; x++) {
                if (cover[x] <= allowed) {
                    if (start < 0) {
                        start = x;
                    }
                    if (x - start + 1 > bestLen) {
                        bestLen = x - start + 1;
                        bestStart = start;
                    }
                } else {
                    start = -1;
                }
            }
            // both sides must hold text, else it is a margin, not a gutter
            if (bestLen < 6) {
                return null;
            }
            int leftText = 0;
            int rightText = 0;
            for (int x = 0; x < bestStart; x++) {
                leftText += cover[x];
            }
            for (int x = bestStart + bestLen; x <= w; x++) {
                rightText += cover[x];
            }
            return leftText > 0 && rightText > 0 ? new float[] {bestStart, bestStart + bestLen} : null;
        }
    }
}
