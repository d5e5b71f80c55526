package yearbook.markdown;

import java.util.List;
import java.util.Objects;

/**
 * The result of rendering one Markdown document.
 *
 * @param html     the HTML fragment
 * @param headings every heading, in document order
 * @param links    every link and image (including autolinks, not raw HTML), in document order
 */
public record RenderedMarkdown(String html, List<Heading> headings, List<Link> links) {

    /** Copies the lists, so the record is immutable. */
    public RenderedMarkdown {
        Objects.requireNonNull(html, "html");
        headings = List.copyOf(headings);
        links = List.copyOf(links);
    }
}
