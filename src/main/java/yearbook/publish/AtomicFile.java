package yearbook.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;

/**
 * Writes one file so that readers see either the old content or the new, never a part: the text goes to a
 * temporary file beside the target, {@code .<name>-<number>.tmp}, which is then renamed over it. A writer killed
 * before the rename leaves the target as it was and the temporary file behind: hidden, so the content is read
 * without it, and deleted by {@link #removeLeftovers(Path)}. (Nothing is synced to the disk: a power cut may lose
 * what was written last.)
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    private static final Pattern TEMPORARY = Pattern.compile("\\..+-[0-9]+\\.tmp");

    public static void write(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** What writes a file's bytes into a stream. */
    public interface Writer {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Writes the bytes {@code writer} gives into a temporary file, then renames it over {@code target}. */
    public static void write(Path target, Writer writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + "-", ".tmp");
        try {
            try (java.io.OutputStream out = Files.newOutputStream(tmp)) {
                writer.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Deletes the temporary files that writers killed half-way left in {@code folder} and the folders below it
     * (hidden folders, such as {@code .git}, and symbolic links are not entered).
     */
    public static void removeLeftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(folder) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && TEMPORARY.matcher(file.getFileName().toString()).matches()) {
                    Files.deleteIfExists(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
