package yearbook.importer.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import yearbook.importer.page.Unit.Kind;
import yearbook.importer.repair.Chars;

/**
 * Reads a decoded page into items. The rules, in the order they apply:
 * <ol>
 * <li>chrome lines are dropped ({@link Chrome});
 * <li>each line is recognised as a markdown heading, a subtitle (—— or ----), a byline, a photo caption, a
 * dateline, or text ({@link LineKinds});
 * <li>text lines are joined into paragraphs. On OCR pages (most lines short and cut mid-sentence) a line that
 * fills the column continues on the next; elsewhere a line continues when it does not end a sentence. An
 * indented line always starts a paragraph ({@link Paragraphs});
 * <li>a paragraph that does not end in sentence punctuation continues in the next paragraph across blank lines
 * (a column or page break), passing over photo captions printed in between;
 * <li>the page is cut into items at each headline (a {@code #} heading, or short lines followed by a byline,
 * a subtitle, a dateline or a paragraph when no article is open), and at each closing byline ({@link Segmenter}).
 * </ol>
 */
public final class PageParser {
    private PageParser() {
    }

    public static Page parse(String text) {
        List<String> raw = Arrays.asList(text.split("\n", -1));
        Chrome.Stripped stripped = Chrome.strip(raw);
        List<String> lines = stripped.lines();
        Paragraphs.Layout layout = Paragraphs.layout(lines);
        List<Unit> units = gaps(Paragraphs.units(lines, layout));
        // a line standing alone between pictures (two or more blank lines on both sides) that is no sentence: a caption
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            if (u.kind() == Kind.PARA && u.gapBefore() >= 2 && u.gapAfter() >= 2 && u.first() == u.last()
                    && !Chars.endsSentence(u.text()) && Chars.width(u.text()) <= 100 && "，、；：".indexOf(u.text().charAt(u.text().length() - 1)) < 0) {
                units.set(k, u.with(Kind.CAPTION, u.text(), 0));
            }
        }
        Paragraphs.Joined joined = Paragraphs.joinAcrossBreaks(units);
        return Segmenter.segment(joined.units(), stripped.info(), stripped.dropped(), joined.joins(), layout.ocr());
    }

    /**
     * The units with the blank lines after each, and both gaps counted from the page's usual gap between
     * paragraphs: on pages padded with runs of blank lines a gap is "wide" only when wider than that.
     */
    private static List<Unit> gaps(List<Unit> found) {
        List<Unit> units = new ArrayList<>(found);
        for (int k = 0; k < units.size(); k++) {
            int after = k + 1 < units.size() ? units.get(k + 1).gapBefore() : 2;
            units.set(k, units.get(k).withGapAfter(after));
        }
        int normal = normalGap(units);
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            units.set(k, new Unit(u.kind(), u.text(), u.first(), u.last(), Math.max(0, u.gapBefore() - normal + 1),
                    Math.max(0, u.gapAfter() - normal + 1), u.level(), u.indented(), u.names()));
        }
        return units;
    }

    /** The usual number of blank lines between two paragraphs of the page (at least 1). */
    private static int normalGap(List<Unit> units) {
        List<Integer> gaps = units.stream().filter(u -> u.kind() == Kind.PARA && u.gapBefore() > 0)
                .map(Unit::gapBefore).sorted().toList();
        return gaps.isEmpty() ? 1 : Math.max(1, gaps.get(gaps.size() / 2));
    }
}
