package yearbook.publish;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import yearbook.diag.ContentException;
import yearbook.diag.Diagnostic;
import yearbook.diag.Msg;

/**
 * The one place that writes the site. A build writes into a fresh staging folder beside the output folder,
 * {@code .<name>-building-<number>}; only when everything is written does {@link Staging#commit()} swap it in, with
 * two renames: the output to {@code .<name>-previous}, then the staging folder to the output; the previous site is
 * then deleted. A failed build deletes its staging folder and leaves the output untouched.
 *
 * <p>A build stopped at any instant (killed with {@code kill -9}, or Java stopped; not the machine losing power, as
 * nothing is synced to the disk) leaves one of three states:
 * <ul>
 * <li>stopped before the first rename: the output is the previous site, untouched, and a staging folder is left;
 * <li>stopped between the two renames: there is no output; the previous site is whole in {@code .<name>-previous}
 *     (and the new one whole in the staging folder);
 * <li>stopped after the second rename: the output is the new site, whole, and {@code .<name>-previous} may be left,
 *     partly deleted.
 * </ul>
 * The output folder is therefore always the previous site or the new one, never a mix, except in the instant
 * between the two renames, when it is missing. {@link #recover(Path)}, which every build and {@code pdf} command
 * runs first, before it reads anything, ends each state: it puts the previous site back in the second, and deletes
 * what is left over in all three, so that afterwards the folder beside the output holds nothing of the build.
 *
 * <p>A build that {@link Staging#keep keeps} files of the previous site where they are (one with a build cache,
 * {@link #begin(boolean) begun in place}) stages only the files it made. Its commit renames the staging folder to
 * {@code .<name>-committing}, with the list of the previous site's files that the new one no longer has; then it
 * moves each made file into the output, replacing the previous one, deletes the listed files and the folders left
 * empty, and deletes the committing folder. Until that first rename the output is the previous site, untouched;
 * from it until the end, a mix of both, which {@link #recover(Path)} turns into the new site by doing the rest of
 * the commit (each step can be done twice). So a failed build still leaves the previous site as it was, and no file
 * that did not change is written, linked or deleted: the cost of a build in place grows with what changed, not
 * with the size of the site.
 */
public final class Publisher {
    private final Path output;

    public Publisher(Path output) {
        this.output = output.toAbsolutePath().normalize();
    }

    public Path output() {
        return output;
    }

    /**
     * The output's folders and files as {@link #listEarly} found them, being listed in a thread of their own, with
     * each file's size and time; or null.
     */
    private volatile java.util.concurrent.CompletableFuture<FolderTree.Folder> listing;

    /**
     * Starts listing the output's files now, in a thread of its own, for a commit in place to take instead of
     * listing them itself (listing a large site waits on the file system for seconds): a build only stages, so the
     * previous site is as it was when the build began. Call after {@link #recover}; a file put into the output by
     * hand during the build is then not seen by the commit, and stays.
     */
    public void listEarly() {
        listEarly(() -> null);
    }

    /**
     * As {@link #listEarly()}, given the output's folders as the last commit in place left them ({@link #folders}),
     * or null: a folder whose time is still the one seen then is not listed again, only its files asked for their
     * size and time (see {@link FolderTree}).
     */
    public void listEarly(Supplier<byte[]> folders) {
        if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        java.util.concurrent.CompletableFuture<FolderTree.Folder> future = new java.util.concurrent.CompletableFuture<>();
        // one thread, beside the build's own work on all processors: most of the listing's time is the system
        // answering its requests for the files' sizes and times
        Thread t = new Thread(() -> {
            try {
                FolderTree.Folder before = FolderTree.read(folders.get());
                BasicFileAttributes root = Files.readAttributes(output, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                seen = FolderTree.list(output, root, before);
                future.complete(seen);
            } catch (IOException | RuntimeException e) {
                seen = null;
                future.completeExceptionally(e);
            }
        }, "yearbook-list-site");
        t.setDaemon(true);
        t.start();
        listing = future;
    }

    /** The output's folders as the early listing saw them, then as the commit in place left them; or null. */
    private volatile FolderTree.Folder seen;

    /** The output's folders as the commit in place left them, for the next build's {@link #listEarly(Supplier)}; or null. */
    private volatile byte[] folders;

    /**
     * The output's folders as the last commit in place left them, to be given to the next build's
     * {@link #listEarly(Supplier)}; null after any other commit, or when they are not known.
     */
    public byte[] folders() {
        return folders;
    }

    /**
     * The size and modification time (in milliseconds) of a regular file of the output, given by its path in the
     * output ({@code a/b/index.html}), as {@link #listEarly} found it, waiting for the listing; null when it was not
     * listed (not listed early, the listing failed, or no such regular file then). What a build checks a kept file
     * against, without asking the file system again.
     */
    public long[] listed(String path) {
        java.util.concurrent.CompletableFuture<FolderTree.Folder> l = listing;
        if (l == null) {
            return null;
        }
        try {
            return FolderTree.stamp(l.join(), path);
        } catch (java.util.concurrent.CompletionException failed) {
            return null; // asked of the file system then
        }
    }

    /**
     * Whether a path in the site is names between single {@code /}, none of them empty, {@code .} or {@code ..}, and
     * no character a name on some system cannot hold: a path that stays inside the site as it is written.
     */
    static boolean plain(String p) {
        if (p.isEmpty()) {
            return false;
        }
        int start = 0;
        for (int i = 0; i <= p.length(); i++) {
            char c = i < p.length() ? p.charAt(i) : '/';
            if (c == '/') {
                int n = i - start;
                if (n == 0 || n == 1 && p.charAt(start) == '.' || n == 2 && p.charAt(start) == '.' && p.charAt(start + 1) == '.') {
                    return false;
                }
                start = i + 1;
            } else if (c == '\\' || c == ':' || c < ' ') {
                return false;
            }
        }
        return true;
    }

    /** A file's path in the output, with {@code /} between its names. */
    private String relative(Path file) {
        String s = file.toString().substring(output.toString().length() + 1);
        return java.io.File.separatorChar == '/' ? s : s.replace(java.io.File.separatorChar, '/');
    }

    /** The output's files by their paths in it: as listed early, or now when they were not or that failed. */
    private List<String> previousFiles() {
        java.util.concurrent.CompletableFuture<FolderTree.Folder> early = listing;
        if (early != null) {
            try {
                return FolderTree.paths(early.join());
            } catch (java.util.concurrent.CompletionException e) {
                // listed again below, where a failure is reported
            }
        }
        return files(output).stream().map(this::relative).toList();
    }

    /** Starts a new staging folder, after {@link #recover(Path)}. Call {@link Staging#close()} (try-with-resources) in every case. */
    public Staging begin() throws IOException {
        return begin(false);
    }

    /**
     * As {@link #begin()}; {@code inPlace}: the files the build keeps stay where they are in the output, and the
     * commit puts only the files made into it (see above).
     */
    public Staging begin(boolean inPlace) throws IOException {
        return begin(inPlace, 16);
    }

    /** As {@link #begin(boolean)}, for about {@code kept} files kept in place (what the build expects to keep). */
    public Staging begin(boolean inPlace, int kept) throws IOException {
        Path parent = output.getParent();
        Files.createDirectories(parent);
        recover(output);
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            throw new ContentException(Diagnostic.error(output, 0, Msg.of("output-not-folder")));
        }
        Path dir = Files.createTempDirectory(parent, "." + output.getFileName() + "-building-");
        return new Staging(dir, inPlace && Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS), kept);
    }

    /**
     * Takes the output folder for one build: a lock on {@code .<name>.lock} beside it, held until the returned value
     * is closed (or the process ends), so that a second build into the same folder does not take the first one's
     * unfinished folder for one left behind and delete it. Fails with an error naming the folder when another build
     * holds it.
     */
    public static Closeable lock(Path output) throws IOException {
        Path file = lockFile(output);
        if (file == null) {
            return () -> { };
        }
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (!tryLock(channel)) {
            channel.close();
            throw new ContentException(Diagnostic.error(output, 0, Msg.of("output-busy")));
        }
        return channel::close; // which lets go of the lock
    }

    /**
     * Whether a build holds the output folder now (see {@link #lock}); asks without leaving a file behind, for a
     * folder that is about to be refused.
     */
    public static boolean busy(Path output) {
        Path file = lockFile(output);
        if (file == null || !Files.isRegularFile(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            return !tryLock(channel); // a lock taken is let go as the channel closes
        } catch (IOException e) {
            return false;
        }
    }

    /** The file builds take an output folder by: {@code .<name>.lock} beside it; null for a root. */
    private static Path lockFile(Path output) {
        Path out = output.toAbsolutePath().normalize();
        return out.getParent() == null ? null : out.getParent().resolve("." + out.getFileName() + ".lock");
    }

    /** Takes the lock on the channel's file; false when another build holds it, in this process or another. */
    private static boolean tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock() != null;
        } catch (OverlappingFileLockException e) {
            return false;
        }
    }

    /**
     * Ends what a build stopped half-way left beside {@code output}: puts the previous site back when the build was
     * stopped between the two renames of its swap, deletes a previous site the swap had replaced, and deletes the
     * staging folders. Does nothing when nothing is left over, or when the folder that holds {@code output} does not
     * exist.
     */
    public static void recover(Path output) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        Path parent = out.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        Path committing = sibling(out, "committing");
        if (Files.isDirectory(committing, LinkOption.NOFOLLOW_LINKS)) {
            finish(committing, out);
        }
        Path previous = sibling(out, "previous");
        if (Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(previous);
            } else {
                move(previous, out);
            }
        }
        String prefix = "." + out.getFileName() + "-building-";
        try (var entries = Files.newDirectoryStream(parent, e -> e.getFileName().toString().startsWith(prefix))) {
            for (Path p : entries) {
                deleteTree(p);
            }
        }
    }

    private static Path sibling(Path output, String kind) {
        return output.resolveSibling("." + output.getFileName() + "-" + kind);
    }

    /** A folder being filled by one build. Writes are thread-safe; paths are checked to stay inside. */
    public final class Staging implements AutoCloseable {
        private final Path dir;
        /** Whether kept files stay where they are in the output (see {@link #begin(boolean)}). */
        private final boolean inPlace;
        /** The site paths of the files kept in place. */
        private final java.util.Set<String> keptInPlace;
        /** The site paths of the files made, in place of the previous ones. */
        private final java.util.Set<String> made = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final AtomicInteger files = new AtomicInteger();
        private final AtomicLong bytes = new AtomicLong();
        private boolean committed;

        private Staging(Path dir, boolean inPlace, int kept) {
            this.dir = dir;
            this.inPlace = inPlace;
            // sized at once: grown step by step while both processors add to it, it was a tenth of placing the pages
            this.keptInPlace = java.util.concurrent.ConcurrentHashMap.newKeySet(Math.max(16, kept));
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
            made.add(dir.relativize(target).toString());
            files.incrementAndGet();
            bytes.addAndGet(content.length);
        }

        /**
         * Makes and writes the files in parallel, each at its site path. The first failure stops the files not yet
         * started, and is thrown only once every running one has finished, so no writer is still busy when the
         * caller cleans up.
         */
        public void writeAll(Map<String, Supplier<byte[]>> made) {
            writeAll(made, (staging, path, make) -> staging.write(path, make.get()));
        }

        /** How one file is put in the staging folder: made and written, or kept from the previous site. */
        public interface Placer {
            void place(Staging staging, String sitePath, Supplier<byte[]> make);
        }

        /** As {@link #writeAll(Map)}, each file put in place by {@code placer}. */
        public void writeAll(Map<String, Supplier<byte[]>> made, Placer placer) {
            AtomicReference<RuntimeException> failure = new AtomicReference<>();
            // from a list, which parts evenly between the processors: a linked map's entries part in growing
            // runs that one processor ends up taking most of
            new java.util.ArrayList<>(made.entrySet()).parallelStream().forEach(j -> {
                if (failure.get() != null) {
                    return;
                }
                try {
                    placer.place(this, j.getKey(), j.getValue());
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            });
            if (failure.get() != null) {
                throw failure.get();
            }
        }

        /**
         * Puts a file of the previous site into this one as it is, as a second name of the same file (a hard link)
         * where the file system allows it, else as a copy. The previous site is left as it was.
         */
        public void keep(Path previous, String sitePath) {
            keep(previous, sitePath, -1);
        }

        /** As {@link #keep(Path, String)}, given the file's size when the caller has just read it (else -1). */
        public void keep(Path previous, String sitePath, long size) {
            Path target = resolve(sitePath);
            String relative = dir.relativize(target).toString();
            if (inPlace && previous.toAbsolutePath().normalize().equals(output.resolve(relative))) {
                try {
                    bytes.addAndGet(size >= 0 ? size : Files.size(previous));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot keep " + sitePath, e);
                }
                keptInPlace.add(relative);
                files.incrementAndGet();
                return;
            }
            try {
                Files.createDirectories(target.getParent());
                try {
                    Files.createLink(target, previous);
                } catch (UnsupportedOperationException | IOException e) {
                    Files.copy(previous, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
                bytes.addAndGet(Files.size(target));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot keep " + sitePath, e);
            }
            made.add(relative);
            files.incrementAndGet();
        }

        /**
         * As {@link #keep(Path, String, long)} for the file at {@code sitePath} of the site in {@code site}: when that
         * is the output and the build is in place, only counted, its path checked as text rather than made into
         * paths (a cached build keeps 188 000 files at 100 000 articles).
         */
        public void keepOwn(Path site, String sitePath, long size) {
            String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
            if (!inPlace || !plain(p) || !output.equals(site)) {
                keep(site.resolve(p), sitePath, size);
                return;
            }
            bytes.addAndGet(size);
            keptInPlace.add(java.io.File.separatorChar == '/' ? p : p.replace('/', java.io.File.separatorChar));
            files.incrementAndGet();
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
            made.add(dir.relativize(target).toString());
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
            if (inPlace && !keptInPlace.isEmpty() && Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
                commitInPlace();
                return;
            }
            Path previous = sibling(output, "previous");
            deleteTree(previous);
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                move(output, previous);
            }
            try {
                move(dir, output);
            } catch (IOException e) {
                if (Files.exists(previous, LinkOption.NOFOLLOW_LINKS) && !Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                    move(previous, output);
                }
                throw e;
            }
            committed = true;
            deleteTree(previous);
        }

        /**
         * Puts the files made into the output, in place of the previous ones, and deletes the previous site's files
         * that were neither kept nor made again (see the class comment).
         */
        private void commitInPlace() throws IOException {
            List<String> gone;
            try {
                // named as the staging names the files kept and made: with the system's separator
                gone = previousFiles().parallelStream()
                        .map(p -> java.io.File.separatorChar == '/' ? p : p.replace('/', java.io.File.separatorChar))
                        .filter(p -> !keptInPlace.contains(p) && !made.contains(p)).sorted().toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            // one name after another, each ended by a NUL, the one character no file name holds
            StringBuilder journal = new StringBuilder();
            gone.forEach(g -> journal.append(g).append('\0'));
            Files.writeString(dir.resolve(JOURNAL), journal, java.nio.charset.StandardCharsets.UTF_8);
            Path committing = sibling(output, "committing");
            move(dir, committing);
            committed = true;
            finish(committing, output);
            folders = foldersAfter(gone);
        }

        /**
         * The output's folders after a commit in place that deleted {@code gone} and put in the files made, from
         * those the early listing saw; null when it did not list them, or when so much changed that asking for
         * each folder again would cost as much as the next build listing them all.
         */
        private byte[] foldersAfter(List<String> gone) {
            FolderTree.Folder root = listing != null && !listing.isCompletedExceptionally() ? seen : null;
            if (root == null || gone.size() + made.size() > Math.max(256, FolderTree.count(root) / 8)) {
                return null;
            }
            try {
                FolderTree.update(output, root, () -> java.util.stream.Stream.concat(gone.stream(), made.stream()).iterator());
                return FolderTree.write(root);
            } catch (IOException | RuntimeException e) {
                return null; // the site is in place: the next build lists it all
            }
        }

        /** Removes the staging folder unless it was committed. */
        @Override
        public void close() throws IOException {
            if (!committed) {
                deleteTree(dir);
            }
        }
    }

    /** Every file below a folder (not following links), its subfolders listed at the same time on all processors. */
    private static List<Path> files(Path folder) {
        List<Path> entries;
        try (var list = Files.list(folder)) {
            entries = list.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries.parallelStream().flatMap(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                ? files(p).stream() : java.util.stream.Stream.of(p)).toList();
    }

    /** The list of the previous site's files that a commit in place deletes, in the committing folder. */
    static final String JOURNAL = ".yearbook-gone";

    /**
     * Does (or does the rest of) a commit in place: deletes the files its list names, moves every other file of
     * {@code committing} into {@code output}, deletes the folders left empty, then the committing folder.
     */
    private static void finish(Path committing, Path output) throws IOException {
        Path journal = committing.resolve(JOURNAL);
        List<String> gone = Files.exists(journal)
                ? List.of(Files.readString(journal, java.nio.charset.StandardCharsets.UTF_8).split("\0")) : List.of();
        try {
            // the files that go first, so that a file made again under a name that differs only in case (the same
            // file where names are compared without case) is not deleted after it was moved in
            java.util.Set<Path> emptied = java.util.concurrent.ConcurrentHashMap.newKeySet();
            gone.parallelStream().filter(g -> !g.isEmpty()).forEach(g -> {
                Path f = output.resolve(g).normalize();
                try {
                    if (f.startsWith(output) && !f.equals(output) && !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                        Files.deleteIfExists(f);
                        emptied.add(f.getParent()); // also when an earlier, stopped commit deleted it
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            List<Path> made = files(committing).stream().filter(p -> !p.equals(journal)).toList();
            made.parallelStream().forEach(f -> {
                Path target = output.resolve(committing.relativize(f).toString());
                try {
                    clearWay(output, target);
                    try {
                        Files.move(f, target, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(f, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            // the folders left empty, deepest first, up to the output
            List<Path> folders = new ArrayList<>(emptied);
            folders.sort(java.util.Comparator.comparingInt(Path::getNameCount).reversed());
            for (Path folder : folders) {
                for (Path d = folder; d != null && d.startsWith(output) && !d.equals(output); d = d.getParent()) {
                    try (var entries = Files.list(d)) {
                        if (entries.findAny().isPresent()) {
                            break;
                        }
                    } catch (java.nio.file.NoSuchFileException e) {
                        continue;
                    }
                    Files.deleteIfExists(d);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        deleteTree(committing);
    }

    /**
     * Makes room for a file at {@code target} in the output: its folders, where a file of the previous site of the same
     * name as one of them is deleted, and no folder at the target itself.
     */
    private static void clearWay(Path output, Path target) throws IOException {
        for (Path d = target.getParent(); d != null && d.startsWith(output) && !d.equals(output); d = d.getParent()) {
            if (Files.exists(d, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(d);
            }
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(target);
        }
        Files.createDirectories(target.getParent());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Deletes a folder with everything in it, never following a symbolic link; the folders below are deleted at
     * the same time on all processors (a site has a folder per page, and deleting one is a file system call each).
     */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            delete(root);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void delete(Path path) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isDirectory()) {
                java.util.List<Path> entries;
                try (var list = Files.list(path)) {
                    entries = list.toList();
                }
                entries.parallelStream().forEach(Publisher::delete);
            }
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
