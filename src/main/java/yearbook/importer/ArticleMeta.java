package yearbook.importer;

import java.time.LocalDate;
import java.util.List;

import yearbook.importer.meta.Years;
import yearbook.importer.review.Flag;
import yearbook.region.Region;

/**
 * What the import found out about one article ({@link MetaInference}): any value may be null when the page does
 * not tell it. {@code flags} are the doubts to put before the editor, {@code notes} say how the values were found.
 */
record ArticleMeta(String title, String kicker, String organization, Region region, Years.Guess year, LocalDate date,
                   List<String> themes, List<String> authors, String sourceName, List<Flag> flags, List<String> notes) {
    ArticleMeta {
        themes = List.copyOf(themes);
        authors = List.copyOf(authors);
        flags = List.copyOf(flags);
        notes = List.copyOf(notes);
    }
}
