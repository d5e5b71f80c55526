package yearbook.site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import yearbook.diag.Msg;
import yearbook.config.Project;
import yearbook.config.Settings;
import yearbook.content.Article;
import yearbook.content.ContentLoader.Content;
import yearbook.content.PictureFiles;
import yearbook.diag.Diagnostics;
import yearbook.fingerprint.Fingerprint;
import yearbook.history.LastChange;
import yearbook.markdown.Link;
import yearbook.markdown.MarkdownRenderer;
import yearbook.markdown.Picture;
import yearbook.markdown.Pictures;
import yearbook.markdown.Removed;
import yearbook.markdown.RenderedMarkdown;
import yearbook.region.Region;
import yearbook.region.RegionCatalog;
import yearbook.text.ChineseOrder;
import yearbook.text.Cjk;
import yearbook.theme.Theme;

/**
 * Builds the {@link SiteModel} from loaded content, in fixed phases: choose the published articles, give
 * every page its address (checking that no two pages want the same one), render the markdown bodies in
 * parallel (links between articles need every address), then group pages into regions, themes and volumes.
 */
public final class SiteBuilder {
    private static final int SUMMARY_LENGTH = 120;
    /** Related articles shown under an article. */
    static final int RELATED = 5;

    private final Project project;
    private final MarkdownRenderer markdown;
    private final RenderCache cache;

    public SiteBuilder(Project project, MarkdownRenderer markdown) {
        this(project, markdown, null);
    }

    /** @param cache bodies rendered by earlier builds, reused when unchanged (and filled), or null */
    public SiteBuilder(Project project, MarkdownRenderer markdown, RenderCache cache) {
        this.project = project;
        this.markdown = markdown;
        this.cache = cache;
    }

    public SiteModel build(Content content, Diagnostics diagnostics) {
        return build(content, Map.of(), diagnostics);
    }

    /**
     * Builds the model, giving each page the last change of its article's file from {@code history} (by the
     * file's absolute path, as {@link yearbook.history.GitHistory} answers), when there is one.
     */
    public SiteModel build(Content content, Map<Path, LastChange> history, Diagnostics diagnostics) {
        return build(content, PartSources.NONE, history, diagnostics);
    }

    /** As {@link #build(Content, Map, Diagnostics)}, placing the volumes' other parts as well. */
    public SiteModel build(Content content, PartSources parts, Map<Path, LastChange> history, Diagnostics diagnostics) {
        Settings settings = project.settings();
        Urls urls = new Urls(settings.basePath());
        List<Article> published = inSiteOrder(content.articles().stream()
                .filter(a -> settings.drafts() || !a.draft())
                .toList());

        Map<String, String> urlByPath = assignUrls(published, urls, diagnostics);
        Set<String> assets = new HashSet<>(content.assets());
        RegionCatalog regions = project.regions();
        SitePictures pictures = new SitePictures(content.folder() == null ? null : new PictureFiles(content.folder()),
                assets, urls);

        List<Page> pages = published.parallelStream()
                .filter(a -> urlByPath.containsKey(a.path()))
                .map(a -> toPage(a, content.bodyKeys().get(a.path()), content.articleKeys().get(a.path()), urlByPath,
                        assets, content.unread(), urls,
                        regions, history.get(a.file()), pictures, diagnostics))
                .toList();

        if (cache != null) {
            cache.retain(urlByPath.keySet());
        }
        Map<String, RegionNode> byCode = new HashMap<>();
        List<RegionNode> roots = regionTree(pages, regions, project.themes().all(), urls, byCode);
        List<ThemeNode> themes = themes(pages, urls);
        Map<String, List<VolumeParts.Event>> events = new HashMap<>();
        Map<String, List<VolumeParts.Honoured>> honoured = new HashMap<>();
        List<Volume> volumes = new VolumePlacer(settings, urls, regions, diagnostics)
                .volumes(pages, parts, content, events, honoured);
        return new SiteModel(settings, pages, volumes, roots, byCode, themes,
                content.assets(), neighbours(byCode), related(pages, byCode, themes, RELATED),
                redirects(pages, byCode, urls, diagnostics), events, honoured);
    }

    /**
     * The pages that send readers on from an earlier address: each article's {@code aliases} (an alias that is
     * another article's address or another article's alias is an error), and the addresses regions had before the
     * official romanizations (陕西省 was {@code regions/610000-shanxisheng/}), with their theme pages.
     */
    private static Map<String, String> redirects(List<Page> pages, Map<String, RegionNode> byCode, Urls urls,
                                                 Diagnostics diagnostics) {
        Map<String, String> redirects = new TreeMap<>();
        // the articles' addresses, asked only when an article has an alias
        Set<String> addresses = new HashSet<>();
        if (pages.stream().anyMatch(p -> !p.article().aliases().isEmpty())) {
            for (Page p : pages) {
                addresses.add(urls.sitePath(p.url()));
            }
        }
        Map<String, Page> aliased = new HashMap<>();
        for (Page p : pages) {
            for (String alias : p.article().aliases()) {
                Page other = aliased.putIfAbsent(alias, p);
                if (addresses.contains(alias) || other != null && other != p) {
                    diagnostics.error(p.article().file(), 1, Msg.of("alias-taken", alias,
                            other != null ? other.article().path() : pages.stream()
                                    .filter(q -> urls.sitePath(q.url()).equals(alias)).findFirst().map(q -> q.article().path())
                                    .orElse("")));
                    continue;
                }
                redirects.put(alias, p.url());
            }
        }
        for (RegionNode n : byCode.values()) {
            String earlier = Urls.earlierRegionSlug(n.region());
            if (earlier != null) {
                String from = urls.sitePath(urls.regions()) + earlier + "/";
                redirects.put(from, n.url());
                for (RegionTheme t : n.themes()) {
                    redirects.put(from + t.theme().id() + "/", t.url());
                }
            }
        }
        return redirects;
    }

    /**
     * The articles in {@link #siteOrder}, each title's place in pinyin order worked out once, on all processors,
     * rather than by the collator in each comparison (at 100 000 articles, most of a second).
     */
    static List<Article> inSiteOrder(List<Article> articles) {
        // what the order compares, taken out of each article once (a comparison then reads one object, not four)
        record Placed(Article article, String region, int year, int weight, ChineseOrder.PinyinKey title, String path) {
        }
        return articles.parallelStream()
                .map(a -> new Placed(a, a.region().code(), a.year(), a.weight(), ChineseOrder.pinyinKey(a.title()), a.path()))
                .sorted(Comparator.comparing(Placed::region)
                        .thenComparingInt(Placed::year)
                        .thenComparingInt(Placed::weight)
                        .thenComparing(Placed::title)
                        .thenComparing(Placed::path))
                .map(Placed::article)
                .toList();
    }

    /** Region code, then covered year, weight, title in pinyin order, and file path: a total, stable order. */
    static Comparator<Article> siteOrder() {
        return Comparator.comparing((Article a) -> a.region().code())
                .thenComparingInt(Article::year)
                .thenComparingInt(Article::weight)
                .thenComparing(Article::title, ChineseOrder.PINYIN)
                .thenComparing(Article::path);
    }

    /**
     * Gives every article its address. An address the editor chose ({@code slug:}) is the article's; two articles
     * choosing the same one is an error naming both. Addresses made from titles never fight: when several
     * articles' titles give one address (陕西测试 and 山西测试 read alike without tones; two long titles that differ
     * only at their end are cut alike), or an editor chose it for another article, the article published first
     * (earliest date, an undated one counting as published on the 1st of January after its year; then covered
     * year, then file path: the one a later article was added beside) keeps it, and
     * each of the others gets the address with its region's name added ({@code -yulinshi}), and, when that is taken
     * too, a short mark of its file's path. So an article's address does not change when another is added after it.
     */
    private Map<String, String> assignUrls(List<Article> articles, Urls urls, Diagnostics diagnostics) {
        int size = articles.size() + articles.size() / 3 + 16; // so that the maps do not grow step by step
        Map<String, Article> byUrl = new LinkedHashMap<>(size);
        Map<String, String> urlByPath = new HashMap<>(size);
        Map<String, List<Article>> made = new LinkedHashMap<>(size);
        Set<String> reserved = new HashSet<>();
        articles.stream().map(Article::volume).distinct().forEach(v -> reserved.addAll(urls.reserved(v)));
        // each article's address from its slug or title, on all processors (a title's pinyin takes a while)
        String[] wanted = articles.parallelStream().map(urls::article).toArray(String[]::new);
        for (int i = 0; i < wanted.length; i++) {
            Article a = articles.get(i);
            String url = wanted[i];
            if (a.slug() != null && reserved.contains(url)) {
                diagnostics.error(a.file(), 1, Msg.of("address-reserved", url));
                continue;
            }
            if (a.slug() == null) {
                made.computeIfAbsent(url, u -> new ArrayList<>()).add(a);
                continue;
            }
            Article other = byUrl.putIfAbsent(url, a);
            if (other != null) {
                diagnostics.error(a.file(), 1, Msg.of("address-taken.slug", url, other.path()));
                diagnostics.error(other.file(), 1, Msg.of("address-taken.slug", url, a.path()));
                urlByPath.remove(other.path());
                continue;
            }
            urlByPath.put(a.path(), url);
        }
        // an undated article counts as published when its year was over
        Comparator<Article> first = Comparator.comparing((Article a) -> a.date() == null ? LocalDate.of(a.year() + 1, 1, 1) : a.date())
                .thenComparingInt(Article::year).thenComparing(Article::path);
        List<Article> moved = new ArrayList<>();
        for (Map.Entry<String, List<Article>> e : made.entrySet()) {
            List<Article> wanting = new ArrayList<>(e.getValue());
            wanting.sort(first);
            if (!byUrl.containsKey(e.getKey()) && !reserved.contains(e.getKey())) {
                Article keeps = wanting.remove(0);
                byUrl.put(e.getKey(), keeps);
                urlByPath.put(keeps.path(), e.getKey());
            }
            moved.addAll(wanting);
        }
        // the others, after every address made from a title is known, so that none takes another's
        moved.sort(first);
        for (Article a : moved) {
            String base = urls.article(a);
            String stem = base.substring(0, base.length() - 1);
            String url = stem + "-" + Urls.regionName(a.region()) + "/";
            if (byUrl.containsKey(url) || made.containsKey(url)) {
                url = stem + "-" + Urls.regionName(a.region()) + "-" + mark(a.path()) + "/";
            }
            byUrl.put(url, a);
            urlByPath.put(a.path(), url);
        }
        return urlByPath;
    }

    /** Six letters and digits from the file's path: the same path always gives the same mark. */
    static String mark(String path) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String m = Long.toString(crc.getValue(), 36);
        return ("000000" + m).substring(m.length());
    }

    private Page toPage(Article a, String bodyKey, String articleKey, Map<String, String> urlByPath, Set<String> assets, Set<String> unread, Urls urls,
                        RegionCatalog regions, LastChange lastChange, SitePictures sitePictures, Diagnostics diagnostics) {
        LinkTargets targets = new LinkTargets(a.path(), urlByPath, assets, urls, unread);
        Pictures shown = destination -> {
            String path = targets.picturePath(destination);
            return path == null ? null : sitePictures.size(path).map(size -> sitePictures.shown(path, size)).orElse(null);
        };
        // an article from the build's cache has no body: it is read again only when it must be rendered again
        java.util.function.Supplier<String> body = () -> a.body() != null ? a.body()
                : yearbook.content.ArticleReader.body(a.file(), diagnostics).orElse("");
        RenderedMarkdown rendered; // its HTML, when from the cache, is html's
        java.util.function.Supplier<String> html;
        String htmlKey = null;
        String summary;
        if (cache != null) {
            RenderCache.Body b = cache.body(a.path(), bodyKey != null ? bodyKey : Fingerprint.once(a.body()), body,
                    markdown, targets, shown);
            rendered = b.outline();
            html = b.html();
            htmlKey = b.key();
            summary = b.summary();
        } else {
            rendered = markdown.render(body.get(), targets::resolve, shown);
            String made = rendered.html();
            html = () -> made;
            summary = summary(made);
        }
        List<PagePicture> pictures = rendered.pictures().isEmpty() ? List.of()
                : pictures(a, rendered.pictures(), targets, sitePictures, diagnostics);
        for (Link link : rendered.links()) {
            if (link.image()) {
                continue; // checked with the pictures
            }
            Msg problem = targets.problem(link.destination());
            if (problem != null) {
                diagnostics.warning(a.file(), a.bodyLine() + link.line() - 1, problem);
            }
        }
        for (Removed r : rendered.removed()) {
            diagnostics.warning(a.file(), a.bodyLine() + r.line() - 1, Msg.of("unsafe-html", r.what()));
        }
        // an article from the build's cache has no markdown already
        return new Page(a.body() == null ? a : a.withoutBody(), urlByPath.get(a.path()), regions.chain(a.region()),
                html, rendered.headings(), summary, lastChange, pictures, htmlKey, articleKey);
    }

    /**
     * The pictures of an article, checked: a picture must be a file of the content folder (an error otherwise, as
     * the page and the book would miss it), should have an alternative text for readers who cannot see it, and
     * should be a picture whose size can be read (warnings).
     */
    private static List<PagePicture> pictures(Article a, List<Picture> written, LinkTargets targets,
                                              SitePictures sitePictures, Diagnostics diagnostics) {
        List<PagePicture> out = new ArrayList<>();
        for (Picture p : written) {
            int line = a.bodyLine() + p.line() - 1;
            if (p.alt().isEmpty()) {
                diagnostics.warning(a.file(), line, Msg.of("picture-no-alt", p.destination()));
            }
            Msg problem = targets.pictureProblem(p.destination());
            if (problem != null) {
                diagnostics.error(a.file(), line, problem);
                continue;
            }
            String path = targets.picturePath(p.destination());
            Optional<PictureFiles.Size> size = sitePictures.size(path);
            if (size.isEmpty()) {
                diagnostics.warning(a.file(), line, Msg.of("picture-unreadable", p.destination()));
                continue;
            }
            PictureFiles.Size s = size.get();
            if (s.turned()) {
                diagnostics.warning(a.file(), line, Msg.of("picture-turned", p.destination()));
            }
            out.add(new PagePicture(path, line, s.width(), s.height(), s.format(), sitePictures.copies(path, s)));
        }
        return out;
    }

    /**
     * The first {@value #SUMMARY_LENGTH} characters of an article's text, from the start of its rendered body: in one
     * pass over the body's first characters (after its headings, each an {@code <h1>}–{@code <h6>} element, became a
     * space), tags give nothing, the five entities the renderer writes their characters, and a run of white space one space,
     * left out between two Chinese characters or marks (a paragraph seam); with "…" when the text goes on.
     */
    static String summary(String html) {
        String head = withoutHeadings(html.length() > 8 * SUMMARY_LENGTH ? html.substring(0, 8 * SUMMARY_LENGTH) : html);
        int n = head.length();
        StringBuilder out = new StringBuilder(Math.min(n, 4 * SUMMARY_LENGTH));
        boolean space = false; // a run of white space not yet written
        for (int i = 0; i < n; ) {
            char c = head.charAt(i);
            if (c == '<') {
                int close = head.indexOf('>', i);
                if (close < 0) {
                    break; // a tag cut off by the end
                }
                i = close + 1;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
                i++;
                continue;
            }
            int length = 1;
            if (c == '&') {
                for (int e = 0; e < ENTITIES.length; e++) {
                    if (head.startsWith(ENTITIES[e], i)) {
                        c = DECODED[e];
                        length = ENTITIES[e].length();
                        break;
                    }
                }
            }
            if (space && !(out.length() > 0 && Cjk.isWideUnit(out.charAt(out.length() - 1)) && Cjk.isWideUnit(c))) {
                out.append(' ');
            }
            space = false;
            out.append(c);
            i += length;
        }
        String text = out.toString().strip();
        if (text.codePointCount(0, text.length()) <= SUMMARY_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, SUMMARY_LENGTH)) + "…";
    }

    private static final String[] ENTITIES = {"&lt;", "&gt;", "&quot;", "&#39;", "&amp;"};
    private static final char[] DECODED = {'<', '>', '"', '\'', '&'};

    /** The text with each heading element (from {@code <h1} to the first closing {@code </h1>}–{@code </h6>}) a space. */
    private static String withoutHeadings(String s) {
        StringBuilder out = null;
        int done = 0;
        for (int i = s.indexOf("<h"); i >= 0; i = s.indexOf("<h", i + 1)) {
            if (i + 2 >= s.length() || s.charAt(i + 2) < '1' || s.charAt(i + 2) > '6') {
                continue;
            }
            int close = s.indexOf('>', i + 3);
            int end = close < 0 ? -1 : headingEnd(s, close + 1);
            if (end < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, done, i).append(' ');
            done = end;
            i = end - 1;
        }
        return out == null ? s : out.append(s, done, s.length()).toString();
    }

    /** Where the first closing heading tag at or after {@code from} ends, or -1. */
    private static int headingEnd(String s, int from) {
        for (int k = s.indexOf("</h", from); k >= 0; k = s.indexOf("</h", k + 1)) {
            if (k + 4 < s.length() && s.charAt(k + 3) >= '1' && s.charAt(k + 3) <= '6' && s.charAt(k + 4) == '>') {
                return k + 5;
            }
        }
        return -1;
    }

    /** The grouping of pages the region tree is made from, each list in site order. */
    private record Groups(Map<String, List<Page>> own, Map<String, List<Page>> all,
                          Map<String, Map<String, List<Page>>> byTheme, Map<String, Set<String>> childCodes) {
    }

    private static List<RegionNode> regionTree(List<Page> pages, RegionCatalog regions, List<Theme> vocabulary,
                                               Urls urls, Map<String, RegionNode> byCode) {
        Groups g = new Groups(new HashMap<>(), new HashMap<>(), new HashMap<>(), new TreeMap<>());
        Map<String, Set<String>> childCodes = g.childCodes();
        Set<String> roots = new java.util.TreeSet<>();
        // the pages come in site order, a region's one after another: its lists are looked up once for them all
        Region last = null;
        List<Page> own = null;
        List<List<Page>> all = new ArrayList<>();
        List<Map<String, List<Page>>> byTheme = new ArrayList<>();
        for (Page p : pages) {
            if (!p.region().equals(last)) {
                last = p.region();
                own = g.own().computeIfAbsent(last.code(), k -> new ArrayList<>());
                all.clear();
                byTheme.clear();
                List<Region> chain = p.chain();
                for (int i = 0; i < chain.size(); i++) {
                    Region r = chain.get(i);
                    all.add(g.all().computeIfAbsent(r.code(), k -> new ArrayList<>()));
                    byTheme.add(g.byTheme().computeIfAbsent(r.code(), k -> new HashMap<>()));
                    childCodes.computeIfAbsent(r.code(), k -> new java.util.TreeSet<>());
                    if (i == 0) {
                        roots.add(r.code());
                    } else {
                        childCodes.get(chain.get(i - 1).code()).add(r.code());
                    }
                }
            }
            own.add(p);
            for (int i = 0; i < all.size(); i++) {
                all.get(i).add(p);
                for (Theme t : p.article().themes()) {
                    byTheme.get(i).computeIfAbsent(t.id(), k -> new ArrayList<>()).add(p);
                }
            }
        }
        List<RegionNode> out = new ArrayList<>();
        for (String code : roots) {
            out.add(node(code, regions, vocabulary, urls, g, byCode));
        }
        return out;
    }

    private static RegionNode node(String code, RegionCatalog regions, List<Theme> vocabulary, Urls urls, Groups g,
                                   Map<String, RegionNode> byCode) {
        Region region = regions.byCode(code).orElseThrow();
        List<RegionNode> children = new ArrayList<>();
        for (String child : g.childCodes().get(code)) {
            children.add(node(child, regions, vocabulary, urls, g, byCode));
        }
        Map<String, List<Page>> byTheme = g.byTheme().get(code);
        List<RegionTheme> themes = new ArrayList<>();
        for (Theme t : vocabulary) {
            List<Page> list = byTheme.get(t.id());
            if (list != null) {
                themes.add(new RegionTheme(t, urls.regionTheme(region, t), list));
            }
        }
        RegionNode node = new RegionNode(region, urls.region(region), children, g.own().getOrDefault(code, List.of()),
                g.all().get(code), themes);
        byCode.put(code, node);
        return node;
    }

    private List<ThemeNode> themes(List<Page> pages, Urls urls) {
        Map<String, List<Page>> byTheme = new HashMap<>();
        for (Page p : pages) {
            for (Theme t : p.article().themes()) {
                byTheme.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(p);
            }
        }
        List<ThemeNode> out = new ArrayList<>();
        for (Theme t : project.themes().all()) {
            out.add(new ThemeNode(t, urls.theme(t), byTheme.getOrDefault(t.id(), List.of())));
        }
        return out;
    }

    private static Map<String, SiteModel.Neighbours> neighbours(Map<String, RegionNode> byCode) {
        int n = byCode.values().stream().mapToInt(node -> node.own().size()).sum();
        Map<String, SiteModel.Neighbours> out = new HashMap<>(n + n / 3 + 1);
        for (RegionNode node : byCode.values()) {
            List<Page> own = node.own();
            for (int i = 0; i < own.size(); i++) {
                out.put(own.get(i).url(), new SiteModel.Neighbours(i > 0 ? own.get(i - 1) : null,
                        i + 1 < own.size() ? own.get(i + 1) : null));
            }
        }
        return out;
    }

    /**
     * For every article that has themes, up to {@code limit} related articles: those sharing a theme with it, in
     * tiers by place (its own region, then each region above it up to the province, then anywhere), and within a
     * tier by the number of shared themes (more first), the distance between the covered years (closer first)
     * and site order. An article without themes has none, and an article is never related to itself.
     *
     * <p>The candidates of a tier are the region's (or the site's) articles of each of the article's themes, so the
     * work is the size of those lists for the tiers needed, not a comparison of every pair of articles; once a tier
     * fills the list, the wider ones are not looked at.
     */
    static Map<String, List<Page>> related(List<Page> pages, Map<String, RegionNode> byCode, List<ThemeNode> themes,
                                           int limit) {
        Map<Page, Integer> order = new IdentityHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            order.put(pages.get(i), i);
        }
        // each list of candidates as its articles' places in site order, and each article's year and themes by its
        // place, made once: finding an article's related ones then reads arrays, not a map for every candidate
        Map<String, int[]> byTheme = new HashMap<>();
        themes.forEach(t -> byTheme.put(t.theme().id(), places(t.articles(), order)));
        Map<RegionTheme, int[]> byRegionTheme = new IdentityHashMap<>();
        for (RegionNode node : byCode.values()) {
            for (RegionTheme t : node.themes()) {
                byRegionTheme.put(t, places(t.articles(), order));
            }
        }
        int[] years = new int[pages.size()];
        String[][] themeIds = new String[pages.size()][];
        for (int i = 0; i < pages.size(); i++) {
            Article a = pages.get(i).article();
            years[i] = a.year();
            themeIds[i] = a.themes().stream().map(Theme::id).toArray(String[]::new);
        }
        // pages are independent of each other: each thread marks the pages it has seen for page i with i
        ThreadLocal<int[]> seen = ThreadLocal.withInitial(() -> {
            int[] a = new int[pages.size()];
            Arrays.fill(a, -1);
            return a;
        });
        List<List<Page>> chosenFor = java.util.stream.IntStream.range(0, pages.size()).parallel()
                .mapToObj(i -> relatedOf(i, pages, years, themeIds, byCode, byRegionTheme, byTheme, seen.get(), limit))
                .toList();
        Map<String, List<Page>> out = new HashMap<>(pages.size() + pages.size() / 3 + 1);
        for (int i = 0; i < pages.size(); i++) {
            if (!chosenFor.get(i).isEmpty()) {
                out.put(pages.get(i).url(), chosenFor.get(i));
            }
        }
        return Map.copyOf(out); // as the site model keeps it (each list as well): not copied there again
    }

    /** The places in site order of the articles {@code list} holds. */
    private static int[] places(List<Page> list, Map<Page, Integer> order) {
        int[] out = new int[list.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = order.get(list.get(k));
        }
        return out;
    }

    private static final int[] NONE = new int[0];

    private static List<Page> relatedOf(int i, List<Page> pages, int[] years, String[][] themeIds,
                                        Map<String, RegionNode> byCode, Map<RegionTheme, int[]> byRegionTheme,
                                        Map<String, int[]> byTheme, int[] seenFor, int limit) {
        Page p = pages.get(i);
        String[] own = themeIds[i];
        if (own.length == 0) {
            return List.of();
        }
        seenFor[i] = i;
        List<Page> chosen = new ArrayList<>(limit);
        long[] best = new long[limit];
        List<Region> chain = p.chain();
        for (int level = chain.size() - 1; level >= -1 && chosen.size() < limit; level--) {
            RegionNode node = level >= 0 ? byCode.get(chain.get(level).code()) : null;
            int want = limit - chosen.size();
            int kept = 0;
            for (String t : own) {
                int[] pool = node != null
                        ? node.theme(t).map(byRegionTheme::get).orElse(NONE)
                        : byTheme.getOrDefault(t, NONE);
                for (int j : pool) {
                    if (seenFor[j] != i) {
                        seenFor[j] = i;
                        kept = keep(best, kept, want, rank(j, shared(own, themeIds[j]), Math.abs(years[j] - years[i])));
                    }
                }
            }
            for (int k = 0; k < kept; k++) {
                chosen.add(pages.get((int) (best[k] & PLACE)));
            }
        }
        return List.copyOf(chosen);
    }

    /** The bits of a {@link #rank} that hold the candidate's place in site order. */
    private static final long PLACE = (1L << 31) - 1;

    /**
     * A candidate for an article's related ones as one number, lower for a better one: more themes shared first,
     * then fewer years apart, then the earlier in site order ({@code place}, the lowest 31 bits). A tier of related
     * articles is up to thousands of candidates for a handful of places, ranked without an object for each.
     */
    static long rank(int place, int shared, int yearGap) {
        long s = Math.min(shared, (1 << 12) - 1);
        long gap = Math.min(yearGap, (1 << 20) - 1);
        return (((1L << 12) - 1 - s) << 51) | (gap << 31) | place;
    }

    /**
     * Keeps in {@code best[0..kept)} the lowest of the ranks given so far, at most {@code want}, lowest first, adding
     * {@code rank} (the ranks are all different): what sorting them all and taking the first {@code want} gives.
     * Returns how many are kept now.
     */
    static int keep(long[] best, int kept, int want, long rank) {
        if (kept == want && (want == 0 || rank >= best[want - 1])) {
            return kept;
        }
        int at = kept < want ? kept : want - 1;
        while (at > 0 && best[at - 1] > rank) {
            best[at] = best[at - 1];
            at--;
        }
        best[at] = rank;
        return kept < want ? kept + 1 : kept;
    }

    /** How many themes two articles share, by their ids: it runs for every candidate of every article. */
    private static int shared(String[] a, String[] b) {
        int n = 0;
        for (String id : a) {
            for (String other : b) {
                if (id.equals(other)) {
                    n++;
                }
            }
        }
        return n;
    }
}
