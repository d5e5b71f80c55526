package yearbook.render.view;

import java.util.List;

/** Articles covering one year. */
public record YearGroup(int year, List<ArticleItem> articles) {
    public YearGroup {
        articles = List.copyOf(articles);
    }
}
