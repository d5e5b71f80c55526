package yearbook.config;

import java.util.List;
import java.util.Map;

/**
 * How the print yearbook (PDF) is made, from the {@code pdf:} group of {@code yearbook.yaml}.
 *
 * @param enabled     whether {@code build} makes PDFs at all
 * @param width       page width in millimetres
 * @param height      page height in millimetres
 * @param margins     top, bottom, inside (binding) and outside margins in millimetres
 * @param sections    the parts printed besides the body, in the order of {@link #SECTIONS}
 * @param perProvince whether each province-level region also gets its own PDF
 * @param fonts       font files replacing the built-in ones, by role ({@link #FONT_ROLES}), relative to the
 *                    templates folder
 */
public record PrintSettings(boolean enabled, int width, int height, Margins margins,
                            List<String> sections, boolean perProvince, Map<String, String> fonts) {

    /** The optional parts of the book, in print order (the body stands between contents and the indexes). */
    public static final List<String> SECTIONS = List.of("cover", "title", "preface", "contents", "subject-index",
            "place-index");
    /** Font roles: body text (a Song face), headings (a Hei face) and bold headings. */
    public static final List<String> FONT_ROLES = List.of("serif", "sans", "sansBold");
    /** Paper sizes by name, width × height in millimetres. */
    public static final Map<String, int[]> PAPERS = Map.of("A4", new int[] {210, 297}, "A5", new int[] {148, 210},
            "B5", new int[] {176, 250}, "16K", new int[] {185, 260}, "大16K", new int[] {210, 285});

    public record Margins(int top, int bottom, int inside, int outside) {
    }

    public static PrintSettings defaults() {
        return new PrintSettings(true, 210, 297, new Margins(25, 25, 22, 18), SECTIONS, true, Map.of());
    }

    public PrintSettings {
        sections = List.copyOf(sections);
        fonts = Map.copyOf(fonts);
    }

    public boolean has(String section) {
        return sections.contains(section);
    }
}
