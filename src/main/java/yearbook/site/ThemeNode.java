package yearbook.site;

import java.util.List;

import yearbook.theme.Theme;

/** A theme with the articles that carry it, in site order (themes without articles are kept, with none). */
public record ThemeNode(Theme theme, String url, List<Page> articles) {
    public ThemeNode {
        articles = List.copyOf(articles);
    }
}
