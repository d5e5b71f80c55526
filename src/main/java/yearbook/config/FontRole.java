package yearbook.config;

import java.util.Arrays;
import java.util.List;

/** What a print font is for, with its name under {@code pdf.fonts} in {@code yearbook.yaml}. */
public enum FontRole {
    /** Body text: a Song face. */
    SERIF("serif"),
    /** Headings: a Hei face. */
    SANS("sans"),
    /** Bold headings, bold and emphasis: a bold Hei face. */
    SANS_BOLD("sansBold");

    private final String id;

    FontRole(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Every role's name, in this order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(FontRole::id).toList();
    }
}
