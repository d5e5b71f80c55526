package yearbook.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A thread-safe collector of findings. Every phase of a build reports into one collector so that an editor
 * sees all problems of a run at once, not the first one only.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        items.add(d);
    }

    public void error(Path file, int line, int column, String message) {
        add(Diagnostic.error(file, line, column, message));
    }

    public void error(Path file, int line, String message) {
        add(Diagnostic.error(file, line, message));
    }

    public void warning(Path file, int line, String message) {
        add(Diagnostic.warning(file, line, message));
    }

    public void error(Path file, int line, int column, Msg msg) {
        add(Diagnostic.error(file, line, column, msg));
    }

    public void error(Path file, int line, Msg msg) {
        add(Diagnostic.error(file, line, msg));
    }

    public void warning(Path file, int line, Msg msg) {
        add(Diagnostic.warning(file, line, msg));
    }

    public void warning(Path file, int line, int column, Msg msg) {
        add(Diagnostic.warning(file, line, column, msg));
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    /** All findings, in a stable order. */
    public synchronized List<Diagnostic> all() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Diagnostic.ORDER);
        return List.copyOf(copy);
    }

    /** Throws {@link ContentException} carrying every finding when at least one is an error. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new ContentException(all());
        }
    }
}
