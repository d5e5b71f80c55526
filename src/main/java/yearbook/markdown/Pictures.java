package yearbook.markdown;

import java.util.List;

/**
 * What the site knows of the pictures of a document, asked while rendering it: each picture's size in pixels and
 * its smaller copies, so that the page reserves its place ({@code width}, {@code height}) and a narrow screen loads
 * a smaller file ({@code srcset}). With pictures known, a picture alone in its paragraph becomes a {@code <figure>}
 * with its caption. {@link #NONE} renders pictures as plain CommonMark does.
 */
@FunctionalInterface
public interface Pictures {

    /** Knows no picture: images are rendered as CommonMark renders them, and never as figures. */
    Pictures NONE = destination -> null;

    /**
     * The picture at a destination, as written in the source.
     *
     * @return its size and smaller copies, or null when the size is not known
     */
    Shown shown(String destination);

    /**
     * A smaller copy of a picture.
     *
     * @param url   its address on the site
     * @param width its width in pixels
     */
    record Copy(String url, int width) {
    }

    /**
     * A picture as the site shows it.
     *
     * @param width   its width in pixels
     * @param height  its height in pixels
     * @param smaller its smaller copies, narrowest first (empty when it is narrow enough as it is)
     */
    record Shown(int width, int height, List<Copy> smaller) {
        public Shown {
            smaller = List.copyOf(smaller);
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("a picture has a size: " + width + " × " + height);
            }
        }
    }
}
