package yearbook.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import yearbook.fingerprint.Fingerprint;
import yearbook.fingerprint.Keyed;
import yearbook.icon.Icons;
import yearbook.config.Settings;
import yearbook.print.Book;
import yearbook.template.Templates;
import yearbook.render.view.PageMeta;
import yearbook.render.view.SiteView;
import yearbook.render.view.SitemapView;
import yearbook.site.Page;
import yearbook.site.PagePicture;
import yearbook.site.RegionNode;
import yearbook.site.RegionTheme;
import yearbook.site.SiteModel;
import yearbook.site.ThemeNode;
import yearbook.site.Volume;
import yearbook.site.VolumeParts;

/**
 * Plans every page of the site through the templates, the smaller copies of the articles' pictures
 * ({@link PictureCopy}), and the template assets ({@code templates/assets/}) and the content's asset files to copy:
 * what to make and how, making nothing and writing nothing.
 *
 * <p>Template contract: each page template gets {@code site} ({@link SiteView}), {@code page}
 * ({@link PageMeta}) and one object named after its kind: {@code home}, {@code volume}, {@code regions},
 * {@code region}, {@code regionTheme} (kind {@code region-theme}), {@code themes}, {@code theme},
 * {@code article}, {@code search}, {@code chronicle}, {@code roll} (kind {@code honours}), {@code table} (kind
 * {@code statistics}); the feed gets {@code feed}, the sitemap {@code sitemap}.
 */
public final class SiteRenderer {
    /** The templates a template folder must have. */
    public static final List<String> TEMPLATES = List.of("home.ftlh", "volume.ftlh", "regions.ftlh", "region.ftlh",
            "region-theme.ftlh", "themes.ftlh", "theme.ftlh", "article.ftlh", "search.ftlh", "404.ftlh", "atom.ftlx",
            "sitemap.ftlx", "robots.txt.ftl", "chronicle.ftlh", "honours.ftlh", "statistics.ftlh", "pictures.ftlh");
    public static final String ASSETS = "assets";

    private final Templates templates;
    private final String generator;
    private final List<Book> books;
    private volatile String shared;
    /** The site model this renderer plans, and its key ({@link #modelKey}) once taken. */
    private SiteModel site;
    private volatile String model;
    private volatile boolean modelUnknown;
    /**
     * The digests of the entries of article lists and of the parts of region trees, each followed once however many
     * pages show it: by identity, as the views make each of them once (cheaper than comparing them).
     */
    private final Map<Record, byte[]> listed = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private static final java.util.Set<Class<?>> LISTED = java.util.Set.of(yearbook.render.view.ArticleItem.class,
            yearbook.render.view.RegionTreeView.class);

    /** @param books the print yearbook's PDFs, which the volume and province pages link */
    public SiteRenderer(Templates templates, String generator, List<Book> books) {
        this.templates = templates;
        this.generator = generator;
        this.books = List.copyOf(books);
    }

    /** One file to produce: where it goes and how to make it, as text or, for the pages, straight as UTF-8 bytes. */
    private record Job(String path, Supplier<String> content, Supplier<byte[]> bytes) {
        Job(String path, Supplier<String> content) {
            this(path, content, () -> content.get().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Every file of the site and how to make it, without making any: what a build writes all at once, and
     * what the preview server renders one page at a time as readers ask for them.
     */
    public SitePlan plan(SiteModel site, Path contentDir) {
        templates.check(TEMPLATES);
        if (this.site != site) {
            this.site = site;
            model = null;
            modelUnknown = false;
        }
        ViewFactory views = new ViewFactory(site, books);
        SiteView siteView = views.site(generator);
        List<Job> jobs = new ArrayList<>();
        List<String> sitemap = new ArrayList<>();

        page(jobs, sitemap, site.settings(), siteView, site.urls().home(), "home", site.settings().title(), site.settings().description(),
                "home.ftlh", "home", views::home);
        for (Volume v : site.volumes()) {
            for (int i = 1; i <= views.volumePages(v); i++) {
                int number = i;
                page(jobs, sitemap, site.settings(), siteView, site.urls().listPage(v.url(), i), "volume", numbered(v.name(), i), null,
                        "volume.ftlh", "volume", () -> views.volume(v, number));
            }
            VolumeParts parts = v.parts();
            if (parts.picturesUrl() != null) {
                page(jobs, sitemap, site.settings(), siteView, parts.picturesUrl(), "pictures", v.name() + " · 图片", null,
                        "pictures.ftlh", "plates", () -> views.plates(v));
            }
            if (parts.chronicleUrl() != null) {
                page(jobs, sitemap, site.settings(), siteView, parts.chronicleUrl(), "chronicle", v.name() + " · 大事记", null,
                        "chronicle.ftlh", "chronicle", () -> views.chronicle(v));
            }
            for (VolumeParts.Table t : parts.statistics()) {
                page(jobs, sitemap, site.settings(), siteView, t.url(), "statistics", t.table().title(), null,
                        "statistics.ftlh", "table", () -> views.table(v, t));
            }
            for (VolumeParts.Roll r : parts.honours()) {
                page(jobs, sitemap, site.settings(), siteView, r.url(), "honours", r.roll().title(), null,
                        "honours.ftlh", "roll", () -> views.roll(v, r));
            }
        }
        page(jobs, sitemap, site.settings(), siteView, site.urls().regions(), "regions", "地区", null, "regions.ftlh", "regions",
                () -> views.tree(site.regions()));
        for (RegionNode n : site.regionsByCode().values().stream()
                .sorted(java.util.Comparator.comparing((RegionNode r) -> r.region().code())).toList()) {
            for (int i = 1; i <= views.pageCount(n.articles().size()); i++) {
                int number = i;
                page(jobs, sitemap, site.settings(), siteView, site.urls().listPage(n.url(), i), "region", numbered(n.region().name(), i),
                        null, "region.ftlh", "region", () -> views.region(n, number));
            }
            for (RegionTheme t : n.themes()) {
                for (int i = 1; i <= views.pageCount(t.articles().size()); i++) {
                    int number = i;
                    page(jobs, sitemap, site.settings(), siteView, site.urls().listPage(t.url(), i), "region-theme",
                            numbered(n.region().name() + " · " + t.theme().name(), i), null, "region-theme.ftlh", "regionTheme",
                            () -> views.regionTheme(n, t, number));
                }
            }
        }
        page(jobs, sitemap, site.settings(), siteView, site.urls().themes(), "themes", "主题", null, "themes.ftlh", "themes", views::themeIndex);
        for (ThemeNode t : site.themes()) {
            for (int i = 1; i <= views.pageCount(t.articles().size()); i++) {
                int number = i;
                page(jobs, sitemap, site.settings(), siteView, site.urls().listPage(t.url(), i), "theme", numbered(t.theme().name(), i),
                        t.theme().description(), "theme.ftlh", "theme", () -> views.theme(t, number));
            }
        }
        for (Page p : site.pages()) {
            page(jobs, sitemap, site.settings(), siteView, p.url(), "article", p.article().title(), p.summary(), "article.ftlh",
                    "article", () -> views.article(p), () -> views.article(p, p.htmlStamp()), p::htmlStamp);
        }
        page(jobs, sitemap, site.settings(), siteView, site.urls().search(), "search", "搜索", null, "search.ftlh", "search",
                views::search);
        int pages = jobs.size() + 1; // every page so far, and the 404 page
        PageMeta notFound = new PageMeta("404", "页面不存在", site.urls().notFound(), site.settings().absolute(site.urls().notFound()), null);
        jobs.add(new Job("404.html", () -> templates.render("404.ftlh", Map.of("site", siteView, "page", notFound))));
        jobs.add(new Job("atom.xml", () -> templates.render("atom.ftlx", Map.of("site", siteView, "feed", views.feed()))));
        // the sitemap, a line for every page, kept when the addresses are the same (a megabyte at 10 000 articles)
        jobs.add(new Job("sitemap.xml", null, new Keyed() {
            private SitemapView view;

            @Override
            public String key() {
                view = views.sitemap(sitemap);
                return Fingerprint.once("sitemap", sharedKey(siteView), templates.fingerprint("sitemap.ftlx"), view);
            }

            @Override
            public void kept() {
                view = null;
            }

            @Override
            public byte[] get() {
                SitemapView v = view != null ? view : views.sitemap(sitemap);
                view = null;
                return templates.renderUtf8("sitemap.ftlx", Map.of("site", siteView, "sitemap", v));
            }
        }));
        jobs.add(new Job("robots.txt", () -> templates.render("robots.txt.ftl", Map.of("site", siteView,
                "sitemap", views.sitemap(List.of(site.urls().sitemap()))))));

        site.redirects().forEach((from, to) -> {
            String permalink = site.settings().absolute(to);
            jobs.add(new Job(from + "index.html", null, new Keyed() {
                @Override
                public String key() {
                    return Fingerprint.once("redirect", to, permalink);
                }

                @Override
                public byte[] get() {
                    return redirect(to, permalink).getBytes(StandardCharsets.UTF_8);
                }
            }));
        });
        Path picture = Icons.given(contentDir);
        jobs.add(new Job("favicon.ico", null, () -> Icons.favicon(site.settings().title(), picture)));
        jobs.add(new Job("apple-touch-icon.png", null, () -> Icons.touchIcon(site.settings().title(), picture)));

        Map<String, Supplier<byte[]>> made = new LinkedHashMap<>(jobs.size() + jobs.size() / 3 + 16);
        for (Job j : jobs) {
            made.put(j.path(), j.bytes());
        }
        // the smaller copies of the articles' pictures, each made once however many pages show it
        for (Page p : site.pages()) {
            for (PagePicture shown : p.pictures()) {
                for (int width : shown.copies()) {
                    made.putIfAbsent(shown.copyPath(width), new PictureFile(contentDir.resolve(shown.path()),
                            shown.path(), width, shown.format()));
                }
            }
        }
        Map<String, Path> copied = new LinkedHashMap<>();
        copyTree(templates.builtInDir().resolve(ASSETS), ASSETS + "/", copied); // then the yearbook's own, over them
        copyTree(templates.dir().resolve(ASSETS), ASSETS + "/", copied);
        for (String asset : site.assets()) {
            copied.put(asset, contentDir.resolve(asset));
        }
        return new SitePlan(made, copied, pages);
    }

    /** A smaller copy of a picture, whose fingerprint is taken from the picture's bytes and the copy's width. */
    private record PictureFile(Path source, String path, int width, String format) implements Keyed {
        @Override
        public String key() {
            try {
                return Fingerprint.once("picture", path, width, format, Files.readAllBytes(source));
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public byte[] get() {
            return PictureCopy.make(source, path, width, format);
        }
    }

    /** A list page's title: the list's own on its first page, with the page's number on the others. */
    static String numbered(String title, int page) {
        return page <= 1 ? title : title + "（第" + page + "页）";
    }

    private void page(List<Job> jobs, List<String> sitemap, Settings settings, SiteView siteView, String url, String kind, String title,
                      String description, String template, String key, Supplier<Object> view) {
        page(jobs, sitemap, settings, siteView, url, kind, title, description, template, key, view, null, null);
    }

    /**
     * As above, {@code forKey} giving what stands for the view in the page's fingerprint when that is not the view
     * itself (an article's, whose body stands there by its own fingerprint, not read for it), or null; and
     * {@code body} what stands for the one part of the page the {@link #modelKey site model's key} leaves out, an
     * article's rendered body, or null.
     */
    private void page(List<Job> jobs, List<String> sitemap, Settings settings, SiteView siteView, String url, String kind,
                      String title, String description, String template, String key, Supplier<Object> view,
                      Supplier<Object> forKey, Supplier<String> body) {
        String base = siteView.home();
        String path = url.substring(base.length()) + "index.html";
        sitemap.add(url);
        PageMeta meta = new PageMeta(kind, title, url, settings.absolute(url), description);
        jobs.add(new Job(path, null, new PageFile(template, key, meta, siteView, view, forKey, body)));
    }

    /**
     * One page: its view, made once, is what the page's fingerprint is taken from and what the template renders.
     * Used by one thread.
     */
    private final class PageFile implements Keyed {
        private final String template;
        private final String key;
        private final PageMeta meta;
        private final SiteView siteView;
        private final Supplier<Object> view;
        private final Supplier<Object> forKey;
        private final Supplier<String> body;
        private Object made;

        PageFile(String template, String key, PageMeta meta, SiteView siteView, Supplier<Object> view,
                 Supplier<Object> forKey, Supplier<String> body) {
            this.template = template;
            this.key = key;
            this.meta = meta;
            this.siteView = siteView;
            this.view = view;
            this.forKey = forKey;
            this.body = body;
        }

        /**
         * The site model's key (everything a page's view is made from but an article's body), the page's template,
         * its place and, for an article, what stands for its body: when these are the same, so is the view.
         */
        @Override
        public String inputs() {
            String model = modelKey();
            return model == null ? null : Fingerprint.once(model, templates.fingerprint(template), template, key, meta,
                    body != null ? body.get() : null);
        }

        private Object view() {
            if (made == null) {
                made = view.get();
            }
            return made;
        }

        @Override
        public String key() {
            try {
                return new Fingerprint(listed, LISTED).of(sharedKey(siteView), templates.fingerprint(template), template, key, meta,
                        forKey != null ? forKey.get() : view());
            } catch (Fingerprint.Unknown e) {
                return null;
            }
        }

        @Override
        public void kept() {
            made = null; // a kept page's view would otherwise stay in memory until the build ends
        }

        @Override
        public byte[] get() {
            Object v = view();
            made = null;
            return templates.renderUtf8(template, Map.of("site", siteView, "page", meta, key, v));
        }
    }

    /**
     * Takes the site model's key now, with every processor free for its parallel parts, rather than when the first
     * page is placed (the other processors then wait for it). For a build that keeps pages on their inputs.
     */
    public void takeModelKey() {
        modelKey();
    }

    /**
     * A fingerprint of everything the pages' views are made from but the articles' rendered bodies: the whole site
     * model, each article page standing there without its body, what the pages show of the PDFs, and the tool.
     * Null when the model holds something a fingerprint cannot follow (then every page's own key is taken).
     */
    private String modelKey() {
        String k = model;
        if (k == null && !modelUnknown) {
            synchronized (this) {
                if (model == null && !modelUnknown) {
                    try {
                        model = modelKey(site, generator, books);
                    } catch (Fingerprint.Unknown e) {
                        modelUnknown = true;
                    }
                }
                k = model;
            }
        }
        return k;
    }

    /** How many parts the article pages are followed in, on all processors, for the site model's key. */
    private static final int MODEL_PARTS = 64;

    /**
     * The site model's key ({@link #modelKey()}): every component of the model (a test checks that none is left
     * out), the related articles and neighbours in the order of the pages rather than as maps (the same, with no
     * digest of each entry to sort). On all processors, in three steps, each task with a map of its own (a map
     * shared while they run is a lock the processors take in turns): the article pages in parts; then each
     * region tree from its top, its nodes' digests kept; then each component of the model on its own, every page
     * and region node met there being one of those already followed. The key is that of the components' digests.
     */
    static String modelKey(SiteModel site, String generator, List<Book> books) {
        List<Page> pages = site.pages();
        int n = pages.size();
        java.util.Set<Class<?>> pagesOnly = java.util.Set.of(Page.class);
        Map<Record, byte[]> followed = new java.util.IdentityHashMap<>(n + n / 2);
        java.util.stream.IntStream.range(0, MODEL_PARTS).parallel().mapToObj(part -> {
            Map<Record, byte[]> own = new java.util.IdentityHashMap<>();
            Fingerprint f = new Fingerprint(own, pagesOnly).standIn(Page.class, SiteRenderer::withoutBody);
            for (int i = part * n / MODEL_PARTS; i < (part + 1) * n / MODEL_PARTS; i++) {
                f.of(pages.get(i));
            }
            return own;
        }).toList().forEach(followed::putAll);
        java.util.Set<Class<?>> kinds = java.util.Set.of(Page.class, RegionNode.class);
        site.regions().parallelStream().map(root -> {
            Map<Record, byte[]> own = new java.util.IdentityHashMap<>();
            new Fingerprint(new Layered(followed, own), kinds).standIn(Page.class, SiteRenderer::withoutBody).of(root);
            return own;
        }).toList().forEach(followed::putAll);
        List<Object> related = new ArrayList<>(n);
        List<Object> neighbours = new ArrayList<>(n);
        for (Page p : pages) {
            related.add(site.related().get(p.url()));
            neighbours.add(site.neighbours().get(p.url()));
        }
        List<Object> components = List.of(pages, site.volumes(), site.regions(), site.regionsByCode(), site.themes(),
                site.assets(), neighbours, related, site.redirects(), site.events(), site.honoured());
        List<String> digests = components.parallelStream()
                .map(c -> new Fingerprint(new Layered(followed, new java.util.IdentityHashMap<>()), kinds)
                        .standIn(Page.class, SiteRenderer::withoutBody).of(c))
                .toList();
        return Fingerprint.once("site model", generator, pdfLinks(books), site.settings(), digests);
    }

    /**
     * A map of digests read from {@code below}, which it does not change, and from {@code top}, which takes what is
     * added: so that tasks on several processors read one map without a lock, each adding to its own.
     */
    private static final class Layered extends java.util.AbstractMap<Record, byte[]> {
        private final Map<Record, byte[]> below;
        private final Map<Record, byte[]> top;

        Layered(Map<Record, byte[]> below, Map<Record, byte[]> top) {
            this.below = below;
            this.top = top;
        }

        @Override
        public byte[] get(Object key) {
            byte[] d = below.get(key);
            return d != null ? d : top.get(key);
        }

        @Override
        public byte[] putIfAbsent(Record key, byte[] value) {
            return get(key) != null ? get(key) : top.put(key, value);
        }

        @Override
        public java.util.Set<Entry<Record, byte[]>> entrySet() {
            throw new UnsupportedOperationException();
        }
    }

    /**
     * An article page in the site model's key: all it holds but its rendered body and that body's key; the article
     * by the fingerprint taken when its file was read, where there is one (the article itself otherwise), so that
     * the articles of a large archive are not followed through again on every build.
     */
    private static Object withoutBody(Page p) {
        return java.util.Arrays.asList(p.articleKey() != null ? p.articleKey() : p.article(), p.url(), p.chain(),
                p.headings(), p.summary(), p.lastChange(), p.pictures());
    }

    /** What the pages show of the PDFs ({@link ViewFactory}): each one's volume, province, title and address. */
    private static List<Object> pdfLinks(List<Book> books) {
        return books.stream().map(b -> (Object) java.util.Arrays.asList(b.volume(), b.province(), b.title(), b.url()))
                .toList();
    }

    /** What every page is made from besides its own view and template: the site's view and the tool. */
    private String sharedKey(SiteView siteView) {
        String k = shared;
        if (k == null) {
            synchronized (this) {
                if (shared == null) {
                    shared = Fingerprint.once(siteView, generator);
                }
                k = shared;
            }
        }
        return k;
    }

    /** The page at an earlier address: it sends the reader on at once (and search engines to the new one). */
    static String redirect(String url, String permalink) {
        String to = url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        String canonical = permalink.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>本页已移至新地址</title>\n"
                + "<link rel=\"canonical\" href=\"" + canonical + "\">\n<meta name=\"robots\" content=\"noindex\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + to + "\">\n</head>\n<body>\n<main>\n"
                + "<p>本页已移至 <a href=\"" + to + "\">" + to + "</a>。</p>\n</main>\n</body>\n</html>\n";
    }

    private static void copyTree(Path from, String prefix, Map<String, Path> copied) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try {
            List<Path> files = new ArrayList<>();
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            files.sort(null);
            for (Path f : files) {
                copied.put(prefix + from.relativize(f).toString().replace('\\', '/'), f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
