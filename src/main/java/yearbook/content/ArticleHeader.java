package yearbook.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The front matter of an article about to be written: null (or 0 for {@code year}) where a value is unknown, and
 * then left out of the file, unless {@code unsettled} has a comment for that field: then the field is written
 * empty with the comment after it ({@code region:   # flag: …}), for the editor to fill in.
 *
 * @param unsettled comments by field name ({@link ArticleFields}), each a whole YAML comment starting with '#'
 */
public record ArticleHeader(String title, String subtitle, String kicker, String organization, String region,
                            int year, LocalDate date, List<String> themes, List<String> authors, String sourceName,
                            String sourcePage, LocalDate sourceDate, Map<String, String> unsettled) {
    public ArticleHeader {
        themes = List.copyOf(themes);
        authors = List.copyOf(authors);
        unsettled = Map.copyOf(unsettled);
    }

    /** The fields every article needs, and nothing more: what {@code yearbook new} writes. */
    public static ArticleHeader required(String title, String organization, String region, int year, List<String> themes) {
        return new ArticleHeader(title, null, null, organization, region, year, null, themes, List.of(), null, null, null,
                Map.of());
    }
}
