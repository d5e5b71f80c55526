package yearbook.render.view;

/** A link: text and address. */
public record LinkView(String title, String url) {
}
