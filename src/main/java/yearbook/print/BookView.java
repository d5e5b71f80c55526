package yearbook.print;

import java.util.List;

/**
 * The print yearbook ({@code book} in print/book.ftlh): one PDF, a whole volume or one province's part.
 *
 * @param name     the book's title: 工会年鉴 2022, or 工会年鉴 2022 · 内蒙古自治区 for a part
 * @param region   the province of a part, or null for a whole volume
 * @param year     the year the volume covers
 * @param date     the book's date, written 2022年12月
 * @param parts    which optional parts are printed: cover, title, preface, contents, subject-index,
 *                 place-index (true or absent)
 * @param page     paper and margins
 * @param sections the body, one section per province
 */
public record BookView(String name, String title, String subtitle, String publisher, String description,
                       String copyright, int volume, String region, int year, String date, int articleCount,
                       int regionCount, int themeCount, java.util.Map<String, Boolean> parts, PageSetup page,
                       List<Section> sections, List<Term> subjects, List<Term> places, String generator) {
    public BookView {
        sections = List.copyOf(sections);
        subjects = List.copyOf(subjects);
        places = List.copyOf(places);
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
     */
    public record Entry(String id, int level, String title, String subtitle, String kicker, String organization,
                        String region, List<String> authors, String date, String source, List<String> themes,
                        String html) {
        public Entry {
            authors = List.copyOf(authors);
            themes = List.copyOf(themes);
        }
    }

    /** An index term and the anchors of the articles it points to. */
    public record Term(String term, String letter, List<String> refs) {
        public Term {
            refs = List.copyOf(refs);
        }
    }
}
