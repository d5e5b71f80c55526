package yearbook.diag;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;

/**
 * One finding about the input, pointing at a file and, where known, a line and column (1-based; 0 when
 * unknown). Printed as {@code file:line:column: error: message}, the form editors' tools understand. The message
 * is a {@link Msg}: a stable English code (for scripts and CI, whatever the language) and its values, put into
 * words in the language the editor reads.
 */
public record Diagnostic(Severity severity, Path file, int line, int column, Msg msg) {

    /** Sorts findings by file, then position, so that reports are stable whatever the thread order. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.file() == null ? "" : d.file().toString())
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing((Diagnostic d) -> d.message());

    public static Diagnostic error(Path file, int line, int column, Msg msg) {
        return new Diagnostic(Severity.ERROR, file, line, column, msg);
    }

    public static Diagnostic error(Path file, int line, Msg msg) {
        return error(file, line, 0, msg);
    }

    public static Diagnostic warning(Path file, int line, Msg msg) {
        return new Diagnostic(Severity.WARNING, file, line, 0, msg);
    }

    public static Diagnostic warning(Path file, int line, int column, Msg msg) {
        return new Diagnostic(Severity.WARNING, file, line, column, msg);
    }

    /** An error whose text is given as it is (code {@value Msg#OTHER}). */
    public static Diagnostic error(Path file, int line, int column, String message) {
        return error(file, line, column, Msg.literal(Msg.OTHER, message));
    }

    /** An error whose text is given as it is (code {@value Msg#OTHER}). */
    public static Diagnostic error(Path file, int line, String message) {
        return error(file, line, 0, message);
    }

    /** A warning whose text is given as it is (code {@value Msg#OTHER}). */
    public static Diagnostic warning(Path file, int line, String message) {
        return warning(file, line, 0, Msg.literal(Msg.OTHER, message));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The finding's stable English code, such as {@code unknown-region}. */
    public String code() {
        return msg.code();
    }

    /** The message in English. */
    public String message() {
        return msg.text(Messages.ENGLISH);
    }

    public String message(Locale locale) {
        return msg.text(locale);
    }

    /** The file shown relative to {@code base} when it lies inside it, as editors see it in their checkout. */
    public String format(Path base) {
        return format(base, Messages.ENGLISH);
    }

    /** As {@link #format(Path)}, in the language of {@code locale}. */
    public String format(Path base, Locale locale) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(shownFile(base));
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            sb.append(": ");
        }
        sb.append(severity.label(locale)).append(": ").append(message(locale));
        return sb.toString();
    }

    /** The file relative to {@code base} when it lies inside it, with '/' separators; null when there is none. */
    public String shownFile(Path base) {
        if (file == null) {
            return null;
        }
        Path shown = file;
        if (base != null) {
            Path abs = file.toAbsolutePath().normalize();
            Path b = base.toAbsolutePath().normalize();
            if (abs.startsWith(b)) {
                shown = b.relativize(abs);
            }
        }
        return shown.toString().replace('\\', '/');
    }

    @Override
    public String toString() {
        return format(null);
    }
}
