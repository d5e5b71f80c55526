package yearbook.diag;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One finding about the input, pointing at a file and, where known, a line and column (1-based; 0 when
 * unknown). Printed as {@code file:line:column: error: message}, the form editors' tools understand.
 */
public record Diagnostic(Severity severity, Path file, int line, int column, String message) {

    /** Sorts findings by file, then position, so that reports are stable whatever the thread order. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.file() == null ? "" : d.file().toString())
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(Path file, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, file, line, column, message);
    }

    public static Diagnostic error(Path file, int line, String message) {
        return error(file, line, 0, message);
    }

    public static Diagnostic warning(Path file, int line, String message) {
        return new Diagnostic(Severity.WARNING, file, line, 0, message);
    }

    public static Diagnostic warning(Path file, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, file, line, column, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The file shown relative to {@code base} when it lies inside it, as editors see it in their checkout. */
    public String format(Path base) {
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
        sb.append(severity.label()).append(": ").append(message);
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
