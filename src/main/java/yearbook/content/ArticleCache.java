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
import yearbook.fingerprint.Fingerprint;

/**
 * Articles read by earlier loads of one content folder, kept for the next load (the preview reloads on every
 * save): a file is read again when its size or modification time changed, when it was named as changed
 * ({@link #forget}), or when the settings, themes or regions it was checked against changed. What reading it
 * reported is reported again each time. Thread-safe.
 *
 * <p>A build's cache ({@link #forBuild}) is kept from one build to the next ({@link #state}): it holds each article
 * without its markdown, known by the markdown's fingerprint ({@link #bodyKey}), and only articles that read without
 * a finding. An article it gives back has no body (null); the body is read again only when it must be rendered
 * again ({@link ContentLoader.Content#bodyKeys}).
 */
public final class ArticleCache {
    record Stamp(long size, Instant modified) {
        static Stamp of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(a.size(), a.lastModifiedTime().toInstant());
            } catch (IOException e) {
                return new Stamp(-1, Instant.EPOCH);
            }
        }
    }

    record Entry(Stamp stamp, Optional<Article> article, List<Diagnostic> findings, String bodyKey) {
    }

    private final Map<String, Entry> byPath = new ConcurrentHashMap<>();
    private volatile List<Stamp> data = List.of();
    /** whether entries keep the articles' markdown (the preview's), or only its fingerprint (a build's) */
    private final boolean keepBodies;

    /** A cache for the preview, which keeps the articles whole. */
    public ArticleCache() {
        this(true);
    }

    private ArticleCache(boolean keepBodies) {
        this.keepBodies = keepBodies;
    }

    /**
     * A build's cache: what {@link #state} kept of the previous build, or an empty one when there is none or it
     * cannot be read.
     */
    public static ArticleCache forBuild(byte[] state) {
        ArticleCache cache = new ArticleCache(false);
        if (state != null) {
            try {
                ArticleState.read(state, cache.byPath, cache::loaded);
            } catch (IOException | RuntimeException damaged) {
                cache.byPath.clear();
                cache.data = List.of();
            }
        }
        return cache;
    }

    private void loaded(List<Stamp> dataStamps) {
        data = List.copyOf(dataStamps);
    }

    /** The fingerprint of the markdown of the article at {@code path} as last read, or null (not a build's cache). */
    public String bodyKey(String path) {
        Entry e = byPath.get(path);
        return e == null ? null : e.bodyKey();
    }

    /** What a next build needs of this cache: the articles that read without a finding, and the data files' stamps. */
    public byte[] state() {
        try {
            return ArticleState.write(data, byPath);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

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

    /**
     * The article at {@code path}, from the cache when its file's stamp is the one recorded, else read; {@code found}
     * is the file's stamp as the walk of the folder found it just before (or null: taken now).
     */
    Optional<Article> read(ArticleReader reader, Path file, String path, Stamp found, Diagnostics diagnostics) {
        Stamp stamp = found != null ? found : Stamp.of(file);
        Entry e = byPath.get(path);
        // an entry kept by an earlier build is for the same file only if the content folder did not move
        if (e == null || !e.stamp().equals(stamp) || e.article().isPresent() && !e.article().get().file().equals(file)) {
            Diagnostics local = new Diagnostics();
            Optional<Article> read = reader.read(file, path, local);
            if (keepBodies) {
                e = new Entry(stamp, read, local.all(), null);
            } else {
                e = new Entry(stamp, read.map(Article::withoutBody), local.all(),
                        read.map(a -> Fingerprint.once(a.body())).orElse(null));
            }
            byPath.put(path, e);
            local.all().forEach(diagnostics::add);
            return read;
        }
        e.findings().forEach(diagnostics::add);
        return e.article();
    }

    /** Keeps only these articles' entries (the others were deleted). */
    void retain(List<String> paths) {
        byPath.keySet().retainAll(Set.copyOf(paths));
    }
}
