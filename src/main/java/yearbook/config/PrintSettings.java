package yearbook.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How the print yearbook (PDF) is made, from the {@code pdf:} group of {@code yearbook.yaml}
 * ({@link PrintSettingsReader}).
 *
 * @param enabled     whether {@code build} makes PDFs at all
 * @param paper       the page size
 * @param margins     top, bottom, inside (binding) and outside margins in millimetres
 * @param parts       the parts printed besides the body
 * @param perProvince whether each province-level region also gets its own PDF
 * @param fonts       font files replacing the built-in ones, by role, relative to the templates folder
 * @param columns     how the body and the indexes are set: in one column or two
 * @param strokeIndex whether the indexes are sorted by strokes (笔画) and filed by stroke count, instead of by
 *                    pinyin and filed by initial letter
 * @param romanFront  whether the front matter's pages (编辑说明, 目录) print roman page numbers; when false they
 *                    print none. The body starts again at 1 either way.
 */
public record PrintSettings(boolean enabled, Paper paper, Margins margins, Set<BookPart> parts, boolean perProvince,
                            Map<FontRole, String> fonts, Columns columns, boolean romanFront, boolean strokeIndex) {

    public record Margins(int top, int bottom, int inside, int outside) {
    }

    /**
     * The body's columns (双栏 by default, as Chinese yearbooks set it).
     *
     * @param count 1 or 2
     * @param gap   the space between them in millimetres
     * @param rule  whether a thin rule is drawn between them
     */
    public record Columns(int count, int gap, boolean rule) {
    }

    public static PrintSettings defaults() {
        return new PrintSettings(true, Paper.A4, new Margins(25, 25, 22, 18), EnumSet.allOf(BookPart.class), true,
                Map.of(), new Columns(2, 7, false), true, false);
    }

    public PrintSettings {
        EnumSet<BookPart> p = EnumSet.noneOf(BookPart.class);
        p.addAll(parts);
        parts = Collections.unmodifiableSet(p);
        EnumMap<FontRole, String> f = new EnumMap<>(FontRole.class);
        f.putAll(fonts);
        fonts = Collections.unmodifiableMap(f);
    }

    public boolean has(BookPart part) {
        return parts.contains(part);
    }

    /** Page width in millimetres. */
    public int width() {
        return paper.width();
    }

    /** Page height in millimetres. */
    public int height() {
        return paper.height();
    }
}
