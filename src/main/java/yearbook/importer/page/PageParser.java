package yearbook.importer.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yearbook.importer.meta.Bylines;
import yearbook.importer.meta.Dates;
import yearbook.importer.page.Unit.Kind;
import yearbook.importer.repair.Chars;
import yearbook.importer.repair.TextRepair;

/**
 * Reads a decoded page into items. The rules, in the order they apply:
 * <ol>
 * <li>chrome lines are dropped ({@link Chrome});
 * <li>each line is recognised as a markdown heading, a subtitle (—— or ----), a byline, a photo caption, a
 * dateline, or text;
 * <li>text lines are joined into paragraphs. On OCR pages (most lines short and cut mid-sentence) a line that
 * fills the column continues on the next; elsewhere a line continues when it does not end a sentence. An
 * indented line always starts a paragraph;
 * <li>a paragraph that does not end in sentence punctuation continues in the next paragraph across blank lines
 * (a column or page break), passing over photo captions printed in between;
 * <li>the page is cut into items at each headline (a {@code #} heading, or short lines followed by a byline,
 * a subtitle, a dateline or a paragraph when no article is open), and at each closing byline.
 * </ol>
 */
public final class PageParser {
    private PageParser() {
    }

    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SUBTITLE = Pattern.compile("^\\s*(?:—{2,}|－{2,}|-{2,}|―{2,}|─{2,})\\s*(.+)$");
    private static final Pattern CAPTION_START = Pattern.compile("^\\s*(?:图为|图片为|上图为?|下图为?|左图为?|右图为?|图\\s*[:：]|图片[:：]|组图)");
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "(?:[□■◇◆]\\s*)?(?:[\\p{IsHan}]{0,8}(?:记者|通讯员|实习生))?\\s*[\\p{IsHan}·\\s]{2,24}?\\s*(?:摄影?|供图)\\s*[)）]?\\s*$");
    private static final Pattern CAPTION_DATE = Pattern.compile("[（(]\\s*(?:19|20)\\d{2}\\s*年[^)）]{0,20}(?:拍摄|摄)\\s*[)）]\\s*$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:([一二三四五六七八九十]{1,3})[、.．]|[（(]([一二三四五六七八九十]{1,3})[)）]|第[一二三四五六七八九十]{1,3}(?:部分|章|节))");
    private static final Pattern NEWS_MARKER = Pattern.compile(
            "^(本报讯|本报[\\p{IsHan}\\d\\s]{0,12}?(?:讯|电)|(?:新华社|中新社|人民网|新华网)[\\p{IsHan}\\d\\s]{0,12}?电|[\\p{IsHan}]{2,6}网讯|【[^】]{1,12}[讯訊]】)[\\s：:]*");
    /** A byline in brackets right after the dateline: 本报讯（记者 张宏伟 通讯员 李慧敏）日前，… */
    private static final Pattern LEADING_BYLINE = Pattern.compile("^([（(][^（()）]{2,40}[)）])\\s*");
    /** Column names printed over items in newspapers and on sites. */
    public static final Set<String> COMMENTARY_LABELS = Set.of("有话直说", "评论", "短评", "时评", "快评", "热评", "锐评",
            "社论", "编者按", "观点", "言论", "一家之言", "微评", "杂谈", "随笔", "评论员文章", "工会论坛", "百家论坛");
    private static final Set<String> OTHER_LABELS = Set.of("摄影报道", "图片新闻", "图片报道", "图说", "简讯", "快讯",
            "要闻", "一线传真", "基层动态", "工作动态", "基层传真", "新闻链接", "相关链接", "链接", "背景");

    public static boolean isLabel(String text) {
        String t = text.strip();
        return COMMENTARY_LABELS.contains(t) || OTHER_LABELS.contains(t);
    }

    public static Page parse(String text) {
        List<String> raw = Arrays.asList(text.split("\n", -1));
        Chrome.Stripped stripped = Chrome.strip(raw);
        List<String> lines = stripped.lines();
        List<Dropped> dropped = new ArrayList<>(stripped.dropped());
        Layout layout = layout(lines);
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
            List<Unit> block = block(lines, start, i, gap, layout);
            units.addAll(block);
            gap = 0;
        }
        // blank lines after each unit
        for (int k = 0; k < units.size(); k++) {
            int after = k + 1 < units.size() ? units.get(k + 1).gapBefore() : 2;
            units.set(k, units.get(k).withGapAfter(after));
        }
        // pages padded with runs of blank lines: a gap counts as "wide" only when wider than between paragraphs
        int normal = normalGap(units);
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            units.set(k, new Unit(u.kind(), u.text(), u.first(), u.last(), Math.max(0, u.gapBefore() - normal + 1),
                    Math.max(0, u.gapAfter() - normal + 1), u.level(), u.indented(), u.names()));
        }
        // a line standing alone between pictures (two or more blank lines on both sides) that is no sentence: a caption
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            if (u.kind() == Kind.PARA && u.gapBefore() >= 2 && u.gapAfter() >= 2 && u.first() == u.last()
                    && !Chars.endsSentence(u.text()) && Chars.width(u.text()) <= 100 && "，、；：".indexOf(u.text().charAt(u.text().length() - 1)) < 0) {
                units.set(k, u.with(Kind.CAPTION, u.text(), 0));
            }
        }
        List<Page.Join> joins = new ArrayList<>();
        units = joinAcrossBreaks(units, joins);
        return segment(units, stripped.info(), dropped, joins, layout.ocr);
    }

    /** The usual number of blank lines between two paragraphs of the page (at least 1). */
    private static int normalGap(List<Unit> units) {
        List<Integer> gaps = units.stream().filter(u -> u.kind() == Kind.PARA && u.gapBefore() > 0)
                .map(Unit::gapBefore).sorted().toList();
        return gaps.isEmpty() ? 1 : Math.max(1, gaps.get(gaps.size() / 2));
    }

    /** Whether the page is OCR'd newspaper text, and the column width its full lines have. */
    private record Layout(boolean ocr, double width) {
    }

    private static Layout layout(List<String> lines) {
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

    /** The units of one block of non-blank lines. */
    private static List<Unit> block(List<String> lines, int from, int to, int gapBefore, Layout layout) {
        List<Unit> out = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        int[] gap = {gapBefore};
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            String t = line.strip();
            Unit special = special(t, i + 1);
            if (special != null) {
                flush(lines, run, out, gap, layout);
                out.add(withGap(special, gap));
            } else {
                if (!run.isEmpty() && indented(line) && !layout.ocr) {
                    flush(lines, run, out, gap, layout);
                }
                run.add(i);
            }
        }
        flush(lines, run, out, gap, layout);
        return out;
    }

    private static Unit withGap(Unit u, int[] gap) {
        Unit r = new Unit(u.kind(), u.text(), u.first(), u.last(), gap[0], 0, u.level(), u.indented(), u.names());
        gap[0] = 0;
        return r;
    }

    /** A line that is a unit by itself: a heading, subtitle, byline, caption or dateline; else null. */
    private static Unit special(String t, int line) {
        Matcher m = MD_HEADING.matcher(t);
        if (m.matches()) {
            String text = m.group(2);
            Matcher sub = SUBTITLE.matcher(text);
            if (sub.matches()) {
                return unit(Kind.SUBTITLE, TextRepair.headline(sub.group(1)), line, 0);
            }
            if (isLabel(text)) {
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

    private static Unit unit(Kind kind, String text, int line, int level) {
        return new Unit(kind, text, line, line, 0, 0, level, false, List.of());
    }

    private static boolean indented(String line) {
        return line.startsWith("  ") || line.startsWith("\u3000") || line.startsWith("\t") || line.startsWith(" \u3000");
    }

    /** Joins a run of text lines into paragraphs and adds them. */
    private static void flush(List<String> lines, List<Integer> run, List<Unit> out, int[] gap, Layout layout) {
        if (run.isEmpty()) {
            return;
        }
        StringBuilder para = new StringBuilder();
        int first = run.get(0);
        boolean indented = indented(lines.get(first));
        for (int k = 0; k < run.size(); k++) {
            int idx = run.get(k);
            String t = lines.get(idx).strip();
            append(para, t);
            boolean last = k == run.size() - 1;
            boolean continues = !last && continues(t, lines.get(run.get(k + 1)), layout);
            if (!continues) {
                out.add(paragraph(para.toString(), first + 1, idx + 1, gap, indented, layout.ocr));
                para.setLength(0);
                if (!last) {
                    first = run.get(k + 1);
                    indented = indented(lines.get(first));
                }
            }
        }
        run.clear();
    }

    private static boolean continues(String line, String next, Layout layout) {
        if (layout.ocr) {
            return Chars.width(line) >= layout.width * 0.7 && !indented(next);
        }
        return !Chars.endsSentence(line) && !indented(next) && Chars.width(line) > 25;
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

    private static Unit paragraph(String text, int first, int last, int[] gap, boolean indented, boolean ocr) {
        String repaired = TextRepair.repair(text, ocr).strip();
        boolean isShort = first == last && isShort(repaired); // a headline or caption is one line
        Kind kind = isShort ? (isLabel(repaired) ? Kind.LABEL : Kind.SHORT) : Kind.PARA;
        String t = isShort ? TextRepair.headline(text) : repaired;
        Unit u = new Unit(kind, t, first, last, gap[0], 0, 0, indented, List.of());
        gap[0] = 0;
        return u;
    }

    /** A line that could be a headline, a section heading or a caption: short, and not a sentence. */
    private static boolean isShort(String t) {
        if (Chars.width(t) > 40 || Chars.endsSentence(t) || t.matches(".*[。！？].*")) {
            return false;
        }
        char end = t.charAt(t.length() - 1);
        return "，、；：,;:（(“《".indexOf(end) < 0;
    }

    /** Paragraphs cut by a blank line mid-sentence are joined again, over captions printed between the pieces. */
    private static List<Unit> joinAcrossBreaks(List<Unit> units, List<Page.Join> joins) {
        List<Unit> out = new ArrayList<>();
        List<Unit> held = new ArrayList<>();
        for (Unit u : units) {
            Unit prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.kind() == Kind.PARA && !Chars.endsSentence(prev.text())) {
                if (u.kind() == Kind.CAPTION) {
                    held.add(u);
                    continue;
                }
                if (u.kind() == Kind.PARA && !u.indented() || u.kind() == Kind.SHORT && u.gapBefore() <= 2 && !u.indented()
                        && !NUMBERED.matcher(u.text()).find() && "，、；：,;:".indexOf(prev.text().charAt(prev.text().length() - 1)) >= 0) {
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
        return out;
    }


    // ---- items ----

    private static final class Builder {
        int index;
        String kicker;
        String title;
        String subtitle;
        String label;
        LocalDate dateline;
        final List<String> authors = new ArrayList<>();
        final List<Unit> body = new ArrayList<>();
        final List<Unit> captions = new ArrayList<>();
        int first;
        int last;
        boolean news;
        boolean closed;

        Item build() {
            return new Item(index, kicker, title, subtitle, label, dateline, authors, body, captions, first, last, news);
        }

        void touch(Unit u) {
            if (first == 0) {
                first = u.first();
            }
            last = Math.max(last, u.last());
        }
    }

    private static boolean headlinePart(Unit u) {
        return switch (u.kind()) {
            case SHORT -> !NUMBERED.matcher(u.text()).find(); // 一、… is a section heading, never a headline
            case SUBTITLE, BYLINE, DATELINE, LABEL -> true;
            case HEADING -> u.level() == 1;
            default -> false;
        };
    }

    private static Page segment(List<Unit> units, PageInfo info, List<Dropped> dropped, List<Page.Join> joins, boolean ocr) {
        List<Builder> items = new ArrayList<>();
        List<Unit> loose = new ArrayList<>();
        Builder cur = null;
        int i = 0;
        while (i < units.size()) {
            Unit u = units.get(i);
            boolean open = cur != null && !cur.closed && !cur.body.isEmpty();
            if (u.kind() == Kind.HEADING && u.level() == 1 || headlinePart(u) && u.kind() != Kind.BYLINE
                    && startsItem(units, i, cur)) {
                cur = new Builder();
                cur.index = items.size() + 1;
                items.add(cur);
                i = headline(units, i, cur, dropped);
                continue;
            }
            switch (u.kind()) {
                case PARA -> {
                    if (cur == null || cur.closed) {
                        cur = new Builder();
                        cur.index = items.size() + 1;
                        items.add(cur);
                    }
                    addParagraph(cur, u);
                }
                case HEADING -> {
                    if (cur == null) {
                        cur = new Builder();
                        cur.index = items.size() + 1;
                        items.add(cur);
                    }
                    cur.body.add(u);
                    cur.touch(u);
                }
                case SUBTITLE -> {
                    if (cur != null && cur.subtitle == null && cur.body.size() <= 1) {
                        cur.subtitle = u.text();
                        cur.touch(u);
                    } else if (cur != null) {
                        cur.body.add(u.with(Kind.PARA, "——" + u.text(), 0));
                    }
                }
                case BYLINE -> {
                    if (cur != null) {
                        cur.authors.addAll(u.names());
                        cur.touch(u);
                        if (!cur.body.isEmpty()) {
                            cur.closed = true;
                        }
                    } else {
                        dropped.add(new Dropped(u.first(), u.text(), "署名不属于任何文章"));
                    }
                }
                case CAPTION -> {
                    if (open) {
                        cur.captions.add(u);
                    } else {
                        loose.add(u);
                    }
                }
                case SHORT -> {
                    Unit next = i + 1 < units.size() ? units.get(i + 1) : null;
                    boolean heading = open && next != null && next.kind() == Kind.PARA && u.gapBefore() <= 1 && u.gapAfter() <= 1;
                    Matcher num = NUMBERED.matcher(u.text());
                    if (cur != null && !cur.closed && num.find()) {
                        cur.body.add(u.with(Kind.HEADING, u.text(), num.group(2) != null ? 3 : 2));
                        cur.touch(u);
                    } else if (heading) {
                        cur.body.add(u.with(Kind.HEADING, u.text(), 2));
                        cur.touch(u);
                    } else if (open) {
                        cur.captions.add(u.with(Kind.CAPTION, TextRepair.repair(u.text(), false), 0));
                    } else {
                        loose.add(u.with(Kind.CAPTION, TextRepair.repair(u.text(), false), 0));
                    }
                }
                case LABEL -> dropped.add(new Dropped(u.first(), u.text(), "栏目名"));
                case DATELINE -> {
                    if (cur != null && cur.dateline == null) {
                        cur.dateline = Dates.dateline(u.text()).orElse(null);
                    } else {
                        dropped.add(new Dropped(u.first(), u.text(), "单独一行的日期"));
                    }
                }
            }
            i++;
        }
        List<Item> built = new ArrayList<>();
        for (Builder b : items) {
            built.add(b.build());
        }
        return new Page(info, built, loose, dropped, joins, ocr);
    }

    private static void addParagraph(Builder cur, Unit u) {
        String text = u.text();
        if (cur.body.isEmpty()) {
            Matcher m = NEWS_MARKER.matcher(text);
            if (m.find() && m.end() < text.length()) {
                cur.news = true;
                text = text.substring(m.end());
                Matcher lead = LEADING_BYLINE.matcher(text);
                if (lead.find() && lead.end() < text.length()) {
                    Optional<Bylines.Byline> by = Bylines.parse(lead.group(1));
                    if (by.isPresent() && !by.get().photo()) {
                        cur.authors.addAll(by.get().names());
                        text = text.substring(lead.end());
                    }
                }
            }
        }
        Optional<Bylines.Trailing> trailing = Bylines.trailing(text);
        if (trailing.isPresent()) {
            text = trailing.get().paragraph();
            cur.authors.addAll(trailing.get().byline().names());
            cur.closed = true;
        }
        cur.body.add(u.with(Kind.PARA, text, 0));
        cur.touch(u);
    }

    /**
     * The most units a headline group has: kicker, title lines, subtitle, byline, dateline, label. A longer run of
     * headline-like lines is not a headline; looking no further keeps the parser linear on a page of thousands of
     * short lines (each of them looked ahead to the end of the run).
     */
    static final int MAX_HEADLINE_UNITS = 12;

    /** Whether the headline-like units from {@code i} on open a new item. */
    private static boolean startsItem(List<Unit> units, int i, Builder cur) {
        int j = i;
        boolean marks = false;
        int shorts = 0;
        while (j < units.size() && headlinePart(units.get(j))) {
            if (j - i >= MAX_HEADLINE_UNITS) {
                return false;
            }
            Kind k = units.get(j).kind();
            if (k == Kind.BYLINE || k == Kind.SUBTITLE || k == Kind.DATELINE || k == Kind.LABEL) {
                marks = true;
            }
            if (k == Kind.SHORT || k == Kind.HEADING) {
                shorts++;
            }
            j++;
        }
        if (j >= units.size() || shorts == 0) {
            return false;
        }
        Unit next = units.get(j);
        boolean sectionFollows = next.kind() == Kind.SHORT && NUMBERED.matcher(next.text()).find()
                || next.kind() == Kind.HEADING && next.level() >= 2 && marks;
        if (next.kind() != Kind.PARA && !sectionFollows) {
            return false;
        }
        boolean open = cur != null && !cur.closed && !cur.body.isEmpty();
        if (!open) {
            return true;
        }
        return marks && shorts <= 2 || NEWS_MARKER.matcher(next.text()).find()
                || ORG_HEADLINE.matcher(units.get(j - 1).text()).find()
                && !(units.get(j - 1).gapBefore() >= 2 && units.get(j - 1).gapAfter() >= 2); // between pictures: a caption
    }

    /** A headline that names a union body (安定区总工会多措并举…): a new article, not a section of the open one. */
    private static final Pattern ORG_HEADLINE = Pattern.compile("^[\\p{IsHan}]{2,20}?总工会");

    /** Reads a headline group into the item; returns the index after it. */
    private static int headline(List<Unit> units, int i, Builder cur, List<Dropped> dropped) {
        List<Unit> titles = new ArrayList<>();
        while (i < units.size() && (headlinePart(units.get(i)) || units.get(i).kind() == Kind.HEADING && !titles.isEmpty()
                && units.get(i).level() <= 3 && i + 1 < units.size() && units.get(i + 1).kind() != Kind.PARA)) {
            Unit u = units.get(i);
            cur.touch(u);
            switch (u.kind()) {
                case SHORT, HEADING -> {
                    if (isLabel(u.text())) {
                        cur.label = u.text();
                    } else {
                        titles.add(u);
                    }
                }
                case SUBTITLE -> {
                    if (cur.subtitle == null) {
                        cur.subtitle = u.text();
                    } else {
                        dropped.add(new Dropped(u.first(), u.text(), "第二个副题"));
                    }
                }
                case BYLINE -> cur.authors.addAll(u.names());
                case DATELINE -> cur.dateline = cur.dateline == null ? Dates.dateline(u.text()).orElse(null) : cur.dateline;
                case LABEL -> cur.label = u.text();
                default -> { }
            }
            i++;
        }
        if (!titles.isEmpty()) {
            Unit title = titles.get(titles.size() - 1);
            cur.title = TextRepair.headline(title.text());
            if (titles.size() >= 2) {
                cur.kicker = TextRepair.headline(titles.get(titles.size() - 2).text());
                for (Unit extra : titles.subList(0, titles.size() - 2)) {
                    dropped.add(new Dropped(extra.first(), extra.text(), "标题区多余的短行"));
                }
            }
        }
        return i;
    }
}
