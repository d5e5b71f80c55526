package yearbook.importer.page;

import java.util.ArrayList;
import java.util.List;

import yearbook.importer.page.Unit.Kind;
import yearbook.importer.repair.Chars;
import yearbook.importer.repair.TextRepair;

/**
 * Text lines joined into paragraphs. On OCR pages (most lines short and cut mid-sentence) a line that fills the
 * column continues on the next; elsewhere a line continues when it does not end a sentence. An indented line
 * always starts a paragraph. A paragraph that does not end in sentence punctuation continues in the next one
 * across blank lines (a column or page break), passing over photo captions printed in between.
 */
final class Paragraphs {
    private Paragraphs() {
    }

    /** Whether the page is OCR'd newspaper text, and the column width its full lines have. */
    record Layout(boolean ocr, double width) {
    }

    static Layout layout(List<String> lines) {
        // weighed by characters, so that headlines and chrome (short lines) do not make a page look like OCR
        List<Integer> widths = new ArrayList<>();
        long total = 0;
        long inShort = 0;
        long unfinished = 0;
        for (String l : lines) {
            String t = l.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int w = Chars.width(t);
            widths.add(w);
            total += w;
            if (w <= 45) {
                inShort += w;
            }
            if (!Chars.endsSentence(t)) {
                unfinished += w;
            }
        }
        if (widths.size() < 10) {
            return new Layout(false, 0);
        }
        List<Integer> sorted = widths.stream().sorted().toList();
        int p80 = sorted.get(sorted.size() * 4 / 5);
        boolean ocr = inShort * 10 >= total * 7 && unfinished * 2 >= total;
        return new Layout(ocr, p80);
    }

    /** The units of a page's lines, each with the blank lines before it ({@code gapAfter} still 0). */
    static List<Unit> units(List<String> lines, Layout layout) {
        List<Unit> units = new ArrayList<>();
        int gap = 0;
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                gap++;
                i++;
                continue;
            }
            int start = i;
            while (i < lines.size() && !lines.get(i).isBlank()) {
                i++;
            }
            units.addAll(block(lines, start, i, gap, layout));
            gap = 0;
        }
        return units;
    }

    /** The units of one block of non-blank lines; the first has the {@code gapBefore} blank lines before it. */
    private static List<Unit> block(List<String> lines, int from, int to, int gapBefore, Layout layout) {
        List<Unit> out = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            Unit special = LineKinds.special(line.strip(), i + 1);
            if (special != null) {
                out.addAll(paragraphs(lines, run, layout));
                run.clear();
                out.add(special);
            } else {
                if (!run.isEmpty() && LineKinds.indented(line) && !layout.ocr()) {
                    out.addAll(paragraphs(lines, run, layout));
                    run.clear();
                }
                run.add(i);
            }
        }
        out.addAll(paragraphs(lines, run, layout));
        if (!out.isEmpty()) {
            out.set(0, out.get(0).withGapBefore(gapBefore));
        }
        return out;
    }

    /** The paragraphs of a run of text lines (their indexes in {@code lines}). */
    private static List<Unit> paragraphs(List<String> lines, List<Integer> run, Layout layout) {
        List<Unit> out = new ArrayList<>();
        if (run.isEmpty()) {
            return out;
        }
        StringBuilder para = new StringBuilder();
        int first = run.get(0);
        boolean indented = LineKinds.indented(lines.get(first));
        for (int k = 0; k < run.size(); k++) {
            int idx = run.get(k);
            String t = lines.get(idx).strip();
            append(para, t);
            boolean last = k == run.size() - 1;
            boolean continues = !last && continues(t, lines.get(run.get(k + 1)), layout);
            if (!continues) {
                out.add(paragraph(para.toString(), first + 1, idx + 1, indented, layout.ocr()));
                para.setLength(0);
                if (!last) {
                    first = run.get(k + 1);
                    indented = LineKinds.indented(lines.get(first));
                }
            }
        }
        return out;
    }

    private static boolean continues(String line, String next, Layout layout) {
        if (layout.ocr()) {
            return Chars.width(line) >= layout.width() * 0.7 && !LineKinds.indented(next);
        }
        return !Chars.endsSentence(line) && !LineKinds.indented(next) && Chars.width(line) > 25;
    }

    static void append(StringBuilder sb, String t) {
        if (sb.length() > 0 && !t.isEmpty()) {
            char a = sb.charAt(sb.length() - 1);
            char b = t.charAt(0);
            if (isAsciiWord(a) && isAsciiWord(b) && !(Character.isDigit(a) && Character.isDigit(b))) {
                sb.append(' ');
            }
        }
        sb.append(t);
    }

    private static boolean isAsciiWord(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static Unit paragraph(String text, int first, int last, boolean indented, boolean ocr) {
        String repaired = TextRepair.repair(text, ocr).strip();
        boolean isShort = first == last && isShort(repaired); // a headline or caption is one line
        Kind kind = isShort ? (Labels.isLabel(repaired) ? Kind.LABEL : Kind.SHORT) : Kind.PARA;
        String t = isShort ? TextRepair.headline(text) : repaired;
        return new Unit(kind, t, first, last, 0, 0, 0, indented, List.of());
    }

    /** A line that could be a headline, a section heading or a caption: short, and not a sentence. */
    private static boolean isShort(String t) {
        if (Chars.width(t) > 40 || Chars.endsSentence(t) || t.matches(".*[。！？].*")) {
            return false;
        }
        char end = t.charAt(t.length() - 1);
        return "，、；：,;:（(“《".indexOf(end) < 0;
    }

    /** The units after {@link #joinAcrossBreaks}, and the joins it made. */
    record Joined(List<Unit> units, List<Page.Join> joins) {
        Joined {
            units = List.copyOf(units);
            joins = List.copyOf(joins);
        }
    }

    /** Paragraphs cut by a blank line mid-sentence are joined again, over captions printed between the pieces. */
    static Joined joinAcrossBreaks(List<Unit> units) {
        List<Unit> out = new ArrayList<>();
        List<Page.Join> joins = new ArrayList<>();
        List<Unit> held = new ArrayList<>();
        for (Unit u : units) {
            Unit prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.kind() == Kind.PARA && !Chars.endsSentence(prev.text())) {
                if (u.kind() == Kind.CAPTION) {
                    held.add(u);
                    continue;
                }
                if (u.kind() == Kind.PARA && !u.indented() || u.kind() == Kind.SHORT && u.gapBefore() <= 2 && !u.indented()
                        && !LineKinds.NUMBERED.matcher(u.text()).find()
                        && "，、；：,;:".indexOf(prev.text().charAt(prev.text().length() - 1)) >= 0) {
                    StringBuilder sb = new StringBuilder(prev.text());
                    append(sb, u.text());
                    joins.add(new Page.Join(u.first(), Chars.tail(prev.text(), 12), Chars.head(u.text(), 12), u.gapBefore()));
                    out.set(out.size() - 1, new Unit(Kind.PARA, sb.toString(), prev.first(), u.last(), prev.gapBefore(),
                            u.gapAfter(), 0, prev.indented(), List.of()));
                    out.addAll(held);
                    held.clear();
                    continue;
                }
            }
            out.addAll(held);
            held.clear();
            out.add(u);
        }
        out.addAll(held);
        return new Joined(out, joins);
    }
}
