package yearbook.render.view;

import java.util.List;

/** A part of a volume: the articles of one province-level region. */
public record SectionView(String title, String url, List<ArticleItem> articles) {
    public SectionView {
        articles = List.copyOf(articles);
    }
}
