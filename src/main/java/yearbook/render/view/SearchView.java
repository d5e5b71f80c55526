package yearbook.render.view;

import java.util.List;

/**
 * The search page ({@code search} in search.ftlh): the choices of its filters. Lower region levels are
 * filled in by search.js from the index.
 *
 * @param provinces provinces with articles: value is the region code
 * @param themes    themes with articles: value is the theme id
 * @param volumes   volumes: value is the volume number
 */
public record SearchView(List<Option> provinces, List<Option> themes, List<Option> volumes) {
    public SearchView {
        provinces = List.copyOf(provinces);
        themes = List.copyOf(themes);
        volumes = List.copyOf(volumes);
    }

    /** One choice of a filter, with the number of articles it has. */
    public record Option(String value, String label, int count) {
    }
}
