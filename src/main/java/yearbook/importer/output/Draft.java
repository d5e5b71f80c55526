package yearbook.importer.output;

import java.time.LocalDate;
import java.util.List;

import yearbook.importer.review.Flag;

/**
 * An article as the import makes it, before it is written: front matter values (null when unknown), the body in
 * markdown, the photo captions to go with it, the editor's flags, and where it came from ({@code origin}, shown in
 * the file and the report). {@code path} is the file inside the content folder.
 */
public record Draft(String path, String title, String subtitle, String kicker, String organization, String region,
                    int year, LocalDate date, List<String> themes, List<String> authors, String sourceName,
                    LocalDate sourceDate, String sourcePage, String section, String body, List<String> captions, List<Flag> flags,
                    String origin) {
    public Draft {
        themes = List.copyOf(themes);
        authors = List.copyOf(authors);
        captions = List.copyOf(captions);
        flags = List.copyOf(flags);
    }

    /** The same draft, to be written to {@code file}. */
    public Draft withPath(String file) {
        return new Draft(file, title, subtitle, kicker, organization, region, year, date, themes, authors, sourceName,
                sourceDate, sourcePage, section, body, captions, flags, origin);
    }
}
