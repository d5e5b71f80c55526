package yearbook.importer.review;

/** Something the editor must look at: what, and the line of the source page it concerns (0 for the whole item). */
public record Flag(String message, int line) {
    /** How a flag on a title that may be wrong starts; the report lists the articles with one. */
    public static final String TITLE_UNCERTAIN = "标题拿不准";

    public boolean titleUncertain() {
        return message.startsWith(TITLE_UNCERTAIN);
    }

    public String shown() {
        return line > 0 ? "原文第" + line + "行：" + message : message;
    }
}
