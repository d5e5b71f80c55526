package yearbook.render.view;

import java.util.List;

/** An entry of the Atom feed; {@code updated} is an RFC 3339 date-time. */
public record FeedEntry(String title, String permalink, String updated, String summary, String html,
                        List<String> authors, List<String> categories) {
    public FeedEntry {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
    }
}
