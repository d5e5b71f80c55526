package yearbook.markdown;

import java.util.List;
import java.util.Objects;

/**
 * The result of rendering one Markdown document.
 *
 * @param html     the HTML fragment
 * @param headings every heading, in document order
 * @param links    every link and image (including autolinks, not raw HTML), in document order, except those
 *                 whose address was left out as unsafe
 * @param removed  what was left out of the HTML because it could run in a reader's browser, by line
 * @param pictures every picture whose address was kept, in document order
 */
public record RenderedMarkdown(String html, List<Heading> headings, List<Link> links, List<Removed> removed,
                               List<Picture> pictures) {

    /** Copies the lists, so the record is immutable. */
    public RenderedMarkdown {
        Objects.requireNonNull(html, "html");
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        removed = List.copyOf(removed);
        pictures = List.copyOf(pictures);
    }

    /** A document without pictures. */
    public RenderedMarkdown(String html, List<Heading> headings, List<Link> links, List<Removed> removed) {
        this(html, headings, links, removed, List.of());
    }
}
