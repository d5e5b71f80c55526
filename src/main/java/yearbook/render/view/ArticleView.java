package yearbook.render.view;

import java.util.List;

/**
 * An article page ({@code article} in article.ftlh).
 *
 * @param chain    the region chain, province first, for breadcrumbs
 * @param html     the rendered body (already safe HTML; print it with {@code ?no_esc})
 * @param previous the article before this one in its region, or null
 * @param next     the article after this one in its region, or null
 * @param related  up to five articles sharing a theme with this one, nearest region first (相关条目)
 * @param lastChanged   the date of the last commit that changed the article's file, "2019-01-05", or null
 *                      when unknown (the content is not a git checkout, or the file was never committed)
 * @param lastChangedBy that commit's author, or null when unknown
 */
public record ArticleView(String title, String subtitle, String kicker, String organization, List<LinkView> chain,
                          int year, LinkView volume, String date, List<String> authors, SourceView source,
                          List<LinkView> themes, String category, String html, List<HeadingView> headings,
                          LinkView previous, LinkView next, List<ArticleItem> related,
                          String lastChanged, String lastChangedBy) {
    public ArticleView {
        related = List.copyOf(related);
        chain = List.copyOf(chain);
        authors = List.copyOf(authors);
        themes = List.copyOf(themes);
        headings = List.copyOf(headings);
    }
}
