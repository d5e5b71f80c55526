package yearbook.markdown;

/**
 * Rewrites link and image destinations while rendering, e.g. {@code ../other.md#x} into the URL of the page
 * that article is published at. Called once per link or image, in document order, from the rendering thread.
 */
@FunctionalInterface
public interface LinkResolver {

    /** Leaves every destination as written. */
    LinkResolver IDENTITY = destination -> destination;

    /**
     * Returns the destination to emit for a link or image.
     *
     * @param destination the destination as parsed (backslash escapes and entities already resolved), never null
     * @return the destination to emit; return the argument to leave it unchanged; never null
     */
    String resolve(String destination);
}
