package yearbook.content;

import static yearbook.content.ArticleFields.AUTHORS;
import static yearbook.content.ArticleFields.DATE;
import static yearbook.content.ArticleFields.KICKER;
import static yearbook.content.ArticleFields.ORGANIZATION;
import static yearbook.content.ArticleFields.REGION;
import static yearbook.content.ArticleFields.SOURCE;
import static yearbook.content.ArticleFields.SOURCE_DATE;
import static yearbook.content.ArticleFields.SOURCE_NAME;
import static yearbook.content.ArticleFields.SOURCE_PAGE;
import static yearbook.content.ArticleFields.SUBTITLE;
import static yearbook.content.ArticleFields.THEMES;
import static yearbook.content.ArticleFields.TITLE;
import static yearbook.content.ArticleFields.YEAR;

import java.util.List;

import yearbook.yaml.YamlText;

/**
 * Writes an article's front matter, for {@code yearbook new} and the importer alike: the fields in one order (that
 * of README's example: title, subtitle, kicker, organization, region, year, date, themes, authors, source), each
 * value as YAML that reads back as exactly the text written. Comments for the editor may follow the fields;
 * {@link #DELIMITER} then closes the front matter.
 */
public final class FrontMatterWriter {
    /** The line that opens and closes the front matter. */
    public static final String DELIMITER = "---\n";

    private FrontMatterWriter() {
    }

    /** The opening line and the fields, without the closing line. */
    public static String open(ArticleHeader h) {
        StringBuilder sb = new StringBuilder(DELIMITER);
        text(sb, h, TITLE, h.title());
        text(sb, h, SUBTITLE, h.subtitle());
        text(sb, h, KICKER, h.kicker());
        text(sb, h, ORGANIZATION, h.organization());
        text(sb, h, REGION, h.region());
        if (h.year() > 0) {
            sb.append(YEAR).append(": ").append(h.year()).append('\n');
        } else {
            unsettled(sb, h, YEAR);
        }
        if (h.date() != null) {
            sb.append(DATE).append(": ").append(h.date()).append('\n');
        }
        list(sb, THEMES, h.themes());
        list(sb, AUTHORS, h.authors());
        if (h.sourceName() != null || h.sourceDate() != null || h.sourcePage() != null) {
            sb.append(SOURCE).append(":\n");
            if (h.sourceName() != null) {
                sb.append("  ").append(SOURCE_NAME).append(": ").append(YamlText.scalar(h.sourceName())).append('\n');
            }
            if (h.sourcePage() != null) {
                sb.append("  ").append(SOURCE_PAGE).append(": ").append(YamlText.scalar(h.sourcePage())).append('\n');
            }
            if (h.sourceDate() != null) {
                sb.append("  ").append(SOURCE_DATE).append(": ").append(h.sourceDate()).append('\n');
            }
        }
        return sb.toString();
    }

    /** A comment line {@code # key: text} for the editor, the text on one line. */
    public static String comment(String key, String text) {
        return "# " + key + ": " + YamlText.oneLine(text) + "\n";
    }

    private static void text(StringBuilder sb, ArticleHeader h, String key, String value) {
        if (value == null) {
            unsettled(sb, h, key);
        } else if (!value.isBlank()) {
            sb.append(key).append(": ").append(YamlText.scalar(value)).append('\n');
        }
    }

    private static void unsettled(StringBuilder sb, ArticleHeader h, String key) {
        String comment = h.unsettled().get(key);
        if (comment != null) {
            sb.append(key).append(":   ").append(comment).append('\n');
        }
    }

    private static void list(StringBuilder sb, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        sb.append(key).append(": [");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(YamlText.scalar(values.get(i)));
        }
        sb.append("]\n");
    }
}
