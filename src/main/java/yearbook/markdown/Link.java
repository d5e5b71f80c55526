package yearbook.markdown;

/**
 * A link or image of a rendered document.
 *
 * @param destination the destination as written in the source (as parsed, before any {@link LinkResolver});
 *                    for reference links, the destination of the definition
 * @param image       whether this is an image rather than a link
 * @param line        the 1-based source line the link or image starts on
 */
public record Link(String destination, boolean image, int line) {
}
