package yearbook.importer.page;

import java.time.LocalDate;
import java.util.List;

/**
 * One item of a page, as the page laid it out: its headline parts (any may be null), the writers named in its
 * bylines, its body (paragraphs and headings, repaired), the photo captions that stood inside it, and the lines
 * it spans. {@code label} is a column name printed over it (有话直说, 摄影报道); {@code news} says that it opened
 * with a dateline marker such as 本报讯.
 */
public record Item(int index, String kicker, String title, String subtitle, String label, LocalDate dateline,
                   List<String> authors, List<Unit> body, List<Unit> captions, int first, int last, boolean news) {
    public Item {
        authors = List.copyOf(authors);
        body = List.copyOf(body);
        captions = List.copyOf(captions);
    }

    /** The body's text, paragraphs separated by blank lines. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Unit u : body) {
            sb.append(u.text()).append("\n\n");
        }
        return sb.toString();
    }

    /** Han characters in the body. */
    public int size() {
        int n = 0;
        for (Unit u : body) {
            n += yearbook.importer.repair.Chars.hanCount(u.text());
        }
        return n;
    }
}
