package yearbook.importer.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yearbook.importer.meta.Bylines;
import yearbook.importer.meta.Dates;
import yearbook.importer.page.Unit.Kind;
import yearbook.importer.repair.TextRepair;

/**
 * A page's units cut into items: at each headline (a {@code #} heading, or short lines followed by a byline, a
 * subtitle, a dateline or a paragraph when no article is open), and at each closing byline. Units that belong to
 * no item (loose captions, stray bylines and datelines, column labels) are set aside or dropped with a reason.
 */
final class Segmenter {
    private static final Pattern NEWS_MARKER = Pattern.compile(
            "^(本报讯|本报[\\p{IsHan}\\d\\s]{0,12}?(?:讯|电)|(?:新华社|中新社|人民网|新华网)[\\p{IsHan}\\d\\s]{0,12}?电|[\\p{IsHan}]{2,6}网讯|[\\p{IsHan}]{2,6}(?:在线|客户端|融媒)讯|【[^】]{1,12}[讯訊]】)[\\s：:]*");
    /** A byline in brackets right after the dateline: 本报讯（记者 张宏伟 通讯员 李慧敏）日前，… */
    private static final Pattern LEADING_BYLINE = Pattern.compile("^([（(][^（()）]{2,40}[)）])\\s*");

    private final List<Unit> units;
    private final List<Dropped> dropped;
    private final List<Builder> items = new ArrayList<>();
    private final List<Unit> loose = new ArrayList<>();
    /** The item units go to now, or null before the first. */
    private Builder cur;

    private Segmenter(List<Unit> units, List<Dropped> dropped) {
        this.units = units;
        this.dropped = new ArrayList<>(dropped);
    }

    /** The page of {@code units}; {@code dropped} are the lines already dropped, to which the items add theirs. */
    static Page segment(List<Unit> units, PageInfo info, List<Dropped> dropped, List<Page.Join> joins, boolean ocr) {
        Segmenter s = new Segmenter(units, dropped);
        s.cut();
        return new Page(info, s.items.stream().map(Builder::build).toList(), s.loose, s.dropped, joins, ocr);
    }

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
            case SHORT -> !LineKinds.NUMBERED.matcher(u.text()).find(); // 一、… is a section heading, never a headline
            case SUBTITLE, BYLINE, DATELINE, LABEL -> true;
            case HEADING -> u.level() == 1;
            default -> false;
        };
    }

    /** A new item, where the units go from now on. */
    private void newItem() {
        cur = new Builder();
        cur.index = items.size() + 1;
        items.add(cur);
    }

    private void cut() {
        int i = 0;
        while (i < units.size()) {
            Unit u = units.get(i);
            boolean open = cur != null && !cur.closed && !cur.body.isEmpty();
            if (u.kind() == Kind.HEADING && u.level() == 1 || headlinePart(u) && u.kind() != Kind.BYLINE
                    && startsItem(i)) {
                newItem();
                i = headline(i);
                continue;
            }
            switch (u.kind()) {
                case PARA -> {
                    if (cur == null || cur.closed) {
                        newItem();
                    }
                    addParagraph(cur, u);
                }
                case HEADING -> {
                    if (cur == null) {
                        newItem();
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
                    Matcher num = LineKinds.NUMBERED.matcher(u.text());
                    if (cur != null && !cur.closed && num.find()) {
                        cur.body.add(u.with(Kind.HEADING, u.text(), num.group(2) != null ? 3 : 2));
                        cur.touch(u);
                    } else if (heading) {
                        cur.body.add(u.with(Kind.HEADING, u.text(), 2));
                        cur.touch(u);
                    } else if (open && u.text().contains(" | ")) {
                        // a table of a Word file, its cells parted by |: text of the article, not a caption
                        cur.body.add(u.with(Kind.PARA, u.text(), 0));
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
    private boolean startsItem(int i) {
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
        boolean sectionFollows = next.kind() == Kind.SHORT && LineKinds.NUMBERED.matcher(next.text()).find()
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
    private int headline(int i) {
        List<Unit> titles = new ArrayList<>();
        while (i < units.size() && (headlinePart(units.get(i)) || units.get(i).kind() == Kind.HEADING && !titles.isEmpty()
                && units.get(i).level() <= 3 && i + 1 < units.size() && units.get(i + 1).kind() != Kind.PARA)) {
            Unit u = units.get(i);
            cur.touch(u);
            switch (u.kind()) {
                case SHORT, HEADING -> {
                    if (Labels.isLabel(u.text())) {
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
