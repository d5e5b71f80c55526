package yearbook.markdown;

/**
 * A heading of a rendered document.
 *
 * @param level 1 to 6
 * @param text  the heading's plain text (text and code, without markup)
 * @param id    the {@code id} attribute of the heading element: unique within the document, non-empty, without
 *              whitespace
 */
public record Heading(int level, String text, String id) {
}
