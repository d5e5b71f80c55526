package yearbook.importer.output;

import java.util.List;

import yearbook.importer.page.Dropped;
import yearbook.importer.page.Page;

/**
 * What the import did with one input file, for the report: the encoding it was read in, whether it was OCR text,
 * the articles made (with what happened to their files), the items and lines left out and why, and the paragraph
 * joins made. {@code error} is set when the file could not be read at all.
 */
public record Outcome(String file, String encoding, int traditional, boolean ocr, List<Written> articles,
                      List<Left> left, List<Dropped> chrome, List<Page.Join> joins, String error) {
    public Outcome {
        articles = List.copyOf(articles);
        left = List.copyOf(left);
        chrome = List.copyOf(chrome);
        joins = List.copyOf(joins);
    }

    public static Outcome failed(String file, String error) {
        return new Outcome(file, null, 0, false, List.of(), List.of(), List.of(), List.of(), error);
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
    public record Left(int first, int last, String kind, String what, String reason) {
    }
}
