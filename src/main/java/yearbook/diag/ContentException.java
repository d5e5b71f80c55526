package yearbook.diag;

import java.util.List;

/**
 * The input has errors an editor must fix. Carries every finding of the run; the CLI prints them one per line
 * and exits with status 1, never with a stack trace.
 */
public final class ContentException extends RuntimeException {
    private final transient List<Diagnostic> diagnostics;

    public ContentException(List<Diagnostic> diagnostics) {
        super(diagnostics.size() == 1 ? diagnostics.get(0).toString()
                : diagnostics.size() + " problems in the content", null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public ContentException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
