package yearbook.markdown;

/**
 * A picture of a rendered document ({@code ![alt](destination "title")}).
 *
 * @param destination the destination as written in the source (as parsed, before any {@link LinkResolver})
 * @param line        the 1-based source line it starts on
 * @param alt         its alternative text, trimmed; empty when none is written
 * @param figure      whether it stands alone in its paragraph, and is shown as a figure with a caption
 */
public record Picture(String destination, int line, String alt, boolean figure) {
}
