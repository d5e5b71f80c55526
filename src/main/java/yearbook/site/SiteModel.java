package yearbook.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import yearbook.config.Settings;
import yearbook.config.VolumePart;
import yearbook.region.Level;
import yearbook.theme.Theme;

/**
 * The whole yearbook as the site shows it: every page placed at its address, the region tree, themes and
 * volumes. Immutable; built once by {@link SiteBuilder} and read by the renderers.
 *
 * @param pages   all published articles in site order (region code, year, weight, title in pinyin order)
 * @param regions top of the region tree: the provinces that have articles
 * @param assets  paths (inside content) of the files published beside the pages
 * @param related by article address: the articles related to it, best first (absent when there are none)
 * @param events  by region code: the chronicle entries about the region or a region below it, in date order
 * @param honoured by region code: the people and collectives honoured in the region or a region below it
 */
public record SiteModel(Settings settings, List<Page> pages, List<Volume> volumes, List<RegionNode> regions,
                        Map<String, RegionNode> regionsByCode, List<ThemeNode> themes, List<String> assets,
                        Map<String, Neighbours> neighbours, Map<String, List<Page>> related,
                        Map<String, String> redirects, Map<String, List<VolumeParts.Event>> events,
                        Map<String, List<VolumeParts.Honoured>> honoured) {

    /** The articles before and after one, among its region's own articles (null at either end). */
    public record Neighbours(Page previous, Page next) {
    }

    public SiteModel {
        pages = List.copyOf(pages);
        volumes = List.copyOf(volumes);
        regions = List.copyOf(regions);
        regionsByCode = Map.copyOf(regionsByCode);
        themes = List.copyOf(themes);
        assets = List.copyOf(assets);
        neighbours = Map.copyOf(neighbours);
        redirects = Collections.unmodifiableMap(new java.util.TreeMap<>(redirects));
        events = copied(events);
        honoured = copied(honoured);
        related = copied(related);
    }

    /**
     * A map of lists that cannot change, with the same entries: {@code map} itself when it is one already (so the
     * related articles of 100 000 pages are not copied again), else a copy.
     */
    private static <K, V> Map<K, List<V>> copied(Map<K, List<V>> map) {
        Map<K, List<V>> copy = Map.copyOf(map); // the same map when it cannot change
        if (copy.values().stream().allMatch(list -> List.copyOf(list) == list)) {
            return copy;
        }
        return copy.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    /** What the search finds besides the articles: the honour rolls, each as the text of its names. */
    public List<Page> searchExtras() {
        return volumes.stream().flatMap(v -> v.parts().honours().stream()).map(VolumeParts.Roll::page).toList();
    }

    /** Everything the site's search finds: the articles, then the honour rolls. */
    public List<Page> searched() {
        List<Page> extras = searchExtras();
        if (extras.isEmpty()) {
            return pages;
        }
        List<Page> all = new ArrayList<>(pages);
        all.addAll(extras);
        return all;
    }

    /**
     * How the volume's articles besides its 特载 and 附录 are arranged ({@link Arrangement}), by the themes of
     * {@code volume.parts} in the vocabulary's order and by region.
     */
    public Arrangement arrangement(Volume v) {
        List<Page> arranged = v.regional();
        boolean byRegion = settings.shows(VolumePart.REGIONS);
        if (!settings.shows(VolumePart.THEMES)) {
            return new Arrangement(List.of(), byRegion ? arranged : List.of());
        }
        List<Page> byTheme = byRegion ? arranged.stream().filter(p -> p.region().level() == Level.PROVINCE).toList() : arranged;
        Map<String, List<Page>> pagesOf = new LinkedHashMap<>();
        Map<String, Theme> named = new HashMap<>();
        List<Page> none = new ArrayList<>();
        for (Page p : byTheme) {
            List<Theme> t = p.article().themes();
            if (t.isEmpty()) {
                none.add(p);
            } else {
                pagesOf.computeIfAbsent(t.get(0).id(), k -> new ArrayList<>()).add(p);
                named.put(t.get(0).id(), t.get(0));
            }
        }
        List<Arrangement.ThemeGroup> groups = new ArrayList<>();
        for (ThemeNode t : themes) {
            List<Page> pages = pagesOf.remove(t.theme().id());
            if (pages != null) {
                groups.add(new Arrangement.ThemeGroup(t.theme(), pages));
            }
        }
        pagesOf.forEach((id, pages) -> groups.add(new Arrangement.ThemeGroup(named.get(id), pages)));
        if (!none.isEmpty()) {
            groups.add(new Arrangement.ThemeGroup(null, none));
        }
        List<Page> regional = List.of();
        if (byRegion) {
            Set<Page> themed = Collections.newSetFromMap(new IdentityHashMap<>());
            themed.addAll(byTheme);
            regional = arranged.stream().filter(p -> !themed.contains(p)).toList();
        }
        return new Arrangement(groups, regional);
    }

    /**
     * The parts of the volume's body that it has, in the order of {@code volume.parts}: {@link VolumeParts#present}
     * with its {@link #arrangement}.
     */
    public List<VolumePart> parts(Volume v) {
        Arrangement a = arrangement(v);
        return v.parts().present(settings.volumeParts(), !a.themes().isEmpty(), !a.regions().isEmpty());
    }

    /** The site's addresses, under the settings' base path. */
    public Urls urls() {
        return new Urls(settings.basePath());
    }

    public Optional<RegionNode> region(String code) {
        return Optional.ofNullable(regionsByCode.get(code));
    }

    /** The article before {@code page} among its region's own articles. */
    public Optional<Page> previous(Page page) {
        Neighbours n = neighbours.get(page.url());
        return Optional.ofNullable(n == null ? null : n.previous());
    }

    /** The article after {@code page} among its region's own articles. */
    public Optional<Page> next(Page page) {
        Neighbours n = neighbours.get(page.url());
        return Optional.ofNullable(n == null ? null : n.next());
    }

    /**
     * Up to five articles related to {@code page}: sharing a theme with it, from its own region first, then from
     * each region above it, then from anywhere; empty when it has no themes or no other article shares one.
     */
    public List<Page> related(Page page) {
        return related.getOrDefault(page.url(), List.of());
    }
}
