package yearbook.importer.page;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yearbook.importer.meta.Bylines;
import yearbook.importer.meta.Dates;
import yearbook.importer.page.Unit.Kind;
import yearbook.importer.repair.Chars;
import yearbook.importer.repair.TextRepair;

/**
 * What a single line of a page is, when it is a unit by itself: a markdown heading, a subtitle (—— or ----), a
 * byline, a photo caption or a dateline. Any other line is text, for {@link Paragraphs} to join.
 */
final class LineKinds {
    private LineKinds() {
    }

    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SUBTITLE = Pattern.compile("^\\s*(?:—{2,}|－{2,}|-{2,}|―{2,}|─{2,})\\s*(.+)$");
    private static final Pattern CAPTION_START = Pattern.compile("^\\s*(?:图为|图片为|上图为?|下图为?|左图为?|右图为?|图\\s*[:：]|图片[:：]|组图)");
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "(?:[□■◇◆]\\s*)?(?:[\\p{IsHan}]{0,8}(?:记者|通讯员|实习生))?\\s*[\\p{IsHan}·\\s]{2,24}?\\s*(?:摄影?|供图)\\s*[)）]?\\s*$");
    private static final Pattern CAPTION_DATE = Pattern.compile("[（(]\\s*(?:19|20)\\d{2}\\s*年[^)）]{0,20}(?:拍摄|摄)\\s*[)）]\\s*$");
    /** A numbered section heading: 一、 （一） 第一部分. */
    static final Pattern NUMBERED = Pattern.compile("^\\s*(?:([一二三四五六七八九十]{1,3})[、.．]|[（(]([一二三四五六七八九十]{1,3})[)）]|第[一二三四五六七八九十]{1,3}(?:部分|章|节))");

    /** A line that is a unit by itself: a heading, subtitle, byline, caption or dateline; else null. */
    static Unit special(String t, int line) {
        Matcher m = MD_HEADING.matcher(t);
        if (m.matches()) {
            String text = m.group(2);
            Matcher sub = SUBTITLE.matcher(text);
            if (sub.matches()) {
                return unit(Kind.SUBTITLE, TextRepair.headline(sub.group(1)), line, 0);
            }
            if (Labels.isLabel(text)) {
                return unit(Kind.LABEL, text.strip(), line, m.group(1).length());
            }
            return unit(Kind.HEADING, TextRepair.headline(text), line, m.group(1).length());
        }
        Matcher sub = SUBTITLE.matcher(t);
        if (sub.matches() && Chars.width(t) <= 60 && !Chars.endsSentence(t)) {
            return unit(Kind.SUBTITLE, TextRepair.headline(sub.group(1)), line, 0);
        }
        Optional<Bylines.Byline> by = Bylines.parse(t);
        if (by.isPresent()) {
            if (by.get().photo()) {
                return unit(Kind.CAPTION, t.replaceAll("\\s+", " "), line, 0);
            }
            return new Unit(Kind.BYLINE, t, line, line, 0, 0, 0, false, by.get().names());
        }
        if (isCaption(t)) {
            return unit(Kind.CAPTION, caption(t), line, 0);
        }
        if (Dates.dateline(t).isPresent()) {
            return unit(Kind.DATELINE, t, line, 0);
        }
        return null;
    }

    /** A caption repaired like text, except its credit ({@code □通讯员 信平 国占 摄}), whose spaces part the names. */
    static String caption(String t) {
        int credit = Math.max(t.lastIndexOf('□'), Math.max(t.lastIndexOf('◇'), t.lastIndexOf('■')));
        if (credit > 0 && Bylines.parse(t.substring(credit)).isPresent()) {
            return TextRepair.repair(t.substring(0, credit), false).strip() + " " + t.substring(credit).strip().replaceAll("\\s+", " ");
        }
        return TextRepair.repair(t, false);
    }

    static boolean isCaption(String t) {
        int width = Chars.width(t);
        if (width > 200) {
            return false;
        }
        String end = t.substring(Math.max(0, t.length() - 40));
        return width <= 150 && CAPTION_START.matcher(t).lookingAt()
                || end.contains("摄") && CAPTION_DATE.matcher(end).find()
                || (end.contains("摄") || end.contains("供图")) && !Chars.endsSentence(t) && CAPTION_CREDIT.matcher(end).find();
    }

    static Unit unit(Kind kind, String text, int line, int level) {
        return new Unit(kind, text, line, line, 0, 0, level, false, List.of());
    }

    static boolean indented(String line) {
        return line.startsWith("  ") || line.startsWith("\u3000") || line.startsWith("\t") || line.startsWith(" \u3000");
    }
}
