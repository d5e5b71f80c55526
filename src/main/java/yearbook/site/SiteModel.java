package yearbook.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import yearbook.config.Settings;

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
        redirects = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(redirects));
        events = events.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        honoured = honoured.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        related = related.entrySet().stream()
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
        List<Page> all = new java.util.ArrayList<>(pages);
        all.addAll(extras);
        return all;
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
