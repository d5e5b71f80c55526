package yearbook.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import yearbook.chronicle.ChronicleEntry;
import yearbook.config.Settings;
import yearbook.config.VolumePart;
import yearbook.content.Article;
import yearbook.content.ContentLoader.Content;
import yearbook.content.Part;
import yearbook.diag.Diagnostics;
import yearbook.diag.Msg;
import yearbook.honours.HonourRoll;
import yearbook.plates.Plate;
import yearbook.region.Region;
import yearbook.region.RegionCatalog;
import yearbook.statistics.StatTable;

/**
 * Gathers each volume's articles and places its other parts: 特载 and 附录 from the articles' {@code part}, the
 * chronicle's entries (with the articles they refer to), the honour rolls and the statistics tables at their
 * addresses. A volume exists when it has any of these. The chronicle entries and the honoured are also filed
 * under their region and every region above it, for the region pages.
 */
final class VolumePlacer {
    private final Settings settings;
    private final Urls urls;
    private final RegionCatalog regions;
    private final Diagnostics diagnostics;

    VolumePlacer(Settings settings, Urls urls, RegionCatalog regions, Diagnostics diagnostics) {
        this.settings = settings;
        this.urls = urls;
        this.regions = regions;
        this.diagnostics = diagnostics;
    }

    List<Volume> volumes(List<Page> pages, PartSources parts, Content content,
                         Map<String, List<VolumeParts.Event>> events, Map<String, List<VolumeParts.Honoured>> honoured) {
        Map<Integer, List<Page>> byVolume = new TreeMap<>();
        Map<String, Page> byPath = new HashMap<>();
        for (Page p : pages) {
            byVolume.computeIfAbsent(p.article().volume(), k -> new ArrayList<>()).add(p);
            byPath.put(p.article().path(), p);
        }
        Set<String> written = new HashSet<>(content.unread());
        content.articles().forEach(a -> written.add(a.path()));
        // the parts volume.parts shows; the others are read (and checked) but not placed
        List<ChronicleEntry> chronicle = shown(VolumePart.CHRONICLE, parts.chronicle()).stream()
                .filter(e -> settings.drafts() || !e.draft()).toList();
        List<HonourRoll> honours = shown(VolumePart.HONOURS, parts.honours());
        List<StatTable> statistics = shown(VolumePart.STATISTICS, parts.statistics());
        List<Plate> plates = shown(VolumePart.PICTURES, parts.plates());
        TreeSet<Integer> numbers = new TreeSet<>(byVolume.keySet());
        chronicle.forEach(e -> numbers.add(e.volume()));
        honours.forEach(r -> numbers.add(r.volume()));
        statistics.forEach(t -> numbers.add(t.volume()));
        plates.forEach(p -> numbers.add(p.volume()));
        List<Volume> out = new ArrayList<>();
        for (int n : numbers) {
            List<Page> articles = byVolume.getOrDefault(n, List.of());
            List<Page> special = shown(VolumePart.SPECIAL, articles).stream().filter(p -> p.article().part() == Part.SPECIAL).toList();
            List<Page> appendix = shown(VolumePart.APPENDIX, articles).stream().filter(p -> p.article().part() == Part.APPENDIX).toList();
            List<VolumeParts.Event> volumeEvents = new ArrayList<>();
            for (ChronicleEntry e : chronicle) {
                if (e.volume() == n) {
                    volumeEvents.add(event(e, byPath, written, events));
                }
            }
            List<VolumeParts.Roll> rolls = new ArrayList<>();
            for (HonourRoll r : honours) {
                if (r.volume() == n) {
                    VolumeParts.Roll roll = roll(r);
                    rolls.add(roll);
                    for (HonourRoll.Honouree who : r.entries()) {
                        fileUnder(who.region(), honoured, new VolumeParts.Honoured(roll, who));
                    }
                }
            }
            List<VolumeParts.Table> tables = statistics.stream().filter(t -> t.volume() == n)
                    .map(t -> new VolumeParts.Table(t, urls.statTable(n, t.slug()))).toList();
            List<Plate> volumePlates = plates.stream().filter(p -> p.volume() == n).toList();
            VolumeParts vp = new VolumeParts(special, appendix, volumeEvents.isEmpty() ? null : urls.chronicle(n),
                    volumeEvents, rolls, tables, volumePlates.isEmpty() ? null : urls.pictures(n), volumePlates);
            out.add(new Volume(n, settings.volumeName(n), urls.volume(n), articles, vp));
        }
        return out;
    }

    /** {@code items} when the settings show {@code part}, else none. */
    private <T> List<T> shown(VolumePart part, List<T> items) {
        return settings.shows(part) ? items : List.of();
    }

    private VolumeParts.Event event(ChronicleEntry e, Map<String, Page> byPath, Set<String> written,
                                    Map<String, List<VolumeParts.Event>> events) {
        Page article = null;
        if (e.article() != null) {
            article = byPath.get(e.article());
            if (article == null && !written.contains(e.article())) {
                diagnostics.error(e.file(), e.articleLine(), Msg.of("chronicle.unknown-article", e.article()));
            }
        }
        int covered = settings.coveredYear(e.volume());
        if (e.month().getYear() != covered) {
            diagnostics.warning(e.file(), e.line(), Msg.of("chronicle.outside-year", e.isoDate(), covered, e.volume()));
        }
        VolumeParts.Event event = new VolumeParts.Event(e, article);
        fileUnder(e.region(), events, event);
        return event;
    }

    private <T> void fileUnder(Region region, Map<String, List<T>> byRegion, T item) {
        if (region == null) {
            return;
        }
        for (Region r : regions.chain(region)) {
            byRegion.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(item);
        }
    }

    /**
     * A roll at its address, with what the search finds of it: its title, who gave it, and each name with unit,
     * post and region. Its region is the one its honoured share (the deepest region above all of them), if any.
     */
    private VolumeParts.Roll roll(HonourRoll r) {
        String url = urls.honourRoll(r.volume(), r.slug());
        List<Region> common = null;
        StringBuilder html = new StringBuilder();
        for (HonourRoll.Honouree who : r.entries()) {
            List<Region> chain = who.region() == null ? List.of() : regions.chain(who.region());
            if (common == null) {
                common = new ArrayList<>(chain);
            } else {
                int i = 0;
                while (i < common.size() && i < chain.size() && common.get(i).code().equals(chain.get(i).code())) {
                    i++;
                }
                common = new ArrayList<>(common.subList(0, i));
            }
            html.append("<p>").append(escape(who.name()));
            for (String s : new String[] {who.unit(), who.post(), who.region() == null ? null : who.region().name()}) {
                if (s != null) {
                    html.append("，").append(escape(s));
                }
            }
            html.append("</p>");
        }
        Region region = common == null || common.isEmpty() ? null : common.get(common.size() - 1);
        int covered = settings.coveredYear(r.volume());
        Article a = new Article(r.file(), yearbook.honours.HonourReader.FOLDER + "/" + r.file().getFileName(), r.title(), null, "先进名录", r.awardedBy(), region,
                r.year() > 0 ? r.year() : covered, null, r.volume(), List.of(), List.of(), null, null, null, false, 0,
                "", 1, List.of(), Part.REGIONAL);
        String summary = r.entries().stream().limit(8).map(HonourRoll.Honouree::name).reduce((x, y) -> x + "、" + y).orElse("");
        Page page = new Page(a, url, common == null ? List.of() : common, html.toString(), List.of(), summary, null);
        return new VolumeParts.Roll(r, url, page);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
