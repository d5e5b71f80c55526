package yearbook.robustness;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import yearbook.diag.ContentException;
import yearbook.diag.Diagnostic;

/** The oracle the fuzz tests share: what a clean outcome for bad input looks like. */
final class Fuzz {
    private Fuzz() {
    }

    /** A content folder with the project's own settings and themes; {@code pdf} false leaves the print checks out. */
    static Path contentFolder(Path dir, boolean pdf) throws IOException {
        Files.createDirectories(dir);
        String settings = Files.readString(Path.of("content/yearbook.yaml"));
        Files.writeString(dir.resolve("yearbook.yaml"), settings + (pdf ? "" : "pdf:\n  enabled: false\n"));
        Files.copy(Path.of("content/themes.yaml"), dir.resolve("themes.yaml"));
        return dir;
    }

    /** Every finding points at a file in {@code content} that exists: the editor can tell which file to fix. */
    static void assertNamesFiles(List<Diagnostic> findings, Path content, String testCase) {
        Path base = content.toAbsolutePath().normalize();
        for (Diagnostic d : findings) {
            if (d.file() == null) {
                fail(Mutator.reproduce(testCase) + ": a finding names no file: " + d);
            }
            Path f = d.file().toAbsolutePath().normalize();
            if (!f.startsWith(base) || !Files.isRegularFile(f)) {
                fail(Mutator.reproduce(testCase) + ": a finding names no file of the content: " + d);
            }
        }
    }

    /** Runs {@code body}; anything it throws but a {@link ContentException} is a failure with the case named. */
    static List<Diagnostic> clean(String testCase, ThrowingSupplier<List<Diagnostic>> body) {
        try {
            return body.get();
        } catch (ContentException e) {
            return e.diagnostics();
        } catch (Throwable t) {
            throw new AssertionError(Mutator.reproduce(testCase) + " crashed: " + t, t);
        }
    }

    /** Runs {@code body}; anything it throws is a failure with the case named. */
    static <T> T noCrash(String testCase, ThrowingSupplier<T> body) {
        try {
            return body.get();
        } catch (Throwable t) {
            throw new AssertionError(Mutator.reproduce(testCase) + " crashed: " + t, t);
        }
    }

    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    /** What the command line printed is a clean report: no stack trace, no internal error. */
    static void assertCleanOutput(String testCase, int code, String err) {
        if (code != 0 && code != 1) {
            fail(Mutator.reproduce(testCase) + ": exit status " + code + "\n" + head(err));
        }
        for (String bad : List.of("internal error", "内部错误", "Exception", "\tat ", "Error:")) {
            if (err.contains(bad)) {
                fail(Mutator.reproduce(testCase) + ": the output shows '" + bad.strip() + "'\n" + head(err));
            }
        }
    }

    static String head(String s) {
        return s.length() > 4000 ? s.substring(0, 4000) + "…" : s;
    }
}
