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
 */
public record PrintSettings(boolean enabled, Paper paper, Margins margins, Set<BookPart> parts, boolean perProvince,
                            Map<FontRole, String> fonts) {

    public record Margins(int top, int bottom, int inside, int outside) {
    }

    public static PrintSettings defaults() {
        return new PrintSettings(true, Paper.A4, new Margins(25, 25, 22, 18), EnumSet.allOf(BookPart.class), true,
                Map.of());
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
