package yearbook.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The last commit that changed a file.
 *
 * @param date   the commit's author date, in the offset the author committed in
 * @param author the author's name as the commit records it
 */
public record LastChange(LocalDate date, String author) {
    public LastChange {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(author, "author");
    }
}
