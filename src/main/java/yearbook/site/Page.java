package yearbook.site;

import java.util.List;
import java.util.function.Supplier;

import yearbook.content.Article;
import yearbook.history.LastChange;
import yearbook.markdown.Heading;
import yearbook.region.Region;

/**
 * An article placed in the site: its address, its region chain (province first) and its body rendered to
 * HTML ({@link #html}).
 *
 * @param url        the page's path on the site, with the base path, ending in '/': "/2019/wu-hai-shi/"
 * @param summary    the first words of the body as plain text, for listings and the feed
 * @param lastChange the last commit that changed the article's file, or null when unknown (no git, not
 *                   committed, or turned off with {@code gitInfo: false})
 * @param pictures   the pictures of the body whose file and size are known, in the order they are written
 * @param rendered   gives the rendered body: one held in memory, or one the build cache reads from its file when asked
 *                   (the HTML of a large archive is not all held at once)
 * @param htmlKey    a fingerprint of what {@code html} was rendered from (the markdown's fingerprint, the renderer's
 *                   mode and where each link and picture led), the same whenever {@code html} is; null when not known,
 *                   then {@code html} itself stands for it ({@link #htmlStamp})
 * @param articleKey a fingerprint of {@code article} taken when its file was read, which stands for it in the site
 *                   model's key; null when not known
 */
public record Page(Article article, String url, List<Region> chain, Supplier<String> rendered, List<Heading> headings,
                   String summary, LastChange lastChange, List<PagePicture> pictures, String htmlKey, String articleKey) {
    public Page {
        chain = List.copyOf(chain);
        headings = List.copyOf(headings);
        pictures = List.copyOf(pictures);
    }

    /** A page whose article's fingerprint is not known. */
    public Page(Article article, String url, List<Region> chain, Supplier<String> rendered, List<Heading> headings,
                String summary, LastChange lastChange, List<PagePicture> pictures, String htmlKey) {
        this(article, url, chain, rendered, headings, summary, lastChange, pictures, htmlKey, null);
    }

    /** A page whose body is held in memory, its fingerprint not known. */
    public Page(Article article, String url, List<Region> chain, String html, List<Heading> headings, String summary,
                LastChange lastChange, List<PagePicture> pictures) {
        this(article, url, chain, held(html), headings, summary, lastChange, pictures, null);
    }

    private static Supplier<String> held(String html) {
        java.util.Objects.requireNonNull(html, "html");
        return () -> html;
    }

    /** The body rendered to HTML. */
    public String html() {
        return rendered.get();
    }

    /** A page without pictures. */
    public Page(Article article, String url, List<Region> chain, String html, List<Heading> headings, String summary,
                LastChange lastChange) {
        this(article, url, chain, html, headings, summary, lastChange, List.of());
    }

    /**
     * What stands for the body in a fingerprint: {@link #htmlKey} when known (so that a large body is not read
     * through again to tell that it did not change), else the body itself.
     */
    public String htmlStamp() {
        return htmlKey != null ? "#rendered " + htmlKey : html();
    }

    public Region region() {
        return article.region();
    }
}
