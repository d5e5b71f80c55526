package yearbook.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import yearbook.config.Project;
import yearbook.config.ProjectLoader;
import yearbook.content.ArticlePaths;
import yearbook.diag.ContentException;
import yearbook.diag.Diagnostics;
import yearbook.importer.classify.Classifier;
import yearbook.importer.decode.Decoder;
import yearbook.importer.meta.Places;
import yearbook.importer.meta.Themes;
import yearbook.importer.meta.Years;
import yearbook.importer.output.ArticleFile;
import yearbook.importer.output.Draft;
import yearbook.importer.output.Markdown;
import yearbook.importer.output.Outcome;
import yearbook.importer.output.Report;
import yearbook.importer.page.Item;
import yearbook.importer.page.Page;
import yearbook.importer.page.PageParser;
import yearbook.importer.page.Unit;
import yearbook.importer.repair.Chars;
import yearbook.importer.review.Damage;
import yearbook.importer.review.Flag;
import yearbook.publish.AtomicFile;
import yearbook.region.Region;

/**
 * {@code yearbook import}: raw pages in, one markdown article per union article found, and a report. Each input is
 * decoded, read into items, its items sorted, and each union article given its metadata and flags; then the
 * articles are written under {@code <into>/articles/<province>/}, never over a file the editor has changed.
 */
public final class ImportService {
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown");
    /** An entry is filed under at most this many themes, the ones its text speaks of most. */
    static final int MAX_THEMES = 6;

    private final Project project;
    private final Places places;
    private final Damage damage;

    private ImportService(Project project) {
        this.project = project;
        this.places = new Places(project.regions());
        this.damage = new Damage(project.themes());
    }

    /** The importer for the yearbook whose content folder is {@code into}; its data files must be valid. */
    public static ImportService forContent(Path into) {
        Diagnostics d = new Diagnostics();
        if (!Files.isDirectory(into)) {
            d.error(into, 0, "the folder to import into does not exist; give a yearbook's content folder with --into");
            throw new ContentException(d.all());
        }
        Project project = ProjectLoader.load(into, d);
        d.throwIfErrors();
        return new ImportService(project);
    }

    public ImportResult run(ImportOptions options) throws IOException {
        Path base = Path.of("").toAbsolutePath();
        List<Path> files = expand(options.inputs());
        // what an import killed half-way left: temporary files, never a part of an article
        AtomicFile.removeLeftovers(options.into());
        List<Outcome> outcomes = new ArrayList<>();
        List<Prepared> prepared = new ArrayList<>();
        // pages are independent: read them in parallel, keep their order
        List<Object> read = files.parallelStream().map(f -> {
            String shown = shown(base, f);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (IOException e) {
                return (Object) Outcome.failed(shown, "the file cannot be read: " + e.getMessage());
            }
            Decoder.Decoded decoded = Decoder.decode(bytes);
            if (!decoded.ok()) {
                return Outcome.failed(shown, decoded.error());
            }
            return prepare(shown, decoded);
        }).toList();
        for (Object o : read) {
            if (o instanceof Outcome failed) {
                outcomes.add(failed);
            } else {
                prepared.add((Prepared) o);
            }
        }
        assignPaths(prepared);
        for (Prepared p : prepared) {
            List<Outcome.Written> written = new ArrayList<>();
            for (int i = 0; i < p.drafts.size(); i++) {
                Draft d = p.drafts.get(i);
                written.add(new Outcome.Written(d, write(options, d), p.notes.get(i)));
            }
            outcomes.add(Outcome.read(p.file, p.decoded.encoding(), p.decoded.traditionalConverted(), p.page.ocr(),
                    written, p.left, p.page.dropped(), p.page.joins()));
        }
        outcomes.sort((a, b) -> a.file().compareTo(b.file()));
        Path report = options.report() != null ? options.report() : options.into().resolve("_import-report.md");
        AtomicFile.write(report, Report.render(outcomes));
        return new ImportResult(outcomes, report);
    }

    private static String shown(Path base, Path f) {
        Path abs = f.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /** Files as given, and the text files inside folders (hidden ones left out), in name order. */
    static List<Path> expand(List<Path> inputs) throws IOException {
        Set<Path> out = new LinkedHashSet<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> Stream.of(in.relativize(p).toString().split("[/\\\\]")).noneMatch(s -> s.startsWith(".")))
                            .filter(p -> {
                                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                                int dot = n.lastIndexOf('.');
                                return dot < 0 || TEXT_EXTENSIONS.contains(n.substring(dot + 1));
                            })
                            .sorted()
                            .forEach(out::add);
                }
            } else if (Files.exists(in)) {
                out.add(in);
            } else {
                throw new java.nio.file.NoSuchFileException(in.toString(), null, "no such file or folder to import");
            }
        }
        return new ArrayList<>(out);
    }

    // ---- one page ----

    private static final class Prepared {
        String file;
        Decoder.Decoded decoded;
        Page page;
        final List<Draft> drafts = new ArrayList<>();
        final List<List<String>> notes = new ArrayList<>();
        final List<Region> regions = new ArrayList<>(); // each draft's region (null when unresolved)
        final List<Outcome.Left> left = new ArrayList<>();
    }

    private Prepared prepare(String file, Decoder.Decoded decoded) {
        Prepared p = new Prepared();
        p.file = file;
        p.decoded = decoded;
        Page page = PageParser.parse(decoded.text());
        p.page = page;

        List<Item> articles = new ArrayList<>();
        List<Unit> loose = new ArrayList<>(page.looseCaptions());
        Map<Item, List<Unit>> attached = new LinkedHashMap<>();
        for (Item item : page.items()) {
            Classifier.Verdict v = Classifier.item(item);
            if (v.kind() == Classifier.Kind.ARTICLE) {
                articles.add(item);
                attached.put(item, new ArrayList<>());
            } else {
                p.left.add(new Outcome.Left(item.first(), item.last(), Outcome.LeftKind.of(v.kind()), describe(item), v.reason()));
            }
        }
        Map<Item, Meta> metas = new HashMap<>();
        for (Item a : articles) {
            metas.put(a, meta(a, page));
        }
        // captions: those inside an article stay with it when short or about its place; others find their article
        for (Item item : page.items()) {
            for (Unit c : item.captions()) {
                if (attached.containsKey(item) && (Classifier.shortCaption(c) || speaksOf(c, metas.get(item)))) {
                    attached.get(item).add(c);
                } else {
                    loose.add(c);
                }
            }
        }
        loose.sort((a, b) -> Integer.compare(a.first(), b.first()));
        for (Unit c : loose) {
            Item home = null;
            for (Item a : articles) {
                if (speaksOf(c, metas.get(a))) {
                    home = a;
                    break;
                }
            }
            if (home == null && Classifier.shortCaption(c)) {
                home = articleBefore(page, articles, c);
            }
            if (home != null) {
                attached.get(home).add(c);
                p.left.add(new Outcome.Left(c.first(), c.last(), Outcome.LeftKind.CAPTION, "“" + c.text() + "”",
                        "附入《" + home.title() + "》"));
            } else {
                Classifier.Verdict v = Classifier.caption(c);
                p.left.add(new Outcome.Left(c.first(), c.last(), v.kind() == Classifier.Kind.CAPTION
                        ? Outcome.LeftKind.PHOTO_NEWS : Outcome.LeftKind.of(v.kind()),
                        "“" + c.text() + "”", v.reason()));
            }
        }
        p.left.sort((a, b) -> Integer.compare(a.first(), b.first()));
        for (Item a : articles) {
            Meta m = metas.get(a);
            List<String> captions = attached.get(a).stream().sorted((x, y) -> Integer.compare(x.first(), y.first()))
                    .map(Unit::text).toList();
            List<Flag> flags = new ArrayList<>(m.flags);
            flags.addAll(damage.check(a.body(), m.year.year()));
            for (Page.Join j : page.joins()) {
                if (j.line() >= a.first() && j.line() <= a.last() && Damage.suspiciousJoin(j.after())) {
                    flags.add(new Flag("跨栏/跨页接回的段落（“" + j.before() + "”接“" + j.after() + "”）：接口处可能丢了文字", j.line()));
                }
            }
            if (p.decoded.traditionalConverted() > 0) {
                flags.add(new Flag("原文是繁体字，已转为简体（" + p.decoded.traditionalConverted() + "字），请核对人名、地名", 0));
            }
            flags.sort((x, y) -> Integer.compare(x.line(), y.line()));
            String origin = file + "，第" + a.index() + "篇，原文第" + a.first() + "–" + a.last() + "行";
            p.drafts.add(new Draft(null, m.title, a.subtitle(), a.kicker(), m.organization,
                    m.region == null ? null : places.path(m.region), m.year.year(), m.date, m.themes, m.authors,
                    m.sourceName, m.sourceName != null ? m.date : null, page.info().page(), page.info().section(), Markdown.body(a.body()),
                    captions, flags, origin));
            p.notes.add(m.notes);
            p.regions.add(m.region);
        }
        return p;
    }

    private boolean speaksOf(Unit caption, Meta m) {
        if (m == null) {
            return false;
        }
        if (m.organization != null && caption.text().contains(m.organization)) {
            return true;
        }
        return m.region != null && places.speaksOf(caption.text(), m.region);
    }

    /** The article a caption follows directly, with nothing but captions between them. */
    private static Item articleBefore(Page page, List<Item> articles, Unit c) {
        Item before = null;
        for (Item i : page.items()) {
            if (i.first() <= c.first()) {
                before = i;
            }
        }
        return before != null && articles.contains(before) ? before : null;
    }

    private static String describe(Item item) {
        String t = item.title() != null ? "《" + item.title() + "》" : "“" + Chars.head(item.text().strip().replace('\n', ' '), 20) + "”";
        return t + "（" + item.size() + "字）";
    }

    private static final class Meta {
        String title;
        String organization;
        Region region;
        Years.Guess year;
        LocalDate date;
        List<String> themes = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        String sourceName;
        final List<Flag> flags = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
    }

    private Meta meta(Item a, Page page) {
        Meta m = new Meta();
        m.title = a.title();
        if (m.title == null && page.info().footerTitle() != null) {
            m.title = page.info().footerTitle();
            m.flags.add(new Flag("标题取自页脚的“原标题”", 0));
        }
        if (m.title == null) {
            m.flags.add(new Flag("原文没有标题，请补上 title:", a.first()));
        }
        String headline = Stream.of(a.kicker(), m.title, a.subtitle()).filter(s -> s != null).collect(Collectors.joining("\n"));
        String body = a.text();
        // what may decide between places of one name: the headline, the site, the lead paragraph; not a place
        // named in passing further down (组织劳模赴徐州疗休养)
        String context = headline + "\n" + (page.info().site() == null ? "" : page.info().site()) + "\n"
                + a.body().stream().filter(u -> u.kind() == Unit.Kind.PARA).findFirst().map(Unit::text).orElse("");

        // organisation and region
        record Group(String key, Places.Resolved resolved, List<String> names, List<String> headlineNames, int[] score) {
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (boolean inHeadline : new boolean[] {true, false}) {
            for (Places.Mention mention : places.mentions(inHeadline ? headline : body)) {
                Places.Resolved r = places.resolve(mention.chain(), context);
                String key = r.found() ? r.region().code() : "?" + mention.text();
                Group g = groups.computeIfAbsent(key, k -> new Group(k, r, new ArrayList<>(), new ArrayList<>(), new int[1]));
                g.score[0] += inHeadline ? 10 : 1;
                if (mention.full()) {
                    (inHeadline ? g.headlineNames : g.names).add(mention.organization());
                }
            }
        }
        Group best = groups.values().stream().max((x, y) -> Integer.compare(x.score[0], y.score[0])).orElse(null);
        if (best != null) {
            // among equal scores the first found wins: max() keeps the later one, so look again in order
            for (Group g : groups.values()) {
                if (g.score[0] == best.score[0]) {
                    best = g;
                    break;
                }
            }
            if (!best.headlineNames.isEmpty()) {
                m.organization = best.headlineNames.get(0);
            } else if (!best.names.isEmpty()) {
                Map<String, Long> counts = best.names.stream().collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
                m.organization = counts.entrySet().stream().max((x, y) -> x.getValue().equals(y.getValue())
                        ? Integer.compare(x.getKey().length(), y.getKey().length()) : Long.compare(x.getValue(), y.getValue())).get().getKey();
            }
            Places.Resolved r = best.resolved;
            if (r.found()) {
                m.region = r.region();
                m.notes.add("地区：" + places.path(r.region()) + "（" + r.region().code() + "），依据"
                        + (m.organization != null ? "单位名称“" + m.organization + "”" : "标题中的地名")
                        + (r.how() != null ? "；同名地区不止一处，" + r.how() : ""));
            } else if (!r.candidates().isEmpty()) {
                m.flags.add(new Flag("地名“" + best.key.substring(1) + "”不止一处（" + r.candidates().stream()
                        .map(c -> places.path(c) + " " + c.code()).collect(Collectors.joining("、"))
                        + "），原文没有写明上级地区：请填写 region:", a.first()));
            }
        }
        if (m.organization == null) {
            m.flags.add(new Flag("原文没有写明是哪个总工会的工作：请补上 organization:", a.first()));
        }
        if (m.region == null && (best == null || best.resolved.candidates().isEmpty())) {
            m.flags.add(new Flag("地区未能确定：原文没有以地名开头的工会名称，请填写 region:", a.first()));
        }

        // dates and year
        m.date = page.info().date() != null ? page.info().date() : a.dateline();
        int published = m.date != null ? m.date.getYear() : 0;
        m.year = Years.covered(headline, body, published);
        m.notes.add("年份：" + (m.year.year() > 0 ? m.year.year() : "未定") + "（" + m.year.evidence() + "）");
        if (m.year.uncertain()) {
            m.flags.add(new Flag("年份不确定（" + m.year.evidence() + "），取了" + m.year.year() + "年，请核对 year:", 0));
        }

        // themes
        List<String> headings = a.body().stream().filter(u -> u.kind() == Unit.Kind.HEADING).map(Unit::text).toList();
        List<Themes.Hit> hits = Themes.find(project.themes(), headings, headline + "\n" + body);
        List<Themes.Hit> kept = hits.subList(0, Math.min(MAX_THEMES, hits.size()));
        for (Themes.Hit h : kept) {
            m.themes.add(h.theme().id());
        }
        m.notes.add("主题：" + (hits.isEmpty() ? "无（没有哪个主题词出现两次以上）"
                : kept.stream().map(h -> h.theme().name() + "（" + h.evidence() + "）").collect(Collectors.joining("、")))
                + (hits.size() > MAX_THEMES ? "；另有" + hits.subList(MAX_THEMES, hits.size()).stream()
                .map(h -> h.theme().name() + "（" + h.evidence() + "）").collect(Collectors.joining("、"))
                + "也符合规则，只取最突出的" + MAX_THEMES + "个" : ""));

        // writers and source
        Set<String> authors = new LinkedHashSet<>(a.authors());
        if (page.items().size() == 1) {
            authors.addAll(page.info().authors());
        }
        m.authors = new ArrayList<>(authors);
        if (m.authors.isEmpty()) {
            m.flags.add(new Flag("原文没有署名：请补上 authors:（撰稿人或供稿单位）", 0));
        }
        String site = page.info().site();
        m.sourceName = page.info().source() != null ? page.info().source()
                : site == null ? null : site.matches(".*(网|网站|站|报|刊)$") ? site : site + "网站";
        if (m.sourceName == null) {
            m.flags.add(new Flag("原文没有写来源（报纸名称、日期、版次或网址）：知道的话请补上 source:", 0));
        } else if (m.date == null) {
            m.flags.add(new Flag("原文没有写发布日期：知道的话请补上 source: 的 date:", 0));
        }
        return m;
    }

    // ---- files ----

    /** Each article's file: {@code articles/<province>/<title slug>.md}, numbered when two would share one. */
    private void assignPaths(List<Prepared> prepared) {
        Map<String, Integer> used = new HashMap<>();
        for (Prepared p : prepared) {
            for (int i = 0; i < p.drafts.size(); i++) {
                Draft d = p.drafts.get(i);
                Region r = p.regions.get(i);
                String dir = r == null ? "articles/unplaced" : ArticlePaths.folder(project.regions(), r);
                String path = dir + "/" + ArticlePaths.slug(d.title());
                int n = used.merge(path, 1, Integer::sum);
                String file = (n == 1 ? path : path + "-" + n) + ".md";
                p.drafts.set(i, new Draft(file, d.title(), d.subtitle(), d.kicker(), d.organization(), d.region(), d.year(),
                        d.date(), d.themes(), d.authors(), d.sourceName(), d.sourceDate(), d.sourcePage(), d.section(), d.body(),
                        d.captions(), d.flags(), d.origin()));
            }
        }
    }

    private Outcome.Status write(ImportOptions options, Draft d) throws IOException {
        Path target = options.into().resolve(d.path());
        String text = ArticleFile.render(d);
        Optional<String> existing = Files.isRegularFile(target)
                ? Optional.of(new String(Files.readAllBytes(target), StandardCharsets.UTF_8)) : Optional.empty();
        ArticleFile.Existing state = ArticleFile.classify(existing);
        Outcome.Status status = switch (state) {
            case NONE -> Outcome.Status.CREATED;
            case UNTOUCHED -> existing.get().equals(text) ? Outcome.Status.UNCHANGED : Outcome.Status.UPDATED;
            case EDITED -> options.force() ? Outcome.Status.REPLACED : Outcome.Status.KEPT_EDITED;
            case FOREIGN -> options.force() ? Outcome.Status.REPLACED : Outcome.Status.KEPT_FOREIGN;
        };
        if (status == Outcome.Status.CREATED || status == Outcome.Status.UPDATED || status == Outcome.Status.REPLACED) {
            AtomicFile.write(target, text);
        }
        return status;
    }
}
