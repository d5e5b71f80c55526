package yearbook.importer.output;

import java.util.List;

import yearbook.diag.Messages;
import yearbook.diag.Msg;
import yearbook.importer.classify.Classifier;
import yearbook.importer.page.Dropped;
import yearbook.importer.page.Page;

/**
 * What the import did with one input file, for the report: whether it could be read at all ({@code reading}, and
 * when not, the {@code reason} saying why), the encoding it was read in, whether it was OCR text, the kind of file it was ({@code format}, null for a text file) and what was left out of
 * it ({@code notes}: tracked changes, comments, pictures), the articles made
 * (with what happened to their files), the items and lines left out and why, and the paragraph joins made.
 */
public record Outcome(String file, Reading reading, Msg reason, String format, String encoding, int traditional,
                      boolean ocr, List<String> notes, List<Written> articles, List<Left> left, List<Dropped> chrome,
                      List<Page.Join> joins) {
    public Outcome {
        if (reading == Reading.UNREADABLE ? reason == null || reason.text(Messages.CHINESE).isBlank() : reason != null) {
            throw new IllegalArgumentException("an unreadable file needs its error, a read one has none: " + file);
        }
        notes = List.copyOf(notes);
        articles = List.copyOf(articles);
        left = List.copyOf(left);
        chrome = List.copyOf(chrome);
        joins = List.copyOf(joins);
    }

    /** Whether the file was read, or refused as a whole (nothing was imported from it). */
    public enum Reading { READ, UNREADABLE }

    /** A file read into a page: its articles, what was left out, the chrome dropped and the joins made. */
    public static Outcome read(String file, String format, String encoding, int traditional, boolean ocr, List<String> notes,
                               List<Written> articles, List<Left> left, List<Dropped> chrome, List<Page.Join> joins) {
        return new Outcome(file, Reading.READ, null, format, encoding, traditional, ocr, notes, articles, left, chrome, joins);
    }

    /** Why the file could not be read, in Chinese (the report's language); empty when it was read. */
    public String error() {
        return reason == null ? "" : reason.text(Messages.CHINESE);
    }

    /** A file that could not be read at all, and why (a sentence of the findings' bundle, {@code import.*}). */
    public static Outcome failed(String file, Msg reason) {
        return new Outcome(file, Reading.UNREADABLE, reason, null, null, 0, false, List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    public boolean failed() {
        return reading == Reading.UNREADABLE;
    }

    /** An article and its file's fate; {@code notes} say how its metadata was found. */
    public record Written(Draft draft, Status status, List<String> notes) {
        public Written {
            notes = List.copyOf(notes);
        }
    }

    public enum Status {
        CREATED("新建"), UPDATED("已更新（导入规则有变）"), UNCHANGED("未变"),
        KEPT_EDITED("未覆盖：编辑已改过这个文件（要覆盖请加 --force）"),
        KEPT_FOREIGN("未覆盖：同名文件不是导入生成的（要覆盖请加 --force）"),
        REPLACED("已覆盖（--force）");

        public final String label;

        Status(String label) {
            this.label = label;
        }
    }

    /** An item or caption not made into an article. */
    public record Left(int first, int last, LeftKind kind, String what, String reason) {
    }

    /** What an item or caption left out of the articles is; {@code label} is how the report names it. */
    public enum LeftKind {
        SHORT_NEWS(Classifier.Kind.SHORT_NEWS.label), COMMENTARY(Classifier.Kind.COMMENTARY.label),
        UNRELATED(Classifier.Kind.UNRELATED.label),
        /** A caption attached to an article (listed so that the editor sees where it went). */
        CAPTION(Classifier.Kind.CAPTION.label),
        /** A union caption no article took: news in a picture, a chronicle candidate. */
        PHOTO_NEWS("图片新闻");

        public final String label;

        LeftKind(String label) {
            this.label = label;
        }

        /** The kind of an item the classifier did not take as an article. */
        public static LeftKind of(Classifier.Kind kind) {
            return switch (kind) {
                case SHORT_NEWS -> SHORT_NEWS;
                case COMMENTARY -> COMMENTARY;
                case UNRELATED -> UNRELATED;
                case CAPTION -> CAPTION;
                case ARTICLE -> throw new IllegalArgumentException("an article is not left out");
            };
        }
    }
}
