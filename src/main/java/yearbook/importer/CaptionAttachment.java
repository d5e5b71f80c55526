package yearbook.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import yearbook.importer.classify.Classifier;
import yearbook.importer.meta.Places;
import yearbook.importer.output.Outcome;
import yearbook.importer.page.Item;
import yearbook.importer.page.Page;
import yearbook.importer.page.Unit;

/**
 * Which article each photo caption of a page goes with. A caption printed inside an article stays with it when
 * short or about its place; any other caption goes to the first article whose organisation or place it names,
 * else, when short, to the article it directly follows. A caption no article takes is left out, with the reason.
 */
final class CaptionAttachment {
    private final Places places;

    CaptionAttachment(Places places) {
        this.places = places;
    }

    /**
     * The captions of each article (its texts in line order) and what the report lists: each caption attached to
     * an article found outside it, and each caption left out.
     */
    record Attached(Map<Item, List<String>> captions, List<Outcome.Left> left) {
        Attached {
            captions = Map.copyOf(captions);
            left = List.copyOf(left);
        }
    }

    /** Attaches the page's captions to its {@code articles} (in page order, with their metadata). */
    Attached attach(Page page, Map<Item, ArticleMeta> articles) {
        Map<Item, List<Unit>> attached = new LinkedHashMap<>();
        articles.keySet().forEach(a -> attached.put(a, new ArrayList<>()));
        List<Unit> loose = new ArrayList<>(page.looseCaptions());
        for (Item item : page.items()) {
            for (Unit c : item.captions()) {
                if (attached.containsKey(item) && (Classifier.shortCaption(c) || speaksOf(c, articles.get(item)))) {
                    attached.get(item).add(c);
                } else {
                    loose.add(c);
                }
            }
        }
        loose.sort((a, b) -> Integer.compare(a.first(), b.first()));
        List<Outcome.Left> left = new ArrayList<>();
        for (Unit c : loose) {
            Item home = home(page, articles, c);
            if (home != null) {
                attached.get(home).add(c);
                left.add(new Outcome.Left(c.first(), c.last(), Outcome.LeftKind.CAPTION, "“" + c.text() + "”",
                        "附入《" + home.title() + "》"));
            } else {
                Classifier.Verdict v = Classifier.caption(c);
                left.add(new Outcome.Left(c.first(), c.last(), v.kind() == Classifier.Kind.CAPTION
                        ? Outcome.LeftKind.PHOTO_NEWS : Outcome.LeftKind.of(v.kind()), "“" + c.text() + "”", v.reason()));
            }
        }
        Map<Item, List<String>> captions = new LinkedHashMap<>();
        attached.forEach((a, units) -> captions.put(a, units.stream()
                .sorted((x, y) -> Integer.compare(x.first(), y.first())).map(Unit::text).toList()));
        return new Attached(captions, left);
    }

    /** The article a caption outside every article belongs to, or null. */
    private Item home(Page page, Map<Item, ArticleMeta> articles, Unit c) {
        for (Map.Entry<Item, ArticleMeta> a : articles.entrySet()) {
            if (speaksOf(c, a.getValue())) {
                return a.getKey();
            }
        }
        return Classifier.shortCaption(c) ? articleBefore(page, articles, c) : null;
    }

    private boolean speaksOf(Unit caption, ArticleMeta m) {
        if (m == null) {
            return false;
        }
        if (m.organization() != null && caption.text().contains(m.organization())) {
            return true;
        }
        return m.region() != null && places.speaksOf(caption.text(), m.region());
    }

    /** The article a caption follows directly, with nothing but captions between them. */
    private static Item articleBefore(Page page, Map<Item, ArticleMeta> articles, Unit c) {
        Item before = null;
        for (Item i : page.items()) {
            if (i.first() <= c.first()) {
                before = i;
            }
        }
        return before != null && articles.containsKey(before) ? before : null;
    }
}
