package yearbook.markdown;

import org.commonmark.node.CustomBlock;

/** A picture alone in its paragraph, put in place of the paragraph: rendered as a figure with its caption. */
final class Figure extends CustomBlock {
    private final String caption;

    Figure(String caption) {
        this.caption = caption;
    }

    String caption() {
        return caption;
    }
}
