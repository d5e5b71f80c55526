package yearbook.importer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import yearbook.diag.Messages;
import yearbook.importer.formats.Format;
import yearbook.importer.formats.Source;
import yearbook.importer.output.Markdown;
import yearbook.importer.page.Unit;

/**
 * A Word file's tables and pictures, and a saved page's pictures, put back into the articles made from it. A table stands in the text as a line
 * (cells split by {@code |}, rows by {@code /}); the paragraph that is that line becomes the GFM table. A picture
 * goes after the paragraph it followed in the file (before the body when it followed the title or nothing), as
 * {@code ![caption](photo-<hash>.<ext>)}; the file, named by its content so that importing again names it the
 * same, is written beside the article. Paragraphs are compared by their letters and digits only, as the import
 * may have changed spaces and punctuation. Each table and picture goes into one article at most; the report says
 * how many found no place. One per page read.
 */
final class Embeds {
    /** The kinds of picture a browser shows, by the extension Word's reader suggests, and the file's extension. */
    private static final Map<String, String> WEB = Map.of("png", "png", "jpeg", "jpg", "jpg", "jpg", "gif", "gif");

    private final Source source;
    private final Set<Integer> tablesUsed = new HashSet<>();
    private final Set<Integer> picturesUsed = new HashSet<>();

    Embeds(Source source) {
        this.source = source;
    }

    /** An article's body with its tables and pictures, and the picture files to write beside it. */
    record Body(String markdown, List<ArticleImage> images) {
    }

    Body body(List<Unit> units, String title) {
        Map<Integer, String> instead = new LinkedHashMap<>();
        Map<Integer, List<String>> after = new LinkedHashMap<>();
        List<ArticleImage> images = new ArrayList<>();
        List<String> keys = units.stream().map(u -> key(u.text())).toList();
        for (int t = 0; t < source.tables().size(); t++) {
            String k = key(source.tables().get(t).text());
            int at = keys.indexOf(k);
            if (!k.isEmpty() && at >= 0 && !tablesUsed.contains(t) && !instead.containsKey(at)) {
                instead.put(at, source.tables().get(t).markdown());
                tablesUsed.add(t);
            }
        }
        String titleKey = key(title == null ? "" : title);
        for (int p = 0; p < source.pictures().size(); p++) {
            Source.Picture pic = source.pictures().get(p);
            String ext = WEB.get(pic.extension());
            if (ext == null || picturesUsed.contains(p)) {
                continue;
            }
            String k = pic.after() == null ? "" : key(pic.after());
            int at = -2;
            if (k.isEmpty() || k.equals(titleKey)) {
                at = -1;
            } else {
                for (int i = 0; i < keys.size(); i++) {
                    if (!keys.get(i).isEmpty() && keys.get(i).endsWith(k)) {
                        at = i;
                        break;
                    }
                }
            }
            if (at == -2) {
                continue;
            }
            String name = "photo-" + sha256(pic.data()).substring(0, 16) + "." + ext;
            after.computeIfAbsent(at, i -> new ArrayList<>()).add(Markdown.image(pic.caption(), name));
            if (images.stream().noneMatch(i -> i.name().equals(name))) {
                images.add(new ArticleImage(name, pic.data()));
            }
            picturesUsed.add(p);
        }
        return new Body(Markdown.body(units, instead, after), images);
    }

    /** What the report says of the file's tables and pictures once every article has taken its own. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        int tables = source.tables().size();
        if (tables > 0) {
            notes.add(Messages.FINDINGS.text(Messages.CHINESE, "import.docx.tables", tables, tablesUsed.size()));
        }
        long web = source.pictures().stream().filter(p -> WEB.containsKey(p.extension())).count();
        int pictures = source.pictures().size();
        if (pictures > 0) {
            notes.add(Messages.FINDINGS.text(Messages.CHINESE, source.format() == Format.HTML ? "import.html.pictures"
                    : "import.docx.pictures", pictures, picturesUsed.size()));
        }
        if (web < pictures) {
            notes.add(Messages.FINDINGS.text(Messages.CHINESE, "import.docx.pictures-not-web", pictures - web));
        }
        return notes;
    }

    /** A text by its letters and digits only: what the import's repairs leave as it was. */
    static String key(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
