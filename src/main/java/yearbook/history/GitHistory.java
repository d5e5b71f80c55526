package yearbook.history;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The last commit that changed each file of a folder, when the folder is in a git work tree: what an article
 * page shows as its last change. One {@code git log} for the whole folder, newest commit first, gives every
 * file its newest commit; so ten thousand files cost one process, not ten thousand.
 *
 * <p>Best effort and silent: when git is not installed, the folder is not in a work tree, the repository has
 * no commits, git fails or does not finish within the time limit, the answer is empty and nothing is
 * reported. A file changed but not committed keeps its last commit; a file never committed has none. The
 * answer depends only on the repository's commits (git runs in the folder, whatever the working directory),
 * so the same commit always gives the same dates.
 */
public final class GitHistory {
    /** How long git may take before its answer is given up. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Starts a commit's header in the log; the header's fields are separated by NUL, as are the file names. */
    private static final int RECORD = 0x1e;
    private static final int FIELD = 0;
    /** Variables through which a caller (a git hook, say) would point git at another repository than the folder's. */
    private static final List<String> REPOSITORY_VARIABLES = List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE",
            "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_COMMON_DIR", "GIT_NAMESPACE");

    private GitHistory() {
    }

    /** The last change of every committed file under {@code folder}, by absolute normalized path; see the class. */
    public static Map<Path, LastChange> of(Path folder) {
        return of(folder, TIMEOUT);
    }

    /** As {@link #of(Path)}, giving git at most {@code timeout}. */
    public static Map<Path, LastChange> of(Path folder, Duration timeout) {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            return Map.of();
        }
        ProcessBuilder pb = new ProcessBuilder("git", "-C", root.toString(),
                "-c", "core.quotePath=false", "-c", "log.showSignature=false",
                "log", "--no-color", "--no-renames", "--relative", "--name-only", "-z",
                "--format=%x1e%aI%x00%an", "--", ".");
        REPOSITORY_VARIABLES.forEach(pb.environment()::remove);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process git;
        try {
            git = pb.start();
        } catch (IOException | RuntimeException e) {
            return Map.of(); // no git here
        }
        CompletableFuture<Void> watchdog = CompletableFuture.runAsync(git::destroyForcibly,
                CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS));
        try {
            git.getOutputStream().close();
            Map<Path, LastChange> changes = parse(git.getInputStream(), root);
            if (!git.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || git.exitValue() != 0) {
                return Map.of(); // not a work tree, no commits, killed by the watchdog, …
            }
            return Map.copyOf(changes);
        } catch (IOException | RuntimeException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        } finally {
            watchdog.cancel(false);
            git.destroyForcibly();
        }
    }

    /**
     * Reads the log: for each commit, newest first, {@code RS date NUL author NUL}, then its files,
     * each {@code NUL}-terminated, the first one after a newline. A file takes the first commit that names it.
     */
    static Map<Path, LastChange> parse(InputStream log, Path root) throws IOException {
        Map<Path, LastChange> changes = new HashMap<>();
        InputStream in = new BufferedInputStream(log, 1 << 16);
        ByteArrayOutputStream token = new ByteArrayOutputStream(256);
        String[] header = new String[2];
        int headerField = -1; // the header field being read, or -1 while reading file names
        LastChange current = null;
        for (int b = in.read(); ; b = in.read()) {
            if (b == RECORD) {
                headerField = 0;
                current = null;
                token.reset();
            } else if (b == FIELD || b < 0) {
                String text = token.toString(StandardCharsets.UTF_8);
                token.reset();
                if (headerField >= 0) {
                    header[headerField++] = text;
                    if (headerField == header.length) {
                        headerField = -1;
                        current = change(header);
                    }
                } else {
                    String name = text.startsWith("\n") ? text.substring(1) : text;
                    if (current != null && !name.isEmpty()) {
                        changes.putIfAbsent(root.resolve(name).normalize(), current);
                    }
                }
                if (b < 0) {
                    return changes;
                }
            } else {
                token.write(b);
            }
        }
    }

    private static LastChange change(String[] header) {
        try {
            return new LastChange(OffsetDateTime.parse(header[0]).toLocalDate(), header[1]);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
