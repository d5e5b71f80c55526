package yearbook.render.view;

/** A heading of an article body, for its table of contents. */
public record HeadingView(int level, String text, String id) {
}
