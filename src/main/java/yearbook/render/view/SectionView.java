package yearbook.render.view;

import java.util.List;

/** A part of a volume: the articles of one province-level region (on one page); {@code anchor} its heading's id. */
public record SectionView(String title, String url, String anchor, List<ArticleItem> articles) {
    public SectionView {
        articles = List.copyOf(articles);
    }
}
