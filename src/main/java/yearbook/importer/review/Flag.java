package yearbook.importer.review;

/** Something the editor must look at: what, and the line of the source page it concerns (0 for the whole item). */
public record Flag(String message, int line) {
    public String shown() {
        return line > 0 ? "原文第" + line + "行：" + message : message;
    }
}
