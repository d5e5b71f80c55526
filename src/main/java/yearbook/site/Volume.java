package yearbook.site;

import java.util.List;

/**
 * One volume of the yearbook: named by its publication year, holding the articles assigned to it (all of them,
 * also those of its 特载 and 附录) and its other parts.
 */
public record Volume(int number, String name, String url, List<Page> articles, VolumeParts parts) {
    public Volume {
        articles = List.copyOf(articles);
        parts = parts == null ? VolumeParts.NONE : parts;
    }

    public Volume(int number, String name, String url, List<Page> articles) {
        this(number, name, url, articles, VolumeParts.NONE);
    }

    /** The articles arranged by region or theme: those neither in its 特载 nor in its 附录. */
    public List<Page> regional() {
        if (parts.special().isEmpty() && parts.appendix().isEmpty()) {
            return articles;
        }
        java.util.Set<Page> apart = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        apart.addAll(parts.special());
        apart.addAll(parts.appendix());
        return articles.stream().filter(p -> !apart.contains(p)).toList();
    }
}
