package yearbook.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import yearbook.config.PrintSettings;
import yearbook.config.Settings;
import yearbook.region.Region;
import yearbook.site.Arrangement;
import yearbook.site.Page;
import yearbook.site.RegionNode;
import yearbook.site.SiteModel;
import yearbook.site.Urls;
import yearbook.site.Volume;
import yearbook.site.VolumeParts;
import yearbook.config.VolumePart;
import yearbook.text.ChineseOrder;
import yearbook.text.Pinyin;
import yearbook.theme.Theme;

/**
 * Which PDFs the yearbook has and what each holds: one per volume and, when the settings ask for it, one per
 * province-level region of each volume. Articles keep the site's order (region code, year, weight, title),
 * which puts every region's own articles before its sub-regions'.
 */
public final class PrintPlan {
    /** The site folder the PDFs go in. */
    public static final String FOLDER = "pdf";

    private PrintPlan() {
    }

    /** Every book of the site, volumes in site order, each followed by its provinces' parts. */
    public static List<Book> of(SiteModel site) {
        Settings settings = site.settings();
        PrintSettings print = settings.print();
        List<Book> books = new ArrayList<>();
        if (!print.enabled()) {
            return books;
        }
        for (Volume v : site.volumes()) {
            String name = "yearbook-" + v.number();
            books.add(volumeBook(site, FOLDER + "/" + name + ".pdf", v));
            if (print.perProvince()) {
                Map<String, List<Page>> byProvince = new TreeMap<>();
                for (Page p : v.regional()) {
                    byProvince.computeIfAbsent(p.chain().get(0).code(), k -> new ArrayList<>()).add(p);
                }
                for (List<Page> pages : byProvince.values()) {
                    Region province = pages.get(0).chain().get(0);
                    RegionNode node = site.regionsByCode().get(province.code());
                    String slug = Urls.regionSlug(node.region());
                    books.add(book(site, FOLDER + "/" + name + "-" + slug + ".pdf", v.name() + " · " + province.name(),
                            v.number(), province, pages, VolumeParts.NONE));
                }
            }
        }
        return books;
    }

    /** A whole volume: its articles arranged as {@code volume.parts} says ({@link SiteModel#arrangement}). */
    private static Book volumeBook(SiteModel site, String path, Volume v) {
        Arrangement arranged = site.arrangement(v);
        return book(site, path, v.name(), v.number(), null, arranged.regions(), arranged.themed(), v.parts());
    }

    private static Book book(SiteModel site, String path, String title, int volume, Region province,
                             List<Page> pages, VolumeParts parts) {
        return book(site, path, title, volume, province, pages, List.of(), parts);
    }

    private static Book book(SiteModel site, String path, String title, int volume, Region province,
                             List<Page> pages, List<Page> byTheme, VolumeParts parts) {
        List<Book.Entry> entries = new ArrayList<>();
        // every article, numbered in print order
        List<Book.Entry> special = List.of();
        List<Book.Entry> regional = List.of();
        List<Book.Entry> themed = List.of();
        List<Book.Entry> appendix = List.of();
        for (VolumePart part : site.settings().volumeParts()) {
            switch (part) {
                case SPECIAL -> special = entries(parts.special(), entries);
                case THEMES -> themed = entries(byTheme, entries);
                case REGIONS -> regional = entries(pages, entries);
                case APPENDIX -> appendix = entries(parts.appendix(), entries);
                default -> { }
            }
        }
        if (!site.settings().shows(VolumePart.REGIONS) && province != null) {
            regional = entries(pages, entries); // a province's part is its regional section
        }
        LocalDate date = LocalDate.of(volume, 1, 1);
        for (Book.Entry e : entries) {
            Page p = e.page();
            if (p.article().date() != null && p.article().date().isAfter(date)) {
                date = p.article().date();
            }
        }
        List<Book.IndexTerm> subjects = subjects(entries);
        List<Book.IndexTerm> places = places(entries);
        List<Book.IndexTerm> organizations = organizations(entries);
        if (site.settings().print().strokeIndex()) {
            subjects = byStrokes(subjects);
            places = byStrokes(places);
            organizations = byStrokes(organizations);
        }
        return new Book(path, site.urls().file(path), title, volume, province, sections(regional, "r-"), entries,
                subjects, places, organizations, date, special, appendix, parts, themeSections(themed));
    }

    /** The 类目 of a book arranged by theme: each theme with its articles' regions below it (分目). */
    private static List<Book.ThemeSection> themeSections(List<Book.Entry> themed) {
        Map<String, List<Book.Entry>> byTheme = new LinkedHashMap<>();
        Map<String, Theme> themes = new HashMap<>();
        for (Book.Entry e : themed) {
            List<Theme> t = e.page().article().themes();
            String id = t.isEmpty() ? "" : t.get(0).id();
            if (!t.isEmpty()) {
                themes.put(id, t.get(0));
            }
            byTheme.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
        }
        List<Book.ThemeSection> out = new ArrayList<>();
        byTheme.forEach((id, list) -> {
            String anchor = "th-" + (id.isEmpty() ? "other" : id);
            out.add(new Book.ThemeSection(anchor, id.isEmpty() ? "其他" : themes.get(id).name(), sections(list, anchor + "-r-")));
        });
        return out;
    }

    /** Entries for {@code pages}, numbered on from those in {@code all}, to which they are added. */
    private static List<Book.Entry> entries(List<Page> pages, List<Book.Entry> all) {
        List<Book.Entry> out = new ArrayList<>();
        for (Page p : pages) {
            Book.Entry e = new Book.Entry("a-" + (all.size() + 1), p);
            all.add(e);
            out.add(e);
        }
        return out;
    }

    /** The region tree of the book, built from each article's region chain; ids are {@code prefix} and the code. */
    private static List<Book.Section> sections(List<Book.Entry> entries, String prefix) {
        Builder root = new Builder(null, 0, prefix);
        for (Book.Entry e : entries) {
            Builder b = root;
            for (Region r : e.page().chain()) {
                b = b.child(r);
            }
            b.own.add(e);
        }
        return root.children.values().stream().map(Builder::build).toList();
    }

    private static final class Builder {
        final Region region;
        final int depth;
        final List<Book.Entry> own = new ArrayList<>();
        final Map<String, Builder> children = new LinkedHashMap<>();
        final String prefix;

        Builder(Region region, int depth, String prefix) {
            this.region = region;
            this.depth = depth;
            this.prefix = prefix;
        }

        Builder child(Region r) {
            return children.computeIfAbsent(r.code(), k -> new Builder(r, depth + 1, prefix));
        }

        Book.Section build() {
            return new Book.Section(prefix + region.code(), region, depth, own,
                    children.values().stream().map(Builder::build).toList());
        }
    }

    private static List<Book.IndexTerm> subjects(List<Book.Entry> entries) {
        Map<String, List<Book.Entry>> byTheme = new HashMap<>();
        for (Book.Entry e : entries) {
            for (Theme t : e.page().article().themes()) {
                byTheme.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(e);
            }
        }
        return terms(byTheme);
    }

    /** The organisations whose articles the book prints (the unions that wrote or are written about), with those articles. */
    private static List<Book.IndexTerm> organizations(List<Book.Entry> entries) {
        Map<String, List<Book.Entry>> byName = new HashMap<>();
        for (Book.Entry e : entries) {
            String name = e.page().article().organization();
            if (name != null && !name.isBlank()) {
                byName.computeIfAbsent(name.strip(), k -> new ArrayList<>()).add(e);
            }
        }
        return terms(byName);
    }

    /** A region of the place index: its parent (for telling names apart), its own articles and the regions below it. */
    private record Place(Region region, Region parent, List<Book.Entry> entries, Set<String> below) {
    }

    /**
     * Every region a reader may look up in the book: each that has articles of its own, with those articles, and
     * each above them (a prefecture whose articles are all its counties'), which sends the reader to the regions
     * below it. A name that several of them share is followed by its parent's name: 朝阳区（北京市）, 朝阳区（长春市）.
     */
    private static List<Book.IndexTerm> places(List<Book.Entry> entries) {
        Map<String, Place> byCode = new LinkedHashMap<>();
        for (Book.Entry e : entries) {
            List<Region> chain = e.page().chain();
            for (int i = 0; i < chain.size(); i++) {
                Region r = chain.get(i);
                Place p = byCode.computeIfAbsent(r.code(), k -> new Place(r, null, new ArrayList<>(), new LinkedHashSet<>()));
                if (i > 0 && p.parent() == null) {
                    p = new Place(r, chain.get(i - 1), p.entries(), p.below());
                    byCode.put(r.code(), p);
                }
                if (i == chain.size() - 1) {
                    p.entries().add(e);
                } else {
                    p.below().add(chain.get(i + 1).code());
                }
            }
        }
        Map<String, Integer> sameName = new HashMap<>();
        byCode.values().forEach(p -> sameName.merge(p.region().name(), 1, Integer::sum));
        Map<String, String> termOf = new HashMap<>();
        for (Place p : byCode.values()) {
            String name = p.region().name();
            boolean shared = sameName.get(name) > 1 && p.parent() != null;
            termOf.put(p.region().code(), shared ? name + "（" + p.parent().name() + "）" : name);
        }
        Map<String, List<Book.Entry>> byTerm = new HashMap<>();
        Map<String, List<String>> see = new HashMap<>();
        for (Place p : byCode.values()) {
            String term = termOf.get(p.region().code());
            byTerm.put(term, p.entries());
            if (p.entries().isEmpty()) {
                see.put(term, p.below().stream().map(termOf::get).sorted(ChineseOrder.PINYIN).toList());
            }
        }
        return terms(byTerm, see);
    }

    private static List<Book.IndexTerm> terms(Map<String, List<Book.Entry>> byTerm) {
        return terms(byTerm, Map.of());
    }

    private static List<Book.IndexTerm> terms(Map<String, List<Book.Entry>> byTerm, Map<String, List<String>> see) {
        return byTerm.entrySet().stream()
                .map(e -> new Book.IndexTerm(e.getKey(), letter(e.getKey()), e.getValue(),
                        see.getOrDefault(e.getKey(), List.of())))
                .sorted(Comparator.comparing(Book.IndexTerm::term, ChineseOrder.PINYIN))
                .toList();
    }

    /** The terms in stroke order, each filed under the strokes of its first character. */
    static List<Book.IndexTerm> byStrokes(List<Book.IndexTerm> terms) {
        return terms.stream()
                .map(t -> new Book.IndexTerm(t.term(), ChineseOrder.strokeHeading(t.term()), t.entries(),
                        t.see().stream().sorted(ChineseOrder.STROKE).toList()))
                .sorted(Comparator.comparing(Book.IndexTerm::term, ChineseOrder.STROKE))
                .toList();
    }

    /** The letter an index files a term under: the first letter of its pinyin, or '#'. */
    static String letter(String term) {
        String p = Pinyin.of(term.substring(0, Character.charCount(term.codePointAt(0)))).strip();
        char c = p.isEmpty() ? '#' : Character.toUpperCase(p.charAt(0));
        return c >= 'A' && c <= 'Z' ? String.valueOf(c) : "#";
    }
}
