package yearbook.content;

import java.time.LocalDate;

/** Where an article was first published; every part may be unknown (null). */
public record Source(String name, String url, String page, LocalDate date) {
    public boolean isEmpty() {
        return name == null && url == null && page == null && date == null;
    }
}
