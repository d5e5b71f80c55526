package yearbook.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import java.util.regex.Pattern;

import yearbook.config.Project;
import yearbook.diag.Messages;
import yearbook.region.Level;


import yearbook.importer.formats.Source;
import yearbook.importer.meta.Places;
import yearbook.importer.meta.Titles;
import yearbook.importer.meta.Themes;
import yearbook.importer.meta.Years;
import yearbook.importer.page.Item;
import yearbook.importer.page.Page;
import yearbook.importer.page.PageInfo;
import yearbook.importer.page.Unit;
import yearbook.importer.review.Flag;
import yearbook.region.Region;

/**
 * Finds an article's metadata in its page: title, organisation and region, publication date and covered year,
 * themes, writers and source. What cannot be found, or only with doubt, becomes a flag; how each value was
 * found, a note.
 */
final class MetaInference {
    /** An entry is filed under at most this many themes, the ones its text speaks of most. */
    static final int MAX_THEMES = 6;

    private final Project project;
    private final Places places;

    MetaInference(Project project, Places places) {
        this.project = project;
        this.places = places;
    }

    /** How every flag of an uncertain title starts; the report lists these articles first. */
    static final String TITLE_UNCERTAIN = Flag.TITLE_UNCERTAIN;

    ArticleMeta infer(Item a, Page page, Source source) {
        List<Flag> flags = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String[] titled = title(a, page, source, flags, notes);
        String title = titled[0];
        String kicker = titled[1];
        String headline = Stream.of(kicker, title, a.subtitle()).filter(s -> s != null).collect(Collectors.joining("\n"));
        String body = a.text();
        // what may decide between places of one name: the headline, the site, the lead paragraph; not a place
        // named in passing further down (组织劳模赴徐州疗休养)
        String context = headline + "\n" + (page.info().site() == null ? "" : page.info().site()) + "\n"
                + a.body().stream().filter(u -> u.kind() == Unit.Kind.PARA).findFirst().map(Unit::text).orElse("");

        Placing placing = place(a, headline, body, context, page.info());
        flags.addAll(placing.flags());
        notes.addAll(placing.notes());

        // dates and year
        LocalDate date = page.info().date() != null ? page.info().date() : a.dateline();
        int published = date != null ? date.getYear() : 0;
        Years.Guess year = Years.covered(headline, body, date);
        notes.add("年份：" + (year.year() > 0 ? year.year() : "未定") + "（" + year.evidence() + "）");
        if (year.uncertain()) {
            flags.add(new Flag("年份不确定（" + year.evidence() + "），取了" + year.year() + "年，请核对 year:", 0));
        }

        // themes
        List<String> headings = a.body().stream().filter(u -> u.kind() == Unit.Kind.HEADING).map(Unit::text).toList();
        List<Themes.Hit> hits = Themes.find(project.themes(), headings, headline + "\n" + body);
        List<Themes.Hit> kept = hits.subList(0, Math.min(MAX_THEMES, hits.size()));
        List<String> themes = kept.stream().map(h -> h.theme().id()).toList();
        notes.add(themesNote(hits, kept));

        // writers and source
        Set<String> writers = new LinkedHashSet<>(a.authors());
        if (page.items().size() == 1) {
            writers.addAll(page.info().authors());
        }
        List<String> authors = new ArrayList<>(writers);
        if (authors.isEmpty()) {
            flags.add(new Flag("原文没有署名：请补上 authors:（撰稿人或供稿单位）", 0));
        }
        String sourceName = sourceName(page.info());
        if (sourceName == null) {
            flags.add(new Flag("原文没有写来源（报纸名称、日期、版次或网址）：知道的话请补上 source:", 0));
        } else if (date == null) {
            flags.add(new Flag("原文没有写发布日期：知道的话请补上 source: 的 date:", 0));
        }
        return new ArticleMeta(title, kicker, placing.organization(), placing.region(), year, date, themes, authors, sourceName,
                flags, notes);
    }

    /**
     * The title and kicker by evidence: the headline group's title unless it is a byline, a site-and-date line or
     * interface text (then the kicker, else the footer's original title, flagged); a column tag in front becomes the
     * kicker, a list bullet is dropped; a title the file itself marked only weakly is flagged as uncertain.
     */
    private static String[] title(Item a, Page page, Source source, List<Flag> flags, List<String> notes) {
        String title = a.title();
        String kicker = a.kicker();
        if (title != null) {
            String bare = Titles.withoutBullet(title);
            if (!bare.equals(title)) {
                notes.add("标题：去掉了前面的列表符号（原文“" + title + "”）");
                title = bare;
            }
            Optional<String[]> tag = Titles.columnTag(title);
            if (tag.isPresent()) {
                if (!tag.get()[1].isEmpty()) {
                    kicker = tag.get()[0];
                    title = tag.get()[1];
                    notes.add("标题：前面的“【" + kicker + "】”是栏目标签，作为眉题");
                } else {
                    flags.add(new Flag(TITLE_UNCERTAIN + "：“" + title + "”是栏目标签，不是标题；" + (kicker != null
                            ? "改用上一行“" + kicker + "”，" : "") + "请核对 title:", a.first()));
                    title = kicker;
                    kicker = null;
                }
            }
        }
        if (title != null && Titles.notATitle(title).isEmpty() && Titles.shortUnderLong(title, kicker)) {
            flags.add(new Flag(TITLE_UNCERTAIN + "：标题位置的“" + title + "”很短，像栏目名或图片上的字；取了上一行“" + kicker
                    + "”，请核对 title:", a.first()));
            return new String[] {kicker, null};
        }
        if (title != null) {
            Optional<String> not = Titles.notATitle(title);
            if (not.isPresent()) {
                // the next candidates: the line above, the other short lines of the headline group, the footer's title
                List<String> candidates = new ArrayList<>();
                if (kicker != null) {
                    candidates.add(kicker);
                }
                page.dropped().stream().filter(dr -> dr.reason().equals("标题区多余的短行") && dr.line() >= a.first() && dr.line() <= a.last())
                        .sorted((x, y) -> Integer.compare(y.line(), x.line())).forEach(dr -> candidates.add(dr.text().strip()));
                if (page.info().footerTitle() != null) {
                    candidates.add(page.info().footerTitle());
                }
                String alt = candidates.stream().filter(c -> Titles.notATitle(c).isEmpty() && Titles.columnTag(c).isEmpty())
                        .filter(c -> !c.contains(">") && !c.contains("＞")).findFirst().orElse(null);
                flags.add(new Flag(TITLE_UNCERTAIN + "：原文标题位置的“" + title + "”" + not.get() + "，不是标题；"
                        + (alt != null ? "改用“" + alt + "”，" : "") + "请核对 title:", a.first()));
                title = alt;
                kicker = alt != null && alt.equals(kicker) ? null : kicker;
                return new String[] {title, kicker};
            }
        }
        if (title == null && page.info().footerTitle() != null) {
            title = page.info().footerTitle();
            flags.add(new Flag(TITLE_UNCERTAIN + "：标题取自页脚的“原标题”，请核对 title:", 0));
        }
        if (title == null) {
            flags.add(new Flag(TITLE_UNCERTAIN + "：原文没有标题，请补上 title:", a.first()));
        } else if (source.title() != null && title.equals(source.title().strip())) {
            if (source.titleSure()) {
                notes.add("标题：依据" + source.titleEvidence());
            } else {
                flags.add(new Flag(TITLE_UNCERTAIN + "：" + source.titleEvidence() + "，请核对 title:", 0));
            }
        }
        return new String[] {title, kicker};
    }

    /** The organisation and region an article is about, and the flags and notes on how they were found. */
    private record Placing(String organization, Region region, List<Flag> flags, List<String> notes) {
    }

    /** The places one name resolves to, how often the article names them, and the union bodies named with them. */
    private static final class Tally {
        final String key;
        final Places.Resolved resolved;
        final List<String> names = new ArrayList<>();
        final List<String> headlineNames = new ArrayList<>();
        String glued;
        String former;
        int score;

        Tally(String key, Places.Resolved resolved) {
            this.key = key;
            this.resolved = resolved;
        }
    }

    /** The place named most, a mention in the headline weighing ten in the body; among equals the first named. */
    private Placing place(Item a, String headline, String body, String context, PageInfo info) {
        String site = info.site();
        String captions = a.captions().stream().map(Unit::text).collect(Collectors.joining("\n"));
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (boolean inHeadline : new boolean[] {true, false}) {
            String text = inHeadline ? headline : body;
            for (Places.Mention mention : places.mentions(text)) {
                Places.Resolved r = places.resolve(mention.chain(), context);
                String key = r.found() ? r.region().code() : "?" + mention.text();
                Tally t = tallies.computeIfAbsent(key, k -> new Tally(k, r));
                Places.glued(text, mention).ifPresent(g -> t.glued = t.glued == null ? g : t.glued);
                t.former = t.former == null ? mention.former() : t.former;
                t.score += inHeadline ? 10 : 1;
                if (mention.full()) {
                    (inHeadline ? t.headlineNames : t.names).add(mention.organization());
                }
            }
        }
        if (tallies.isEmpty()) {
            // no union named in the article: one named in its photo captions (兰州市总工会供图), or the site's own
            // name (欢迎访问青岛市总工会)
            for (Places.Mention mention : places.mentions(captions + "\n" + (site == null ? "" : site))) {
                Places.Resolved r = places.resolve(mention.chain(), context);
                Tally t = tallies.computeIfAbsent(r.found() ? r.region().code() : "?" + mention.text(), k -> new Tally(k, r));
                t.score += 1;
                if (mention.full()) {
                    t.names.add(mention.organization());
                }
            }
        }
        int top = tallies.values().stream().mapToInt(t -> t.score).max().orElse(0);
        Tally best = tallies.values().stream().filter(t -> t.score == top).findFirst().orElse(null);
        List<Flag> flags = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String organization = null;
        Region region = null;
        // an event of the whole country (全国职工职业技能大赛) is not placed by where it was held
        String lead = a.body().stream().filter(u -> u.kind() == Unit.Kind.PARA).findFirst().map(Unit::text).orElse("");
        boolean national = NATIONAL.matcher(headline + "\n" + lead).find();
        Optional<Places.Guess> guess = national ? Optional.empty() : places.guess(String.join("\n", headline, body, captions,
                site == null ? "" : site, info.source() == null ? "" : info.source()), unionLevel(headline + "\n" + body));
        if (best != null) {
            organization = organization(best);
            Places.Resolved r = best.resolved;
            if (r.found() && best.former != null) {
                flags.add(new Flag(Messages.FINDINGS.text(Messages.CHINESE, "import.place-renamed", best.former,
                        places.path(r.region())), a.first()));
            }
            if (r.found() && best.glued != null) {
                flags.add(new Flag("地名“" + best.glued + "”不在地区表里（也许是旧名或简称），取了其中的“"
                        + best.glued.substring(1) + "”（" + places.path(r.region()) + "）：请核对 region:", a.first()));
            }
            if (r.found()) {
                region = r.region();
                notes.add("地区：" + places.path(r.region()) + "（" + r.region().code() + "），依据"
                        + (organization != null ? "单位名称“" + organization + "”" : "标题中的地名")
                        + (r.how() != null ? "；同名地区不止一处，" + r.how() : ""));
            } else if (!r.candidates().isEmpty() && guess.isPresent() && r.candidates().stream()
                    .filter(c -> places.path(c).startsWith(places.path(guess.get().province()))).count() == 1) {
                // a name shared by several places (新城区), one of them in the province the text names most
                region = r.candidates().stream().filter(c -> places.path(c).startsWith(places.path(guess.get().province())))
                        .findFirst().get();
                flags.add(new Flag(Messages.FINDINGS.text(Messages.CHINESE, "import.place-shared-guessed", best.key.substring(1),
                        places.path(region), guess.get().evidence()), a.first()));
            } else if (!r.candidates().isEmpty()) {
                flags.add(new Flag("地名“" + best.key.substring(1) + "”不止一处（" + r.candidates().stream()
                        .map(c -> places.path(c) + " " + c.code()).collect(Collectors.joining("、"))
                        + "），原文没有写明上级地区：请填写 region:", a.first()));
            }
        }
        if (organization == null) {
            flags.add(new Flag("原文没有写明是哪个总工会的工作：请补上 organization:", a.first()));
        }
        if (region == null && (best == null || best.resolved.candidates().isEmpty())) {
            if (guess.isPresent()) {
                // no union named by its place: the place names of the text, the captions, the site and the source
                region = guess.get().region();
                flags.add(new Flag(Messages.FINDINGS.text(Messages.CHINESE, "import.place-guessed", places.path(region),
                        guess.get().evidence()), a.first()));
                notes.add(Messages.FINDINGS.text(Messages.CHINESE, "import.place-guessed.note", places.path(region), region.code(),
                        guess.get().evidence()));
            } else if (national) {
                flags.add(new Flag(Messages.FINDINGS.text(Messages.CHINESE, "import.place-national"), a.first()));
            } else {
                flags.add(new Flag("地区未能确定：原文没有以地名开头的工会名称，请填写 region:", a.first()));
            }
        }
        return new Placing(organization, region, flags, notes);
    }

    /** Words that make an article one of the whole country's (全国, 全总, 中华全国总工会). */
    private static final Pattern NATIONAL = Pattern.compile("全国|全总");

    /** The bare union bodies an article speaks of (市总工会, 我县): the level of the place it is about. */
    private static final Pattern PROVINCE_WORDS = Pattern.compile("省总|全省|我省");
    private static final Pattern PREFECTURE_WORDS = Pattern.compile("市总|全市|我市");
    // not 全区: in an autonomous region (内蒙古) it is the whole region
    private static final Pattern COUNTY_WORDS = Pattern.compile("[县区]总|全县|我县");

    /** The level the article's bare union words point to, the one said most; the province when none is said. */
    static Level unionLevel(String text) {
        long province = PROVINCE_WORDS.matcher(text).results().count();
        long prefecture = PREFECTURE_WORDS.matcher(text).results().count();
        long county = COUNTY_WORDS.matcher(text).results().count();
        if (county > prefecture && county > province) {
            return Level.COUNTY;
        }
        return prefecture > province ? Level.PREFECTURE : Level.PROVINCE;
    }

    /** The union body of the place: the first named in the headline, else the one named most (the longer of equals). */
    private static String organization(Tally best) {
        if (!best.headlineNames.isEmpty()) {
            return best.headlineNames.get(0);
        }
        if (best.names.isEmpty()) {
            return null;
        }
        Map<String, Long> counts = best.names.stream().collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max((x, y) -> x.getValue().equals(y.getValue())
                ? Integer.compare(x.getKey().length(), y.getKey().length()) : Long.compare(x.getValue(), y.getValue())).get().getKey();
    }

    private static String themesNote(List<Themes.Hit> hits, List<Themes.Hit> kept) {
        return "主题：" + (hits.isEmpty() ? "无（没有哪个主题词出现两次以上）"
                : kept.stream().map(h -> h.theme().name() + "（" + h.evidence() + "）").collect(Collectors.joining("、")))
                + (hits.size() > MAX_THEMES ? "；另有" + hits.subList(MAX_THEMES, hits.size()).stream()
                .map(h -> h.theme().name() + "（" + h.evidence() + "）").collect(Collectors.joining("、"))
                + "也符合规则，只取最突出的" + MAX_THEMES + "个" : "");
    }

    /** The source's name: the one the page gives, else its site (a site's name made to read as one: …网站). */
    private static String sourceName(PageInfo info) {
        String site = info.site();
        return info.source() != null ? info.source()
                : site == null ? null : site.matches(".*(网|网站|站|报|刊)$") ? site : site + "网站";
    }
}
