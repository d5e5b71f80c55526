package yearbook.print;

import java.lang.reflect.Field;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;

/**
 * Gives a laid-out part the number of its first page. The renderer takes that number when it is built
 * ({@code useInitialPageNumber}) but uses it only when it draws, and laying out does not depend on it: set
 * after the layout, it lets the parts of a book be laid out at the same time, before the page counts of the
 * parts before them are known. The renderer offers no setter for it, so it is set on the renderer's field; when
 * a version of the renderer has no such field, {@link #settable()} says so and the parts are laid out one
 * after the other, each built with its number.
 */
final class FirstPageNumber {
    private static final Field FIELD = field();

    private FirstPageNumber() {
    }

    private static Field field() {
        try {
            Field f = PdfBoxRenderer.class.getDeclaredField("_initialPageNumber");
            if (f.getType() != int.class) {
                return null;
            }
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Whether the number can be given after the layout. */
    static boolean settable() {
        return FIELD != null;
    }

    static void set(PdfBoxRenderer renderer, int first) {
        try {
            FIELD.setInt(renderer, first);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
