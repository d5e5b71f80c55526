package yearbook.print;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import yearbook.config.BookPart;
import yearbook.config.Colophon;
import yearbook.config.Paper;
import yearbook.config.PrintSettings;
import yearbook.config.Settings;
import yearbook.content.Article;
import yearbook.content.Source;
import yearbook.region.Region;
import yearbook.site.Page;
import yearbook.template.Templates;
import yearbook.honours.HonourRoll;
import yearbook.site.VolumeParts;
import yearbook.config.VolumePart;
import yearbook.statistics.StatTable;
import yearbook.text.ChineseOrder;
import yearbook.theme.Theme;

/**
 * Renders a book of the print yearbook to HTML through {@code print/book.ftlh}, which gets {@code book}
 * ({@link BookView}). The HTML is meant for the PDF renderer, not for browsers.
 */
public final class BookRenderer {
    public static final String TEMPLATE = "print/book.ftlh";

    private final Templates templates;
    private final Settings settings;
    private final String generator;

    private final String preface;
    /** 字数 by article address, shared by the books this renderer makes. */
    private final Map<String, Long> characters = new ConcurrentHashMap<>();

    /** @param preface the 编辑说明 the editors wrote, as HTML ({@link Preface}), or null */
    public BookRenderer(Templates templates, Settings settings, String generator, String preface) {
        this.templates = templates;
        this.settings = settings;
        this.generator = generator;
        this.preface = preface;
    }

    public String render(Book book) {
        return templates.render(TEMPLATE, Map.of("book", view(book)));
    }

    /** A title as HTML, escaped and spaced as the articles' bodies are ({@link CjkSpacing}). */
    static String spacedTitle(String title) {
        Element holder = new Element("span");
        holder.text(title);
        CjkSpacing.apply(holder);
        return holder.html();
    }

    BookView view(Book book) {
        PrintSettings print = settings.print();
        Map<String, String> inBook = new HashMap<>();
        for (Book.Entry e : book.articles()) {
            inBook.put(e.page().url(), e.id());
        }
        Map<String, Boolean> parts = new LinkedHashMap<>();
        for (BookPart part : BookPart.values()) {
            parts.put(part.id(), print.has(part));
        }
        PrintSettings.Margins m = print.margins();
        int regions = countRegions(book.sections());
        List<BookView.Section> sections = book.sections().stream().map(s -> section(s, List.of(), inBook)).toList();
        return new BookView(book.title(), settings.title(), settings.subtitle(), settings.publisher(),
                settings.description(), settings.copyright(), book.volume(),
                book.province() == null ? null : book.province().name(), settings.coveredYear(book.volume()),
                book.date().getYear() + "年" + book.date().getMonthValue() + "月", book.articles().size(), regions,
                book.subjects().size(), parts,
                new BookView.PageSetup(print.width(), print.height(), m.top(), m.bottom(), m.inside(), m.outside(),
                        print.columns().count(), print.columns().gap(), print.columns().rule(), print.romanFront()),
                sections, terms(book.subjects()), terms(book.places()), terms(book.organizations()), generator, colophon(book),
                settings.board(), settings.staff(), preface, order(book, sections),
                book.special().stream().map(e -> entry(e, 2, inBook)).toList(), chronicle(book), statistics(book),
                honours(book), book.appendix().stream().map(e -> entry(e, 2, inBook)).toList(), people(book),
                book.themes().stream().map(t -> new BookView.ThemePart(t.id(), t.name(),
                        t.regions().stream().map(r -> section(r, List.of(t.name()), 1, inBook)).toList())).toList(),
                plates(book));
    }

    /** The 图片 section: each picture across the page, at most half its height. */
    private List<BookView.Plate> plates(Book book) {
        List<BookView.Plate> out = new ArrayList<>();
        for (yearbook.plates.Plate p : book.parts().plates()) {
            PrintedPictures.Size size = PrintedPictures.size(settings.print(), true, p.width(), p.height());
            out.add(new BookView.Plate(p.path(), p.alt(), p.caption(), PrintedPictures.mm(size.width()),
                    PrintedPictures.mm(size.height())));
        }
        return out;
    }

    /**
     * The body's parts that the book has, in the order of {@code volume.parts} ({@link VolumeParts#present}); the
     * pictures are printed in the front matter.
     */
    private List<String> order(Book book, List<BookView.Section> sections) {
        return book.parts().present(settings.volumeParts(), !book.themes().isEmpty(), !sections.isEmpty()).stream()
                .filter(part -> part != VolumePart.PICTURES).map(VolumePart::id).toList();
    }

    private List<BookView.Month> chronicle(Book book) {
        Map<java.time.YearMonth, List<BookView.Event>> byMonth = new java.util.TreeMap<>();
        int covered = settings.coveredYear(book.volume());
        for (VolumeParts.Event e : book.parts().chronicle()) {
            var entry = e.entry();
            byMonth.computeIfAbsent(entry.month(), k -> new ArrayList<>()).add(new BookView.Event(entry.dateText(),
                    entry.text(), entry.region() == null ? null : entry.region().name()));
        }
        List<BookView.Month> months = new ArrayList<>();
        byMonth.forEach((m, events) -> months.add(new BookView.Month(
                (m.getYear() == covered ? "" : m.getYear() + "年") + m.getMonthValue() + "月", events)));
        return months;
    }

    private static List<BookView.Table> statistics(Book book) {
        List<BookView.Table> out = new ArrayList<>();
        for (VolumeParts.Table t : book.parts().statistics()) {
            StatTable table = t.table();
            out.add(new BookView.Table("t-" + (out.size() + 1), table.title(), table.unit(), table.source(), table.notes(),
                    table.headerCells(), table.shownRows()));
        }
        return out;
    }

    private static List<BookView.Roll> honours(Book book) {
        List<BookView.Roll> out = new ArrayList<>();
        int n = 0;
        for (VolumeParts.Roll r : book.parts().honours()) {
            HonourRoll roll = r.roll();
            List<BookView.Honoured> entries = new ArrayList<>();
            for (HonourRoll.Honouree h : roll.entries()) {
                entries.add(new BookView.Honoured("h-" + (++n), h.name(), h.sex(), h.ethnicity(), h.unit(), h.post(),
                        h.region() == null ? null : h.region().name()));
            }
            out.add(new BookView.Roll("roll-" + (out.size() + 1), roll.title(), roll.awardedBy(), roll.year(),
                    roll.collective(), entries));
        }
        return out;
    }

    /** The 人名索引: each person on the book's rolls (not the collectives), in pinyin order, with their entries. */
    private List<BookView.Term> people(Book book) {
        Map<String, List<String>> byName = new HashMap<>();
        int n = 0;
        for (VolumeParts.Roll r : book.parts().honours()) {
            for (HonourRoll.Honouree h : r.roll().entries()) {
                n++;
                if (!r.roll().collective()) {
                    byName.computeIfAbsent(h.name(), k -> new ArrayList<>()).add("h-" + n);
                }
            }
        }
        java.util.Comparator<String> order = settings.print().strokeIndex() ? ChineseOrder.STROKE : ChineseOrder.PINYIN;
        return byName.entrySet().stream().sorted(Map.Entry.comparingByKey(order))
                .map(e -> new BookView.Term(e.getKey(), settings.print().strokeIndex() ? ChineseOrder.strokeHeading(e.getKey())
                        : PrintPlan.letter(e.getKey()), e.getValue(), List.of()))
                .toList();
    }

    /** The 版权页 of a book, or null when the settings give nothing for it. */
    private BookView.Colophon colophon(Book book) {
        Colophon c = settings.colophon();
        if (c.isEmpty()) {
            return null;
        }
        Paper paper = settings.print().paper();
        String size = paper.width() + "mm×" + paper.height() + "mm" + paper.fraction().map(f -> "　1/" + f).orElse("");
        long chars = 0;
        for (Book.Entry e : book.articles()) {
            chars += characters.getOrDefault(e.page().url(), 0L);
        }
        String words = (chars + 999) / 1000 + "千字";
        return new BookView.Colophon(book.title(), c.editor(), c.publisher(), c.address(), c.postcode(), c.printer(), size,
                words, c.edition(), c.impression(), c.isbn(), c.price(), c.cip());
    }

    /**
     * The characters an article prints in its title and text (its print HTML: figure captions included), as
     * publishers count 字数: every character and punctuation mark, no spaces. Counted once per article, however
     * many books print it (a volume and its province's part), and only for a 版权页.
     */
    private void count(Page page, String html) {
        if (!settings.colophon().isEmpty()) {
            Article a = page.article();
            characters.computeIfAbsent(page.url(), url -> printed(a.title()) + printed(a.subtitle())
                    + printed(Jsoup.parseBodyFragment(html).text()));
        }
    }

    private static long printed(String text) {
        return text == null ? 0 : text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).count();
    }

    private static int countRegions(List<Book.Section> sections) {
        int n = 0;
        for (Book.Section s : sections) {
            n += 1 + countRegions(s.children());
        }
        return n;
    }

    private BookView.Section section(Book.Section s, List<String> above, Map<String, String> inBook) {
        return section(s, above, 0, inBook);
    }

    /** A region's section, its heading {@code deeper} levels below a region's own (1 below a theme's 类目). */
    private BookView.Section section(Book.Section s, List<String> above, int deeper, Map<String, String> inBook) {
        List<String> chain = new ArrayList<>(above);
        chain.add(s.region().name());
        int level = Math.min(3, s.depth() + deeper);
        List<BookView.Entry> entries = s.own().stream().map(e -> entry(e, level + 1, inBook)).toList();
        List<BookView.Section> children = s.children().stream().map(c -> section(c, chain, deeper, inBook)).toList();
        return new BookView.Section(s.id(), s.region().name(), level, String.join(" · ", chain), entries, children);
    }

    private BookView.Entry entry(Book.Entry e, int level, Map<String, String> inBook) {
        Article a = e.page().article();
        String html = PrintHtml.adapt(e.page().html(), e.id(), level - 1, inBook, settings);
        count(e.page(), html);
        return new BookView.Entry(e.id(), level, a.title(), a.subtitle(), a.kicker(), a.organization(),
                e.page().chain().stream().map(Region::name).reduce((x, y) -> x + " · " + y).orElse(""), a.authors(),
                a.date() == null ? null : a.date().toString(), source(a.source()),
                a.themes().stream().map(Theme::name).toList(), html, html.contains("<table"), spacedTitle(a.title()));
    }

    /** 工人日报，2022-03-01，第3版 — the parts that are known. */
    static String source(Source s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (s.name() != null) {
            parts.add(s.name());
        }
        if (s.date() != null) {
            parts.add(s.date().toString());
        }
        if (s.page() != null) {
            parts.add(s.page());
        }
        if (parts.isEmpty() && s.url() != null) {
            parts.add(s.url());
        }
        return String.join("，", parts);
    }

    private static List<BookView.Term> terms(List<Book.IndexTerm> terms) {
        return terms.stream().map(t -> new BookView.Term(t.term(), t.letter(),
                t.entries().stream().map(Book.Entry::id).toList(), t.see())).toList();
    }
}
