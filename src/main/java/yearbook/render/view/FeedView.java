package yearbook.render.view;

import java.util.List;

/** The Atom feed ({@code feed} in atom.ftlx): the latest articles by publication date. */
public record FeedView(String id, String permalink, String updated, List<FeedEntry> entries) {
    public FeedView {
        entries = List.copyOf(entries);
    }
}
