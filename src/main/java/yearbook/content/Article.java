package yearbook.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import yearbook.region.Region;
import yearbook.theme.Theme;

/**
 * One yearbook entry (条目) as the editor wrote it: front matter resolved and checked, body still markdown.
 *
 * @param file      the source file
 * @param path      the file's path inside the content folder, with '/' separators
 * @param year      the year the article covers
 * @param date      publication date, or null when unknown
 * @param volume    the volume (publication year) the article belongs to
 * @param slug      the front matter's explicit slug, or null to derive one from the title
 * @param body      the markdown after the front matter
 * @param bodyLine  the file line on which {@code body} starts (1-based)
 * @param aliases   earlier addresses of the article, site paths such as {@code 2019/old-name/}: each becomes a
 *                  page that sends the reader on to the article
 * @param part      where the article stands in its volume: with its region, as 特载 or in the 附录
 */
public record Article(Path file, String path, String title, String subtitle, String kicker, String organization,
                      Region region, int year, LocalDate date, int volume, List<Theme> themes, List<String> authors,
                      Source source, String category, String slug, boolean draft, int weight,
                      String body, int bodyLine, List<String> aliases, Part part) {
    public Article {
        part = part == null ? Part.REGIONAL : part;
        themes = List.copyOf(themes);
        authors = List.copyOf(authors);
        aliases = List.copyOf(aliases);
    }

    /** A regional article. */
    public Article(Path file, String path, String title, String subtitle, String kicker, String organization,
                   Region region, int year, LocalDate date, int volume, List<Theme> themes, List<String> authors,
                   Source source, String category, String slug, boolean draft, int weight, String body, int bodyLine,
                   List<String> aliases) {
        this(file, path, title, subtitle, kicker, organization, region, year, date, volume, themes, authors, source,
                category, slug, draft, weight, body, bodyLine, aliases, Part.REGIONAL);
    }

    /** A regional article without {@code aliases}. */
    public Article(Path file, String path, String title, String subtitle, String kicker, String organization,
                   Region region, int year, LocalDate date, int volume, List<Theme> themes, List<String> authors,
                   Source source, String category, String slug, boolean draft, int weight, String body, int bodyLine) {
        this(file, path, title, subtitle, kicker, organization, region, year, date, volume, themes, authors, source,
                category, slug, draft, weight, body, bodyLine, List.of());
    }

    /**
     * The article without its markdown (null): as a page keeps it once its body is rendered (the site and the books
     * use the rendered body, and a large archive's markdown is as large as its rendered bodies), and as a build's
     * cache keeps it, the markdown being read again only when it must be rendered again.
     */
    public Article withoutBody() {
        return new Article(file, path, title, subtitle, kicker, organization, region, year, date, volume, themes, authors,
                source, category, slug, draft, weight, null, bodyLine, aliases, part);
    }
}
