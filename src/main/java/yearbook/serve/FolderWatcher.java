package yearbook.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders and everything in them (folders made later too) and reports what changed, once the changes
 * stop coming for a moment: an editor's save, or a {@code git pull} of many files, is one report. Runs on one
 * daemon thread; the report is made on that thread. Folders whose names start with '.' (such as
 * {@code .git}) are not watched.
 */
final class FolderWatcher implements AutoCloseable {
    /** How long changes must stop before they are reported. */
    static final long QUIET_MILLIS = 40;

    private final WatchService watcher;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    /** @param onChange gets the changed files and folders (absolute); the roots themselves when changes were lost */
    FolderWatcher(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        for (Path root : roots) {
            registerAll(root.toAbsolutePath().normalize());
        }
        this.thread = new Thread(() -> run(roots), "folder-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerAll(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(watcher, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void run(List<Path> roots) {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                collect(watcher.take(), changed, roots);
                WatchKey next;
                while ((next = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed, roots);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void collect(WatchKey key, Set<Path> changed, List<Path> roots) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                roots.forEach(r -> changed.add(r.toAbsolutePath().normalize()));
                continue;
            }
            Path p = dir.resolve((Path) event.context());
            if (p.getFileName().toString().startsWith(".")) {
                continue; // editors' swap and backup files, .git
            }
            changed.add(p);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerAll(p);
                } catch (IOException e) {
                    // gone again, or unreadable: the rebuild reports it
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
