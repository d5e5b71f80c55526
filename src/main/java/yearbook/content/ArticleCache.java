package yearbook.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import yearbook.config.ProjectLoader;
import yearbook.diag.Diagnostic;
import yearbook.diag.Diagnostics;

/**
 * Articles read by earlier loads of one content folder, kept for the next load (the preview reloads on every
 * save): a file is read again when its size or modification time changed, when it was named as changed
 * ({@link #forget}), or when the settings, themes or regions it was checked against changed. What reading it
 * reported is reported again each time. Thread-safe.
 */
public final class ArticleCache {
    private record Stamp(long size, Instant modified) {
        static Stamp of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(a.size(), a.lastModifiedTime().toInstant());
            } catch (IOException e) {
                return new Stamp(-1, Instant.EPOCH);
            }
        }
    }

    private record Entry(Stamp stamp, Optional<Article> article, List<Diagnostic> findings) {
    }

    private final Map<String, Entry> byPath = new ConcurrentHashMap<>();
    private volatile List<Stamp> data = List.of();

    /**
     * Drops these files (absolute paths) of {@code contentDir}, so that they are read again even when a save
     * kept their size and fell within the file system's timestamp granularity.
     */
    public void forget(Path contentDir, Set<Path> files) {
        for (Path f : files) {
            if (f.startsWith(contentDir)) {
                byPath.remove(contentDir.relativize(f).toString().replace('\\', '/'));
            }
        }
    }

    /** Starts a load of {@code contentDir}: everything is forgotten when its data files changed. */
    void begin(Path contentDir) {
        List<Stamp> now = new ArrayList<>();
        for (String f : List.of(ProjectLoader.SETTINGS_FILE, ProjectLoader.THEMES_FILE, ProjectLoader.REGIONS_FILE)) {
            now.add(Stamp.of(contentDir.resolve(f)));
        }
        if (!now.equals(data)) {
            byPath.clear();
            data = List.copyOf(now);
        }
    }

    Optional<Article> read(ArticleReader reader, Path file, String path, Diagnostics diagnostics) {
        Stamp stamp = Stamp.of(file);
        Entry e = byPath.get(path);
        if (e == null || !e.stamp().equals(stamp)) {
            Diagnostics local = new Diagnostics();
            e = new Entry(stamp, reader.read(file, path, local), local.all());
            byPath.put(path, e);
        }
        e.findings().forEach(diagnostics::add);
        return e.article();
    }

    /** Keeps only these articles' entries (the others were deleted). */
    void retain(List<String> paths) {
        byPath.keySet().retainAll(Set.copyOf(paths));
    }
}
