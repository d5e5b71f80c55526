package yearbook.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import yearbook.config.Settings;
import yearbook.content.Article;
import yearbook.content.Source;
import yearbook.print.Book;
import yearbook.region.Level;
import yearbook.region.Region;
import yearbook.render.view.ArticleItem;
import yearbook.render.view.ArticleView;
import yearbook.render.view.CountLink;
import yearbook.render.view.FeedEntry;
import yearbook.render.view.FeedView;
import yearbook.render.view.HeadingView;
import yearbook.render.view.HomeView;
import yearbook.render.view.LinkView;
import yearbook.render.view.Pager;
import yearbook.render.view.RegionThemeView;
import yearbook.render.view.RegionTreeView;
import yearbook.render.view.RegionView;
import yearbook.render.view.SearchView;
import yearbook.render.view.SectionView;
import yearbook.render.view.SiteView;
import yearbook.render.view.SitemapView;
import yearbook.render.view.SourceView;
import yearbook.render.view.ThemeView;
import yearbook.render.view.VolumeView;
import yearbook.render.view.VolumePartsView;
import yearbook.render.view.PlatesView;
import yearbook.render.view.ChronicleView;
import yearbook.render.view.EventView;
import yearbook.render.view.HonourRollView;
import yearbook.render.view.HonouredView;
import yearbook.render.view.StatTableView;
import yearbook.site.VolumeParts;
import yearbook.site.Arrangement;
import yearbook.config.VolumePart;
import yearbook.statistics.Chart;
import yearbook.statistics.StatTable;
import yearbook.render.view.YearGroup;
import yearbook.site.Page;
import yearbook.site.RegionNode;
import yearbook.site.RegionTheme;
import yearbook.site.SiteModel;
import yearbook.site.ThemeNode;
import yearbook.site.Urls;
import yearbook.site.Volume;
import yearbook.theme.Theme;

/** Turns the site model into the flat, template-friendly view records. Pure functions of the model. */
final class ViewFactory {
    static final String CHAIN_SEPARATOR = " › ";
    private static final int LATEST = 10;
    /** A theme page lists its regions down to the deepest level that keeps the list at most this long. */
    static final int THEME_REGIONS = 100;
    /** A pager links the first and the last page and this many on each side of the current one; "…" between. */
    static final int PAGER_WINDOW = 3;

    private final SiteModel site;
    private final Settings settings;
    private final Urls urls;
    private final Map<String, String> themeUrls = new java.util.HashMap<>();
    /**
     * Of each book, only its volume, province, title and address are read: what the site model's key follows of the
     * books ({@code SiteRenderer.pdfLinks}), by which a cached build keeps pages without making their views.
     */
    private final List<Book> books;
    /** A list's articles by year, latest first, worked out once per list (keyed by its address), not per page of it. */
    private final Map<String, List<Map.Entry<Integer, List<Page>>>> yearsByList = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Each region's part of a region tree, by its code (and, in a theme's tree, the theme's id), made once: the same
     * part on the home page, the regions' page and every page of the region above, so that a page's fingerprint takes
     * its digest once too ({@link SiteRenderer}).
     */
    private final Map<String, RegionTreeView> trees = new java.util.concurrent.ConcurrentHashMap<>();
    /** A theme page's region tree, the same on every page of the theme's list. */
    private final Map<String, List<RegionTreeView>> themeTrees = new java.util.concurrent.ConcurrentHashMap<>();

    ViewFactory(SiteModel site, List<Book> books) {
        this.site = site;
        this.books = List.copyOf(books);
        this.settings = site.settings();
        this.urls = site.urls();
        site.themes().forEach(t -> themeUrls.put(t.theme().id(), t.url()));
    }

    SiteView site(String generator) {
        List<CountLink> volumes = site.volumes().stream()
                .map(v -> new CountLink(v.name(), v.url(), v.articles().size())).toList();
        return new SiteView(settings.title(), settings.subtitle(), settings.publisher(), settings.description(),
                settings.language(), settings.baseUrl(), urls.home(), urls.regions(), urls.themes(), urls.search(), urls.feed(),
                urls.assets(), settings.copyright(), volumes, site.pages().size(), generator);
    }

    HomeView home() {
        List<CountLink> volumes = site.volumes().stream()
                .map(v -> new CountLink(v.name(), v.url(), v.articles().size())).toList();
        List<CountLink> themes = site.themes().stream()
                .filter(t -> !t.articles().isEmpty())
                .map(t -> new CountLink(t.theme().name(), t.url(), t.articles().size())).toList();
        List<ArticleItem> latest = latest(LATEST).stream().map(this::item).toList();
        return new HomeView(volumes, tree(site.regions()), themes, latest);
    }

    List<RegionTreeView> tree(List<RegionNode> nodes) {
        List<RegionTreeView> out = new ArrayList<>(nodes.size());
        for (RegionNode n : nodes) {
            RegionTreeView made = trees.get(n.region().code());
            if (made == null) {
                made = new RegionTreeView(n.region().name(), n.region().code(), n.url(), n.articles().size(),
                        tree(n.children()));
                RegionTreeView other = trees.putIfAbsent(n.region().code(), made);
                made = other != null ? other : made;
            }
            out.add(made);
        }
        return out;
    }

    /** How many pages a list of {@code items} articles takes. */
    int pageCount(int items) {
        return Math.max(1, (items + settings.pageSize() - 1) / settings.pageSize());
    }

    /** Page {@code number} of a list of {@code total} articles at {@code url}. */
    Pager pager(String url, int number, int total) {
        int count = pageCount(total);
        List<Pager.Link> links = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            if (i == 1 || i == count || Math.abs(i - number) <= PAGER_WINDOW) {
                links.add(new Pager.Link(i, urls.listPage(url, i), i == number));
            } else if (links.get(links.size() - 1).number() != 0) {
                links.add(new Pager.Link(0, null, false));
            }
        }
        int from = Math.min(total, (number - 1) * settings.pageSize());
        int to = Math.min(total, number * settings.pageSize());
        return new Pager(number, count, total == 0 ? 0 : from + 1, to, total,
                number > 1 ? urls.listPage(url, number - 1) : null, number < count ? urls.listPage(url, number + 1) : null, links);
    }

    VolumeView volume(Volume v) {
        return volume(v, 1);
    }

    /** How many pages a volume's page takes: its articles arranged by theme and by region, {@code site.pageSize} a page. */
    int volumePages(Volume v) {
        Arrangement a = site.arrangement(v);
        return pageCount(a.themed().size() + a.regions().size());
    }

    /**
     * Page {@code number} of a volume: on the first its parts in the order of {@code volume.parts}; the articles
     * arranged by theme and by region, in that order too, go on over further pages, {@code site.pageSize} a page,
     * and each table of contents (themes, provinces) links where its entries begin.
     */
    /** What every page of a volume shares, worked out once per volume rather than once per page. */
    private record VolumeShared(Arrangement arranged, List<VolumePart> present, List<Integer> years,
                                Map<String, List<Page>> byProvince) {
    }

    /** A volume's articles arranged by region, grouped by province in their order. */
    private static Map<String, List<Page>> byProvince(Arrangement arranged) {
        Map<String, List<Page>> byProvince = new LinkedHashMap<>();
        for (Page p : arranged.regions()) {
            byProvince.computeIfAbsent(p.chain().get(0).code(), k -> new ArrayList<>()).add(p);
        }
        return byProvince;
    }

    private final Map<Integer, VolumeShared> volumeShared = new java.util.concurrent.ConcurrentHashMap<>();

    VolumeView volume(Volume v, int number) {
        VolumeShared shared = volumeShared.computeIfAbsent(v.number(), n -> {
            Arrangement a = site.arrangement(v);
            return new VolumeShared(a, site.parts(v), v.articles().stream().map(p -> p.article().year()).distinct()
                    .sorted().toList(), byProvince(a));
        });
        Arrangement arranged = shared.arranged();
        List<VolumePart> present = shared.present();
        int size = settings.pageSize();
        Slicer slicer = new Slicer(v.url(), (number - 1) * size, number * size, size);
        List<SectionView> themes = new ArrayList<>();
        List<CountLink> themeToc = new ArrayList<>();
        List<SectionView> sections = new ArrayList<>();
        List<CountLink> toc = new ArrayList<>();
        for (VolumePart part : present) {
            if (part == VolumePart.THEMES) {
                for (Arrangement.ThemeGroup g : arranged.themes()) {
                    String anchor = "t-" + (g.theme() == null ? "other" : g.theme().id());
                    slicer.add(g.name(), g.theme() == null ? null : themeUrls.get(g.theme().id()), anchor, g.articles(),
                            themes, themeToc);
                }
            } else if (part == VolumePart.REGIONS) {
                int index = 0;
                for (Map.Entry<String, List<Page>> e : shared.byProvince().entrySet()) {
                    RegionNode node = site.regionsByCode().get(e.getKey());
                    slicer.add(node.region().name(), node.url(), "s" + index++, e.getValue(), sections, toc);
                }
            }
        }
        // the first page shows every part; a later one only the articles on it
        List<String> order = present.stream()
                .filter(part -> number == 1 || part == VolumePart.THEMES && !themes.isEmpty()
                        || part == VolumePart.REGIONS && !sections.isEmpty())
                .map(VolumePart::id).toList();
        List<Integer> years = shared.years();
        LinkView pdf = null;
        List<LinkView> parts = new ArrayList<>();
        for (Book b : books) {
            if (b.volume() == v.number()) {
                if (b.province() == null) {
                    pdf = new LinkView(b.title(), b.url());
                } else {
                    parts.add(new LinkView(b.province().name(), b.url()));
                }
            }
        }
        return new VolumeView(v.number(), v.name(), v.url(), years, v.articles().size(), sections, pdf, parts, toc,
                pager(v.url(), number, slicer.total()), number == 1 ? contents(v) : NO_CONTENTS, themes, themeToc, order);
    }

    /**
     * Cuts a volume's lists of articles (a theme's, a province's), one after another, to one page of them: each
     * list's articles on the page become a section, and each list gets its table-of-contents entry, linking to
     * where it begins, on this page or another.
     */
    private final class Slicer {
        private final String url;
        private final int from;
        private final int to;
        private final int size;
        private int at;

        Slicer(String url, int from, int to, int size) {
            this.url = url;
            this.from = from;
            this.to = to;
            this.size = size;
        }

        void add(String title, String link, String anchor, List<Page> pages, List<SectionView> sections, List<CountLink> toc) {
            int start = at;
            at += pages.size();
            List<Page> here = pages.subList(Math.max(0, Math.min(pages.size(), from - start)),
                    Math.max(0, Math.min(pages.size(), to - start)));
            if (!here.isEmpty()) {
                sections.add(new SectionView(title, link, anchor, here.stream().map(ViewFactory.this::item).toList()));
            }
            String href = start >= from && start < to || !here.isEmpty() ? "#" + anchor
                    : urls.listPage(url, start / size + 1) + "#" + anchor;
            toc.add(new CountLink(title, href, pages.size()));
        }

        int total() {
            return at;
        }
    }

    private static final VolumePartsView NO_CONTENTS = new VolumePartsView(List.of(), null, List.of(), List.of(), List.of(),
            null);

    /** A volume's parts besides its articles arranged by theme and by region, for its first page. */
    VolumePartsView contents(Volume v) {
        VolumeParts p = v.parts();
        CountLink chronicle = p.chronicleUrl() == null ? null : new CountLink("大事记", p.chronicleUrl(), p.chronicle().size());
        return new VolumePartsView(p.special().stream().map(this::item).toList(), chronicle,
                p.statistics().stream().map(t -> new CountLink(t.table().title(), t.url(), t.table().rows().size())).toList(),
                p.honours().stream().map(r -> new CountLink(r.roll().title(), r.url(), r.roll().entries().size())).toList(),
                p.appendix().stream().map(this::item).toList(),
                p.picturesUrl() == null ? null : new CountLink("图片", p.picturesUrl(), p.plates().size()));
    }

    /** A volume's picture section. */
    PlatesView plates(Volume v) {
        List<PlatesView.PlateView> out = new ArrayList<>();
        for (yearbook.plates.Plate p : v.parts().plates()) {
            out.add(new PlatesView.PlateView(urls.asset(p.path()), p.width(), p.height(), p.alt(), p.caption(), out.size() + 1));
        }
        return new PlatesView(v.name(), v.url(), out);
    }

    /** A volume's chronicle page: its entries by month. */
    ChronicleView chronicle(Volume v) {
        Map<java.time.YearMonth, List<EventView>> byMonth = new java.util.TreeMap<>();
        for (VolumeParts.Event e : v.parts().chronicle()) {
            byMonth.computeIfAbsent(e.entry().month(), k -> new ArrayList<>()).add(event(e));
        }
        int covered = settings.coveredYear(v.number());
        List<ChronicleView.Month> months = new ArrayList<>();
        byMonth.forEach((m, events) -> months.add(new ChronicleView.Month(
                m.getYear() == covered ? String.format("m%02d", m.getMonthValue()) : String.format("m%d-%02d", m.getYear(), m.getMonthValue()),
                (m.getYear() == covered ? "" : m.getYear() + "年") + m.getMonthValue() + "月", events)));
        return new ChronicleView(v.name(), v.url(), covered, v.parts().chronicle().size(), months);
    }

    private EventView event(VolumeParts.Event e) {
        var entry = e.entry();
        LinkView region = entry.region() == null ? null : regionLink(entry.region());
        LinkView article = e.article() == null ? null : new LinkView(e.article().article().title(), e.article().url());
        return new EventView(entry.dateText(), entry.isoDate(), entry.text(), region, article);
    }

    /** A region's name, linking to its page when it has one. */
    private LinkView regionLink(Region r) {
        RegionNode node = site.regionsByCode().get(r.code());
        return new LinkView(r.name(), node == null ? null : node.url());
    }

    /** An honour roll's page. */
    HonourRollView roll(Volume v, VolumeParts.Roll r) {
        var roll = r.roll();
        return new HonourRollView(roll.title(), v.name(), v.url(), roll.year(), roll.awardedBy(), roll.collective(),
                roll.entries().stream().map(h -> new HonourRollView.HonoureeView(h.name(), h.sex(), h.ethnicity(), h.unit(),
                        h.post(), h.region() == null ? null : regionLink(h.region()))).toList());
    }

    /** A statistics table's page. */
    StatTableView table(Volume v, VolumeParts.Table t) {
        StatTable table = t.table();
        return new StatTableView(table.title(), v.name(), v.url(), table.unit(), table.source(), table.notes(),
                table.region() == null ? null : regionLink(table.region()), table.headerCells(), table.shownRows(),
                Chart.drawable(table) ? Chart.svg(table, "chart-" + table.slug()) : null);
    }

    RegionView region(RegionNode n) {
        return region(n, 1);
    }

    RegionView region(RegionNode n, int number) {
        List<LinkView> pdfs = books.stream()
                .filter(b -> b.province() != null && b.province().code().equals(n.region().code()))
                .map(b -> new LinkView(b.title(), b.url())).toList();
        List<CountLink> themes = n.themes().stream()
                .map(t -> new CountLink(t.theme().name(), t.url(), t.articles().size())).toList();
        Listing list = byYear(n.articles(), n.url(), number);
        List<EventView> events = number > 1 ? List.of() : site.events().getOrDefault(n.region().code(), List.of()).stream()
                .sorted(Comparator.comparingInt((VolumeParts.Event e) -> -e.entry().volume())).map(this::event).toList();
        List<HonouredView> honoured = number > 1 ? List.of() : site.honoured().getOrDefault(n.region().code(), List.of()).stream()
                .sorted(Comparator.comparingInt((VolumeParts.Honoured h) -> -h.roll().roll().volume()))
                .map(h -> new HonouredView(h.who().name(), h.who().unit(), new LinkView(h.roll().roll().title(), h.roll().url()),
                        settings.volumeName(h.roll().roll().volume()))).toList();
        return new RegionView(n.region().name(), n.region().code(), levelName(n.region().level()), ancestors(n),
                tree(n.children()), n.articles().size(), themes, list.years(), pdfs, list.links(), list.pager(),
                events, honoured);
    }

    /** The regions above a region node, province first, linking to their pages. */
    private List<LinkView> ancestors(RegionNode n) {
        List<LinkView> ancestors = new ArrayList<>();
        for (Region r : n.articles().get(0).chain()) {
            if (r.code().equals(n.region().code())) {
                break;
            }
            ancestors.add(new LinkView(r.name(), site.regionsByCode().get(r.code()).url()));
        }
        return ancestors;
    }

    /** The page of one theme within one region ({@code t} is one of {@code n.themes()}). */
    RegionThemeView regionTheme(RegionNode n, RegionTheme t) {
        return regionTheme(n, t, 1);
    }

    RegionThemeView regionTheme(RegionNode n, RegionTheme t, int number) {
        Region r = n.region();
        String id = t.theme().id();
        Listing list = byYear(t.articles(), t.url(), number);
        LinkView parent = null;
        if (r.parentCode() != null) {
            RegionNode up = site.regionsByCode().get(r.parentCode());
            parent = new LinkView(up.region().name(), up.theme(id).orElseThrow().url());
        }
        return new RegionThemeView(r.code(), id, levelName(r.level()), new LinkView(r.name(), n.url()),
                new LinkView(t.theme().name(), themeUrls.get(id)), t.theme().description(), ancestors(n), parent,
                themeTree(n.children(), id, Integer.MAX_VALUE), t.articles().size(), n.articles().size(),
                list.years(), list.links(), list.pager());
    }

    ThemeView theme(ThemeNode t) {
        return theme(t, 1);
    }

    ThemeView theme(ThemeNode t, int number) {
        Theme theme = t.theme();
        Listing list = byYear(t.articles(), t.url(), number);
        List<RegionTreeView> regions = themeTrees.computeIfAbsent(theme.id(),
                id -> themeTree(site.regions(), id, themeTreeDepth(id)));
        return new ThemeView(theme.id(), theme.name(), theme.description(), t.url(), t.articles().size(),
                regions, list.years(), list.links(), list.pager());
    }

    /** The deepest level (1 provinces, 2 prefectures, …) at which the theme's region tree has at most THEME_REGIONS regions, at least 1. */
    private int themeTreeDepth(String id) {
        int[] perDepth = new int[4];
        countThemeTree(site.regions(), id, 0, perDepth);
        int depth = 1;
        int total = perDepth[0];
        for (int d = 1; d < perDepth.length && perDepth[d] > 0; d++) {
            total += perDepth[d];
            if (total > THEME_REGIONS) {
                break;
            }
            depth = d + 1;
        }
        return depth;
    }

    private static void countThemeTree(List<RegionNode> nodes, String id, int depth, int[] perDepth) {
        for (RegionNode n : nodes) {
            if (n.theme(id).isPresent()) {
                perDepth[Math.min(depth, perDepth.length - 1)]++;
                countThemeTree(n.children(), id, depth + 1, perDepth);
            }
        }
    }

    /** The regions among {@code nodes} (and below, {@code depth} levels in all) that have the theme's articles. */
    private List<RegionTreeView> themeTree(List<RegionNode> nodes, String id, int depth) {
        List<RegionTreeView> out = new ArrayList<>();
        for (RegionNode n : nodes) {
            n.theme(id).ifPresent(t -> out.add(depth == Integer.MAX_VALUE ? wholeThemeTree(n, t)
                    : new RegionTreeView(n.region().name(), n.region().code(), t.url(), t.articles().size(),
                            depth > 1 ? themeTree(n.children(), id, depth - 1) : List.of())));
        }
        return out;
    }

    /** A region with a theme's articles and every region below it that has them, made once however many pages show it. */
    private RegionTreeView wholeThemeTree(RegionNode n, RegionTheme t) {
        String key = n.region().code() + " " + t.theme().id();
        RegionTreeView made = trees.get(key);
        if (made == null) {
            made = new RegionTreeView(n.region().name(), n.region().code(), t.url(), t.articles().size(),
                    themeTree(n.children(), t.theme().id(), Integer.MAX_VALUE));
            RegionTreeView other = trees.putIfAbsent(key, made);
            made = other != null ? other : made;
        }
        return made;
    }

    List<ThemeView> themeIndex() {
        return site.themes().stream().map(t -> new ThemeView(t.theme().id(), t.theme().name(), t.theme().description(),
                t.url(), t.articles().size(), List.of(), List.of(), List.of(), null)).toList();
    }

    SearchView search() {
        List<SearchView.Option> provinces = site.regions().stream()
                .map(n -> new SearchView.Option(n.region().code(), n.region().name(), n.articles().size())).toList();
        List<SearchView.Option> themes = site.themes().stream().filter(t -> !t.articles().isEmpty())
                .map(t -> new SearchView.Option(t.theme().id(), t.theme().name(), t.articles().size())).toList();
        List<SearchView.Option> volumes = site.volumes().stream()
                .map(v -> new SearchView.Option(Integer.toString(v.number()), v.name(), v.articles().size())).toList();
        return new SearchView(provinces, themes, volumes);
    }

    ArticleView article(Page p) {
        return article(p, p.html());
    }

    /** An article page's view showing {@code html} as its body (for its fingerprint, what stands for the body). */
    ArticleView article(Page p, String html) {
        Article a = p.article();
        List<LinkView> chain = p.chain().stream()
                .map(r -> new LinkView(r.name(), site.regionsByCode().get(r.code()).url())).toList();
        Volume volume = site.volumes().stream().filter(v -> v.number() == a.volume()).findFirst().orElseThrow();
        LinkView previous = site.previous(p).map(this::link).orElse(null);
        LinkView next = site.next(p).map(this::link).orElse(null);
        List<HeadingView> headings = p.headings().stream()
                .map(h -> new HeadingView(h.level(), h.text(), h.id())).toList();
        List<ArticleItem> related = site.related(p).stream().map(this::item).toList();
        return new ArticleView(a.title(), a.subtitle(), a.kicker(), a.organization(), chain, a.year(),
                new LinkView(volume.name(), volume.url()), a.date() == null ? null : a.date().toString(), a.authors(),
                source(a), themes(a), a.category(), html, headings, previous, next, related,
                p.lastChange() == null ? null : p.lastChange().date().toString(),
                p.lastChange() == null ? null : p.lastChange().author());
    }

    private LinkView link(Page p) {
        return new LinkView(p.article().title(), p.url());
    }

    private List<LinkView> themes(Article a) {
        return a.themes().stream().map(t -> new LinkView(t.name(), themeUrls.get(t.id()))).toList();
    }

    /** Each page's entry in the lists, made once however many lists show it. */
    private final Map<Page, ArticleItem> items = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    ArticleItem item(Page p) {
        ArticleItem made = items.get(p);
        if (made == null) {
            made = newItem(p);
            ArticleItem other = items.putIfAbsent(p, made);
            made = other != null ? other : made;
        }
        return made;
    }

    private ArticleItem newItem(Page p) {
        Article a = p.article();
        String region = p.chain().stream().map(Region::name).collect(Collectors.joining(CHAIN_SEPARATOR));
        return new ArticleItem(a.title(), a.subtitle(), p.url(), a.organization(), region, a.year(),
                a.date() == null ? null : a.date().toString(), themes(a), p.summary());
    }

    /** One page of a list by year: its articles grouped by year, every year's link, and the pager. */
    private record Listing(List<YearGroup> years, List<CountLink> links, Pager pager) {
    }

    /**
     * Page {@code number} of a list of articles at {@code url}, latest covered year first: the page's articles by
     * year, and a link for every year of the list to where its articles start ({@code #y2019} on this page).
     */
    private Listing byYear(List<Page> pages, String url, int number) {
        List<Map.Entry<Integer, List<Page>>> years = yearsByList.computeIfAbsent(url, u -> {
            Map<Integer, List<Page>> grouped = new TreeMap<>(Comparator.reverseOrder());
            for (Page p : pages) {
                grouped.computeIfAbsent(p.article().year(), k -> new ArrayList<>()).add(p);
            }
            return List.copyOf(grouped.entrySet());
        });
        int size = settings.pageSize();
        int from = (number - 1) * size;
        int to = from + size;
        List<YearGroup> out = new ArrayList<>();
        List<CountLink> links = new ArrayList<>();
        int at = 0;
        for (Map.Entry<Integer, List<Page>> e : years) {
            List<Page> list = e.getValue();
            int start = at;
            at += list.size();
            List<Page> here = list.subList(Math.max(0, Math.min(list.size(), from - start)),
                    Math.max(0, Math.min(list.size(), to - start)));
            if (!here.isEmpty()) {
                out.add(new YearGroup(e.getKey(), here.stream().map(this::item).toList()));
            }
            String anchor = "#y" + e.getKey();
            links.add(new CountLink(Integer.toString(e.getKey()),
                    here.isEmpty() ? urls.listPage(url, start / size + 1) + anchor : anchor, list.size()));
        }
        return new Listing(out, links, pager(url, number, pages.size()));
    }

    static String levelName(Level level) {
        return switch (level) {
            case PROVINCE -> "省级";
            case PREFECTURE -> "地级";
            case COUNTY -> "县级";
        };
    }

    SourceView source(Article a) {
        Source s = a.source();
        if (s == null) {
            return null;
        }
        return new SourceView(s.name(), s.url(), s.page(), s.date() == null ? null : s.date().toString(),
                citation(a, s));
    }

    /** A reference in the GB/T 7714-2015 style; unknown parts are left out. */
    static String citation(Article a, Source s) {
        StringBuilder sb = new StringBuilder();
        List<String> authors = a.authors();
        if (!authors.isEmpty()) {
            sb.append(String.join(",", authors.subList(0, Math.min(3, authors.size()))));
            if (authors.size() > 3) {
                sb.append(",等");
            }
            sb.append('.');
        }
        LocalDate date = s.date() != null ? s.date() : a.date();
        if (s.url() != null) {
            sb.append(a.title()).append("[EB/OL].");
            if (s.name() != null) {
                sb.append(s.name()).append(',');
            }
            if (date != null) {
                sb.append('(').append(date).append(')');
            }
            if (sb.charAt(sb.length() - 1) == ',') {
                sb.setLength(sb.length() - 1);
            }
            sb.append('.').append(s.url()).append('.');
        } else {
            sb.append(a.title()).append("[N].");
            if (s.name() != null) {
                sb.append(s.name());
                if (date != null) {
                    sb.append(',').append(date);
                }
                if (s.page() != null) {
                    sb.append('(').append(s.page()).append(')');
                }
                sb.append('.');
            }
        }
        return sb.toString();
    }

    /** Articles by publication date (or, when unknown, the end of the covered year), newest first. */
    static Comparator<Page> latestFirst() {
        return Comparator.comparing((Page p) -> effectiveDate(p.article())).reversed()
                .thenComparing(Page::url);
    }

    /** The newest articles, as many as the home page and the feed show, found once for both. */
    private volatile List<Page> newest;

    /** The {@code count} newest articles ({@link #latestFirst}). */
    private List<Page> latest(int count) {
        List<Page> n = newest;
        if (n == null) {
            // the few newest kept while going through the pages once, rather than all of them sorted
            int keep = Math.max(LATEST, settings.feedLimit());
            Comparator<Page> order = latestFirst();
            java.util.PriorityQueue<Page> oldestFirst = new java.util.PriorityQueue<>(keep + 1, order.reversed());
            for (Page p : site.pages()) {
                if (oldestFirst.size() == keep && order.compare(p, oldestFirst.peek()) >= 0) {
                    continue;
                }
                oldestFirst.add(p);
                if (oldestFirst.size() > keep) {
                    oldestFirst.poll();
                }
            }
            List<Page> sorted = new ArrayList<>(oldestFirst);
            sorted.sort(order);
            n = List.copyOf(sorted);
            newest = n;
        }
        return n.subList(0, Math.min(count, n.size()));
    }

    static LocalDate effectiveDate(Article a) {
        return a.date() != null ? a.date() : LocalDate.of(a.year(), 12, 31);
    }

    FeedView feed() {
        List<FeedEntry> entries = latest(settings.feedLimit()).stream()
                .map(p -> new FeedEntry(p.article().title(), settings.absolute(p.url()),
                        effectiveDate(p.article()) + "T00:00:00Z", p.summary(), p.html(), p.article().authors(),
                        p.article().themes().stream().map(Theme::name).toList()))
                .toList();
        String updated = entries.isEmpty() ? "1970-01-01T00:00:00Z" : entries.get(0).updated();
        String home = settings.absolute(urls.home());
        return new FeedView(home, settings.absolute(urls.feed()), updated, entries);
    }

    SitemapView sitemap(List<String> paths) {
        return new SitemapView(paths.stream().map(settings::absolute).toList());
    }
}
