package yearbook.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import yearbook.config.Project;
import yearbook.importer.classify.Classifier;
import yearbook.importer.decode.Decoder;
import yearbook.importer.formats.Source;
import yearbook.importer.meta.Places;
import yearbook.importer.output.Draft;
import yearbook.importer.output.Outcome;
import yearbook.importer.page.Item;
import yearbook.importer.page.Page;
import yearbook.importer.page.PageParser;
import yearbook.importer.repair.Chars;
import yearbook.importer.review.Damage;
import yearbook.importer.review.Flag;

/**
 * One decoded page made into article drafts: read into items, the items sorted into articles and what is left
 * out, each article given its metadata ({@link MetaInference}) and captions ({@link CaptionAttachment}), and
 * everything the editor must check flagged.
 */
final class PageImport {
    private final Places places;
    private final yearbook.config.Settings settings;
    private final Damage damage;
    private final MetaInference meta;
    private final CaptionAttachment captions;

    PageImport(Project project) {
        this.places = new Places(project.regions());
        this.settings = project.settings();
        this.damage = new Damage(project.themes());
        this.meta = new MetaInference(project, places);
        this.captions = new CaptionAttachment(places);
    }

    PreparedPage prepare(String file, Source source) {
        Decoder.Decoded decoded = source.decoded();
        Page page = PageParser.parse(decoded.text());
        List<Outcome.Left> left = new ArrayList<>();
        List<Item> articles = new ArrayList<>();
        List<Item> shortNews = new ArrayList<>();
        for (Item item : page.items()) {
            Classifier.Verdict v = Classifier.item(item);
            if (v.kind() == Classifier.Kind.ARTICLE) {
                articles.add(item);
            } else {
                if (v.kind() == Classifier.Kind.SHORT_NEWS) {
                    shortNews.add(item);
                }
                left.add(new Outcome.Left(item.first(), item.last(), Outcome.LeftKind.of(v.kind()), describe(item), v.reason()));
            }
        }
        Map<Item, ArticleMeta> metas = new LinkedHashMap<>();
        for (Item a : articles) {
            metas.put(a, meta.infer(a, page, source));
        }
        CaptionAttachment.Attached attached = captions.attach(page, metas);
        left.addAll(attached.left());
        left.sort((a, b) -> Integer.compare(a.first(), b.first()));
        List<ArticleDraft> drafts = new ArrayList<>();
        Embeds embeds = new Embeds(source);
        for (Item a : articles) {
            drafts.add(draft(file, decoded, page, a, metas.get(a), attached.captions().get(a), embeds));
        }
        // the photo news: a union caption no article took, as the report lists it (“…”)
        List<String> photoNews = attached.left().stream().filter(l -> l.kind() == Outcome.LeftKind.PHOTO_NEWS)
                .map(l -> l.what().replaceAll("^“|”$", "")).toList();
        ChronicleCandidates.Found chronicle = ChronicleCandidates.of(page, shortNews, photoNews,
                metas.values().stream().map(m -> m.year().year()).toList(), places, settings);
        List<String> notes = new ArrayList<>(embeds.notes());
        if (chronicle.undated() > 0) {
            notes.add(yearbook.diag.Messages.FINDINGS.text(yearbook.diag.Messages.CHINESE, "import.chronicle.undated", chronicle.undated()));
        }
        return new PreparedPage(file, source.withNotes(notes), page, drafts, left, chronicle.candidates());
    }

    private ArticleDraft draft(String file, Decoder.Decoded decoded, Page page, Item a, ArticleMeta m, List<String> captions,
                               Embeds embeds) {
        List<Flag> flags = new ArrayList<>(m.flags());
        flags.addAll(damage.check(a.body(), m.year().year()));
        for (Page.Join j : page.joins()) {
            if (j.line() >= a.first() && j.line() <= a.last() && Damage.suspiciousJoin(j.after())) {
                flags.add(new Flag("跨栏/跨页接回的段落（“" + j.before() + "”接“" + j.after() + "”）：接口处可能丢了文字", j.line()));
            }
        }
        if (decoded.traditionalConverted() > 0) {
            flags.add(new Flag("原文是繁体字，已转为简体（" + decoded.traditionalConverted() + "字），请核对人名、地名", 0));
        }
        flags.sort((x, y) -> Integer.compare(x.line(), y.line()));
        String origin = file + "，第" + a.index() + "篇，原文第" + a.first() + "–" + a.last() + "行";
        Embeds.Body body = embeds.body(a.body(), m.title());
        Draft draft = new Draft(null, m.title(), a.subtitle(), m.kicker(), m.organization(),
                m.region() == null ? null : places.path(m.region()), m.year().year(), m.date(), m.themes(), m.authors(),
                m.sourceName(), m.sourceName() != null ? m.date() : null, page.info().page(), page.info().section(),
                body.markdown(), captions, flags, origin);
        return new ArticleDraft(draft, m.notes(), m.region(), body.images());
    }

    private static String describe(Item item) {
        String t = item.title() != null ? "《" + item.title() + "》" : "“" + Chars.head(item.text().strip().replace('\n', ' '), 20) + "”";
        return t + "（" + item.size() + "字）";
    }
}
