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

    /** The articles of its regional sections: neither 特载 nor 附录. */
    public List<Page> regional() {
        if (parts.special().isEmpty() && parts.appendix().isEmpty()) {
            return articles;
        }
        return articles.stream().filter(p -> p.article().part() == yearbook.content.Part.REGIONAL).toList();
    }
}
