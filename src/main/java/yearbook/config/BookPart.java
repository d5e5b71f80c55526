package yearbook.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The optional parts of a printed book besides its body, in print order (the body stands between the contents
 * and the indexes), each with the name {@code pdf.sections} in {@code yearbook.yaml} and the print template use.
 */
public enum BookPart {
    COVER("cover"), TITLE("title"), COLOPHON("colophon"), BOARD("board"), PREFACE("preface"), CONTENTS("contents"),
    SUBJECT_INDEX("subject-index"), PLACE_INDEX("place-index"),
    ORGANIZATION_INDEX("organization-index");

    private final String id;

    BookPart(String id) {
        this.id = id;
    }

    /** The name in the settings and in the template's {@code book.parts}. */
    public String id() {
        return id;
    }

    public static Optional<BookPart> of(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }

    /** Every part's name, in print order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(BookPart::id).toList();
    }
}
