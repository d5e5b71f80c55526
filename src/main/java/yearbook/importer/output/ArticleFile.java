package yearbook.importer.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yearbook.content.ImportFlag;
import yearbook.importer.review.Flag;
import yearbook.yaml.YamlText;

/**
 * The text of an imported article: YAML front matter the content loader reads, then the markdown body. What the
 * editor must look at stands in comments inside the front matter, one per line, where the build ignores them:
 * {@code # flag: …} for each doubt, {@code # photo: …} for each photo caption, {@code # imported: …} for the origin.
 * The last comment, {@code # import-hash: sha256:…}, is the hash of everything else: a file whose hash still
 * matches has not been touched since the import, and only such a file is ever replaced without {@code --force}.
 */
public final class ArticleFile {
    private static final String HASH_PREFIX = "# import-hash: sha256:";
    private static final Pattern HASH_LINE = Pattern.compile("^# import-hash: sha256:([0-9a-f]{64})\\n", Pattern.MULTILINE);

    private ArticleFile() {
    }

    public static String render(Draft d) {
        StringBuilder sb = new StringBuilder("---\n");
        field(sb, "title", d.title());
        field(sb, "subtitle", d.subtitle());
        field(sb, "kicker", d.kicker());
        field(sb, "organization", d.organization());
        if (d.region() != null) {
            field(sb, "region", d.region());
        } else {
            sb.append("region:   ").append(ImportFlag.format("地区未能确定，请填写，例如 内蒙古自治区/鄂尔多斯市/鄂托克前旗 或代码 150623")).append('\n');
        }
        if (d.year() > 0) {
            sb.append("year: ").append(d.year()).append('\n');
        } else {
            sb.append("year:   ").append(ImportFlag.format("年份未能确定，请填写文章记述的年份")).append('\n');
        }
        if (d.date() != null) {
            sb.append("date: ").append(d.date()).append('\n');
        }
        list(sb, "themes", d.themes());
        list(sb, "authors", d.authors());
        if (d.sourceName() != null || d.sourceDate() != null || d.sourcePage() != null) {
            sb.append("source:\n");
            if (d.sourceName() != null) {
                sb.append("  name: ").append(scalar(d.sourceName())).append('\n');
            }
            if (d.sourcePage() != null) {
                sb.append("  page: ").append(scalar(d.sourcePage())).append('\n');
            }
            if (d.sourceDate() != null) {
                sb.append("  date: ").append(d.sourceDate()).append('\n');
            }
        }
        if (d.section() != null) {
            sb.append("# source-section: ").append(oneLine(d.section())).append('\n');
        }
        sb.append("# imported: ").append(oneLine(d.origin())).append('\n');
        for (String c : d.captions()) {
            sb.append("# photo: ").append(oneLine(c)).append('\n');
        }
        for (Flag f : d.flags()) {
            sb.append(ImportFlag.format(f.shown())).append('\n');
        }
        String withoutHash = sb + "---\n" + d.body();
        sb.append(HASH_PREFIX).append(sha256(withoutHash)).append('\n');
        sb.append("---\n").append(d.body());
        return sb.toString();
    }

    /** How a file found at an article's path relates to the import. */
    public enum Existing { NONE, UNTOUCHED, EDITED, FOREIGN }

    public static Existing classify(Optional<String> existing) {
        if (existing.isEmpty()) {
            return Existing.NONE;
        }
        String text = existing.get();
        Matcher m = HASH_LINE.matcher(text);
        if (!m.find()) {
            return Existing.FOREIGN;
        }
        String rest = text.substring(0, m.start()) + text.substring(m.end());
        return sha256(rest).equals(m.group(1)) ? Existing.UNTOUCHED : Existing.EDITED;
    }

    private static void field(StringBuilder sb, String key, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(key).append(": ").append(scalar(value)).append('\n');
        }
    }

    private static void list(StringBuilder sb, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        sb.append(key).append(": [");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(scalar(values.get(i)));
        }
        sb.append("]\n");
    }

    static String scalar(String s) {
        return YamlText.scalar(s);
    }

    private static String oneLine(String s) {
        return YamlText.oneLine(s);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
