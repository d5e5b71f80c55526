package yearbook.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one place that writes the site. A build writes into a fresh staging folder beside the output folder;
 * only when everything is written does {@link Staging#commit()} swap it in place of the previous site, so a
 * failed build leaves the previous site untouched. A build cut off between the two renames of the swap
 * leaves the previous site in {@code .<name>-previous}, which the next build puts back before starting.
 */
public final class Publisher {
    private final Path output;

    public Publisher(Path output) {
        this.output = output.toAbsolutePath().normalize();
    }

    public Path output() {
        return output;
    }

    /** Starts a new staging folder. Call {@link Staging#close()} (try-with-resources) in every case. */
    public Staging begin() throws IOException {
        Path parent = output.getParent();
        Files.createDirectories(parent);
        Path previous = sibling("previous");
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(previous, output, StandardCopyOption.ATOMIC_MOVE);
        }
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("the output " + output + " exists and is not a folder");
        }
        removeAbandoned(parent);
        Path dir = Files.createTempDirectory(parent, "." + output.getFileName() + "-building-");
        return new Staging(dir);
    }

    /** Staging folders of builds that were killed before they could clean up. */
    private void removeAbandoned(Path parent) throws IOException {
        String prefix = "." + output.getFileName() + "-building-";
        try (var entries = Files.newDirectoryStream(parent, e -> e.getFileName().toString().startsWith(prefix))) {
            for (Path p : entries) {
                deleteTree(p);
            }
        }
    }

    private Path sibling(String kind) {
        return output.resolveSibling("." + output.getFileName() + "-" + kind);
    }

    /** A folder being filled by one build. Writes are thread-safe; paths are checked to stay inside. */
    public final class Staging implements AutoCloseable {
        private final Path dir;
        private final AtomicInteger files = new AtomicInteger();
        private final AtomicLong bytes = new AtomicLong();
        private boolean committed;

        private Staging(Path dir) {
            this.dir = dir;
        }

        /** Writes a file at a site path such as {@code 2019/slug/index.html} (a leading '/' is allowed). */
        public void write(String sitePath, byte[] content) {
            Path target = resolve(sitePath);
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, content);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + sitePath, e);
            }
            files.incrementAndGet();
            bytes.addAndGet(content.length);
        }

        /** Copies a file into the site (never following a symbolic link). */
        public void copy(Path source, String sitePath) {
            Path target = resolve(sitePath);
            try {
                if (Files.isSymbolicLink(source)) {
                    throw new IOException(source + " is a symbolic link; links are not published");
                }
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                bytes.addAndGet(Files.size(target));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + source + " to " + sitePath, e);
            }
            files.incrementAndGet();
        }

        private Path resolve(String sitePath) {
            String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
            Path target = dir.resolve(p).normalize();
            if (p.isEmpty() || !target.startsWith(dir) || target.equals(dir)) {
                throw new IllegalArgumentException("refusing to write outside the site: " + sitePath);
            }
            return target;
        }

        public int fileCount() {
            return files.get();
        }

        public long byteCount() {
            return bytes.get();
        }

        /** Puts the staged site in place of the previous one. */
        public void commit() throws IOException {
            Path previous = sibling("previous");
            deleteTree(previous);
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                move(output, previous);
            }
            move(dir, output);
            committed = true;
            deleteTree(previous);
        }

        /** Removes the staging folder unless it was committed. */
        @Override
        public void close() throws IOException {
            if (!committed) {
                deleteTree(dir);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
