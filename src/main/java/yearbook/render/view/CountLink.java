package yearbook.render.view;

/** A link with the number of articles behind it. */
public record CountLink(String title, String url, int count) {
}
