package yearbook.importer.formats;

import java.util.List;

import yearbook.diag.Msg;
import yearbook.importer.decode.Decoder;

/**
 * An input file made into text the page reader understands: the text (or why the file is refused), what kind of
 * file it was, what was left out of it that the editor should know (tracked changes, comments), and, when the file
 * itself said which line is the title, that title with its evidence ({@code titleSure} false when only one weak
 * sign pointed to it).
 */
public record Source(Decoder.Decoded decoded, Format format, List<String> notes, String title, String titleEvidence,
                     boolean titleSure) {
    public Source {
        notes = List.copyOf(notes);
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
