package yearbook.print;

import java.util.List;

/**
 * The print yearbook ({@code book} in print/book.ftlh): one PDF, a whole volume or one province's part.
 *
 * @param name     the book's title: 工会年鉴 2022, or 工会年鉴 2022 · 内蒙古自治区 for a part
 * @param region   the province of a part, or null for a whole volume
 * @param year     the year the volume covers
 * @param date     the book's date, written 2022年12月
 * @param parts    which optional parts are printed: cover, title, colophon, board, preface, contents,
 *                 subject-index, place-index, organization-index (true or absent)
 * @param page     paper and margins
 * @param sections the body, one section per province
 * @param colophon the 版权页, or null when the settings give nothing for it
 * @param board    the 编委会, role by role (empty when not given)
 * @param staff    the 编辑部, role by role (empty when not given)
 * @param preface  the 编辑说明 the editors wrote (content/preface.md) as HTML (print with ?no_esc), or null for
 *                 the notes the template makes from the settings
 * @param order    the parts of the body in their order: special, chronicle, regions, statistics, honours, appendix
 *                 (those the book has)
 * @param special  the 特载 articles
 * @param chronicle the 大事记, month by month
 * @param statistics the 统计资料 tables
 * @param honours  the 先进名录 rolls
 * @param appendix the 附录 articles
 * @param people   the 人名索引: every person on the rolls, in pinyin order, with the anchors of their entries
 * @param themes   the articles arranged by theme (类目), each theme's regions below it (分目)
 * @param plates   the 图片 section of the front matter: each picture with its printed size
 */
public record BookView(String name, String title, String subtitle, String publisher, String description,
                       String copyright, int volume, String region, int year, String date, int articleCount,
                       int regionCount, int themeCount, java.util.Map<String, Boolean> parts, PageSetup page,
                       List<Section> sections, List<Term> subjects, List<Term> places, List<Term> organizations,
                       String generator,
                       Colophon colophon, List<yearbook.config.Credit> board, List<yearbook.config.Credit> staff,
                       String preface, List<String> order, List<Entry> special, List<Month> chronicle,
                       List<Table> statistics, List<Roll> honours, List<Entry> appendix, List<Term> people,
                       List<ThemePart> themes, List<Plate> plates) {
    public BookView {
        plates = List.copyOf(plates);
        themes = List.copyOf(themes);
        order = List.copyOf(order);
        special = List.copyOf(special);
        chronicle = List.copyOf(chronicle);
        statistics = List.copyOf(statistics);
        honours = List.copyOf(honours);
        appendix = List.copyOf(appendix);
        people = List.copyOf(people);
        board = List.copyOf(board);
        staff = List.copyOf(staff);
        sections = List.copyOf(sections);
        subjects = List.copyOf(subjects);
        places = List.copyOf(places);
        organizations = List.copyOf(organizations);
        parts = java.util.Map.copyOf(parts);
    }

    /**
     * Paper size and margins in millimetres; the body's columns (1 or 2), the gap between them in millimetres
     * and whether a rule is drawn there; whether the front matter prints roman page numbers.
     */
    public record PageSetup(int width, int height, int top, int bottom, int inside, int outside, int columns,
                            int columnGap, boolean columnRule, boolean romanFront) {
    }

    /**
     * The 版权页: what the settings give (null when not given) and what the book knows of itself.
     *
     * @param name  书名: the book's title
     * @param size  开本: the page size in millimetres, with the fraction of the standard sheet for sizes known by
     *              name: 210mm×297mm　1/16
     * @param words 字数: the characters of the articles' titles and text, in thousands rounded up: 12千字
     * @param cip   the 图书在版编目（CIP）数据 block, its lines kept (print with white-space: pre-line)
     */
    public record Colophon(String name, String editor, String publisher, String address, String postcode,
                           String printer, String size, String words, String edition, String impression, String isbn,
                           String price, String cip) {
    }

    /**
     * A region's part of the body.
     *
     * @param level    1 for a province, 2 a prefecture, 3 a county: the heading level
     * @param heading  the running head for its pages: the region chain, 内蒙古自治区 · 包头市
     */
    public record Section(String id, String name, int level, String heading, List<Entry> articles,
                          List<Section> children) {
        public Section {
            articles = List.copyOf(articles);
            children = List.copyOf(children);
        }
    }

    /**
     * An article as printed.
     *
     * @param level   heading level of its title (one below its region's)
     * @param html    the body, headings moved below the title, anchors made unique (print with ?no_esc)
     * @param source  where it was first published, in one line, or null
     * @param themes  its themes' names
     * @param titleHtml the title as HTML, spaced for print like the body (print with ?no_esc)
     * @param wide    whether it is set across the page rather than in a column: an article with a table (the
     *                PDF renderer cannot tag a table inside columns for PDF/UA, and a table wants the width)
     */
    public record Entry(String id, int level, String title, String subtitle, String kicker, String organization,
                        String region, List<String> authors, String date, String source, List<String> themes,
                        String html, boolean wide, String titleHtml) {
        public Entry {
            authors = List.copyOf(authors);
            themes = List.copyOf(themes);
        }
    }

    /** An index term, the anchors of the articles it points to, and the terms to see instead when it has none. */
    public record Term(String term, String letter, List<String> refs, List<String> see) {
        public Term {
            refs = List.copyOf(refs);
            see = List.copyOf(see);
        }
    }

    /**
     * A picture of the 图片 section: its file (relative to the content folder), description, caption, and printed
     * width and height in millimetres (as CSS writes them).
     */
    public record Plate(String src, String alt, String caption, String width, String height) {
    }

    /** A theme's part (类目): its anchor, its name, and its articles by region. */
    public record ThemePart(String id, String name, List<Section> sections) {
        public ThemePart {
            sections = List.copyOf(sections);
        }
    }

    /** A month of the 大事记: its heading (1月) and its events. */
    public record Month(String title, List<Event> events) {
        public Month {
            events = List.copyOf(events);
        }
    }

    /** An event: its date as a chronicle writes it (1月15日), the text, and its region's name or null. */
    public record Event(String date, String text, String region) {
    }

    /**
     * A statistics table: anchor, title, unit, source and notes (null or empty when not given), the header and the
     * rows, each cell's text (numbers grouped) and whether it is a number.
     */
    public record Table(String id, String title, String unit, String source, List<String> notes,
                        List<yearbook.statistics.StatTable.Cell> header, List<List<yearbook.statistics.StatTable.Cell>> rows) {
        public Table {
            notes = List.copyOf(notes);
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** An honour roll: anchor, the honour, who gave it and the year (0 when not said), and the honoured. */
    public record Roll(String id, String title, String awardedBy, int year, boolean collective, List<Honoured> entries) {
        public Roll {
            entries = List.copyOf(entries);
        }
    }

    /** One honoured person or collective, with its anchor for the 人名索引; absent facts are null. */
    public record Honoured(String id, String name, String sex, String ethnicity, String unit, String post, String region) {
    }
}
