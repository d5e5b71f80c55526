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

    record Entry(Stamp stamp, Optional<Article> article, List<Diagnostic> findings, String bodyKey, String articleKey) {
    }

    private final Map<String, Entry> byPath = new ConcurrentHashMap<>();
    private volatile List<Stamp> data = List.of();
    /** the previous build's state being read in a thread of its own ({@link #forBuildLater}), or null when read */
    private volatile java.util.concurrent.CompletableFuture<Void> loading;
    /** whether entries keep the articles' markdown (the preview's), or only its fingerprint (a build's) */
    private final boolean keepBodies;
    /** the entries as the whole state read held them, and that state's mark; null when none was read */
    private Map<String, Entry> base;
    private long baseId;
    /** A state's changes are written instead of the whole when they are at most this share of it, or 256. */
    private static final int CHANGES_SHARE = 8;

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
        return forBuild(state, null);
    }

    /** As {@link #forBuild(byte[])}, with the {@link #changes} written since that state, or null. */
    public static ArticleCache forBuild(byte[] state, byte[] changes) {
        ArticleCache cache = new ArticleCache(false);
        cache.load(state, changes);
        return cache;
    }

    private void load(byte[] state, byte[] changes) {
        if (state == null) {
            return;
        }
        try {
            Long id = ArticleState.read(state, null, byPath, this::loaded);
            if (id != null) {
                base = new java.util.HashMap<>(byPath);
                baseId = id;
                if (changes != null) { // changes of another state are not read
                    ArticleState.read(changes, id, byPath, this::loaded);
                }
            }
        } catch (IOException | RuntimeException damaged) {
            byPath.clear();
            data = List.of();
            base = null;
        }
    }

    /**
     * As {@link #forBuild}, the state read from {@code state} and decoded in a thread of its own, meanwhile the
     * build reads its settings and walks the content folder: the cache waits for it when it is first asked.
     */
    public static ArticleCache forBuildLater(java.util.function.Supplier<byte[]> state,
                                             java.util.function.Supplier<byte[]> changes) {
        ArticleCache cache = new ArticleCache(false);
        java.util.concurrent.CompletableFuture<Void> loading = new java.util.concurrent.CompletableFuture<>();
        cache.loading = loading;
        Thread t = new Thread(() -> {
            try {
                cache.load(state.get(), changes.get());
                loading.complete(null);
            } catch (Throwable e) {
                loading.completeExceptionally(e);
            }
        }, "yearbook-read-articles-state");
        t.setDaemon(true);
        t.start();
        return cache;
    }

    /** Waits for the previous build's state when it is still being read. */
    private void ready() {
        java.util.concurrent.CompletableFuture<Void> l = loading;
        if (l != null) {
            try {
                l.join();
            } catch (java.util.concurrent.CompletionException e) {
                // what the reading thread ran out of (memory) is the build's to report
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
            loading = null;
        }
    }

    private void loaded(List<Stamp> dataStamps) {
        data = List.copyOf(dataStamps);
    }

    /** What the cache holds for the article at {@code path}, or null. */
    Entry entry(String path) {
        ready();
        return byPath.get(path);
    }

    /** The fingerprint of the markdown of the article at {@code path} as last read, or null (not a build's cache). */
    public String bodyKey(String path) {
        Entry e = entry(path);
        return e == null ? null : e.bodyKey();
    }

    /**
     * What a next build needs of this cache, whole: the articles that read without a finding, and the data files'
     * stamps. It has a mark of its own, which the {@link #changes} since it carry.
     */
    public byte[] state() {
        ready();
        try {
            return ArticleState.write(java.util.concurrent.ThreadLocalRandom.current().nextLong(), data, byPath, List.of());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * What changed since the whole state this cache was read from, when that is little (null otherwise, or when
     * none was read): the entries not as it held them, and the paths it had that are gone or not kept. Read with that
     * state, they give the same cache as {@link #state}, at the cost of one article's entry rather than all of them.
     */
    public byte[] changes() {
        ready();
        Map<String, Entry> b = base;
        if (b == null) {
            return null;
        }
        Map<String, Entry> changed = new java.util.HashMap<>();
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, Entry> e : byPath.entrySet()) {
            if (b.get(e.getKey()) != e.getValue()) {
                if (ArticleState.kept(e.getValue())) {
                    changed.put(e.getKey(), e.getValue());
                } else if (b.containsKey(e.getKey())) {
                    removed.add(e.getKey());
                }
            }
        }
        for (String path : b.keySet()) {
            if (!byPath.containsKey(path)) {
                removed.add(path);
            }
        }
        if (changed.size() + removed.size() > Math.max(256, b.size() / CHANGES_SHARE)) {
            return null;
        }
        removed.sort(null);
        try {
            return ArticleState.write(baseId, data, changed, removed);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Drops these files (absolute paths) of {@code contentDir}, so that they are read again even when a save
     * kept their size and fell within the file system's timestamp granularity.
     */
    public void forget(Path contentDir, Set<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        ready();
        for (Path f : files) {
            if (f.startsWith(contentDir)) {
                byPath.remove(contentDir.relativize(f).toString().replace('\\', '/'));
            }
        }
    }

    /** Starts a load of {@code contentDir}: everything is forgotten when its data files changed. */
    void begin(Path contentDir) {
        ready();
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
        ready();
        Stamp stamp = found != null ? found : Stamp.of(file);
        Entry e = byPath.get(path);
        // an entry kept by an earlier build is for the same file only if the content folder did not move
        if (e == null || !e.stamp().equals(stamp) || e.article().isPresent() && !e.article().get().file().equals(file)) {
            Diagnostics local = new Diagnostics();
            Optional<Article> read = reader.read(file, path, local);
            if (keepBodies) {
                e = new Entry(stamp, read, local.all(), null, null);
            } else {
                Optional<Article> without = read.map(Article::withoutBody);
                e = new Entry(stamp, without, local.all(), read.map(a -> Fingerprint.once(a.body())).orElse(null),
                        without.map(Fingerprint::once).orElse(null));
            }
            byPath.put(path, e);
            local.all().forEach(diagnostics::add);
            return read;
        }
        e.findings().forEach(diagnostics::add);
        return e.article();
    }

    /** Keeps only these articles' entries (the others were deleted), once each of them was {@link #read}. */
    void retain(List<String> paths) {
        ready();
        // every article read has its entry: when there are no more entries than articles, none is of a deleted file
        if (byPath.size() > paths.size()) {
            byPath.keySet().retainAll(new java.util.HashSet<>(paths));
        }
    }
}
