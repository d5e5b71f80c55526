package yearbook.importer.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yearbook.content.ArticleFields;
import yearbook.content.ArticleHeader;
import yearbook.content.FrontMatterWriter;
import yearbook.content.ImportFlag;
import yearbook.importer.review.Flag;

/**
 * The text of an imported article: YAML front matter the content loader reads (written by {@link FrontMatterWriter}),
 * then the markdown body. What the editor must look at stands in comments inside the front matter, one per line,
 * where the build ignores them: {@code # flag: …} for each doubt ({@link ImportFlag}), {@code # photo: …} for each
 * photo caption, {@code # imported: …} for the origin.
 * The last comment, {@code # import-hash: sha256:…}, is the hash of everything else: a file whose hash still
 * matches has not been touched since the import, and only such a file is ever replaced without {@code --force}.
 */
public final class ArticleFile {
    private static final String HASH_PREFIX = "# import-hash: sha256:";
    private static final Pattern HASH_LINE = Pattern.compile("^# import-hash: sha256:([0-9a-f]{64})\\n", Pattern.MULTILINE);

    private ArticleFile() {
    }

    public static String render(Draft d) {
        Map<String, String> unsettled = Map.of(
                ArticleFields.REGION, ImportFlag.format("地区未能确定，请填写，例如 内蒙古自治区/鄂尔多斯市/鄂托克前旗 或代码 150623"),
                ArticleFields.YEAR, ImportFlag.format("年份未能确定，请填写文章记述的年份"));
        StringBuilder sb = new StringBuilder(FrontMatterWriter.open(new ArticleHeader(d.title(), d.subtitle(), d.kicker(),
                d.organization(), d.region(), d.year(), d.date(), d.themes(), d.authors(), d.sourceName(), d.sourcePage(),
                d.sourceDate(), unsettled)));
        if (d.section() != null) {
            sb.append(FrontMatterWriter.comment("source-section", d.section()));
        }
        sb.append(FrontMatterWriter.comment("imported", d.origin()));
        for (String c : d.captions()) {
            sb.append(FrontMatterWriter.comment("photo", c));
        }
        for (Flag f : d.flags()) {
            sb.append(ImportFlag.format(f.shown())).append('\n');
        }
        String withoutHash = sb + FrontMatterWriter.DELIMITER + d.body();
        sb.append(HASH_PREFIX).append(sha256(withoutHash)).append('\n');
        sb.append(FrontMatterWriter.DELIMITER).append(d.body());
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

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
