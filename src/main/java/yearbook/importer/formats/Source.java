package yearbook.importer.formats;

import java.util.List;

import yearbook.diag.Msg;
import yearbook.importer.decode.Decoder;

/**
 * An input file made into text the page reader understands: the text (or why the file is refused), what kind of
 * file it was, what was left out of it that the editor should know (tracked changes, comments), and, when the file
 * itself said which line is the title, that title with its evidence ({@code titleSure} false when only one weak
 * sign pointed to it). A Word file's tables and pictures come along apart from the text ({@code tables},
 * {@code pictures}), for the article to put back where the text shows they stood.
 */
public record Source(Decoder.Decoded decoded, Format format, List<String> notes, String title, String titleEvidence,
                     boolean titleSure, List<Table> tables, List<Picture> pictures) {
    public Source {
        notes = List.copyOf(notes);
        tables = List.copyOf(tables);
        pictures = List.copyOf(pictures);
    }

    public Source(Decoder.Decoded decoded, Format format, List<String> notes, String title, String titleEvidence, boolean titleSure) {
        this(decoded, format, notes, title, titleEvidence, titleSure, List.of(), List.of());
    }

    /** The same source with {@code more} notes for the report. */
    public Source withNotes(List<String> more) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new Source(decoded, format, all, title, titleEvidence, titleSure, tables, pictures);
    }

    /**
     * A table of the file: the line it stands as in the text ({@code text}, cells split by {@code |}, rows by
     * {@code /}), and the same as a GFM table.
     */
    public record Table(String text, String markdown) {
    }

    /**
     * A picture of the file: its bytes and file extension ({@code png}, {@code jpeg}, {@code gif}), its caption (null
     * when none reads like one), and the text of the paragraph it followed (null when it came first).
     */
    public record Picture(byte[] data, String extension, String caption, String after) {
    }

    static Source text(Decoder.Decoded decoded) {
        return new Source(decoded, Format.TEXT, List.of(), null, null, true);
    }

    static Source refused(Format format, Msg reason) {
        return new Source(Decoder.Decoded.failed(reason), format, List.of(), null, null, true);
    }

    /** Refused for a reason given as it is, in one language. */
    static Source refused(Format format, String reason) {
        return refused(format, Msg.literal(Msg.OTHER, reason));
    }

    public boolean ok() {
        return decoded.ok();
    }
}
