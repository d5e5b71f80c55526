package yearbook.site;

import java.util.List;

/** One volume of the yearbook: named by its publication year, holding the articles assigned to it. */
public record Volume(int number, String name, String url, List<Page> articles) {
    public Volume {
        articles = List.copyOf(articles);
    }
}
