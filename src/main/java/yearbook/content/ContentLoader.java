package yearbook.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import yearbook.diag.Msg;
import yearbook.config.Project;
import yearbook.config.ProjectLoader;
import yearbook.diag.Diagnostics;

/**
 * Finds and reads every article in the content folder, in parallel. Articles are the {@code .md} files at
 * any depth; names starting with '.' or '_', {@code README.md} files and the print yearbook's editorial notes
 * ({@link ProjectLoader#PREFACE_FILE} at the top of the folder) are skipped, and symbolic links are
 * not followed (content cannot pull in files from outside its folder). Other files (images, PDFs) are
 * assets, published beside the site's pages at the same relative path.
 */
public final class ContentLoader {
    private ContentLoader() {
    }

    /**
     * The content of a yearbook: articles (sorted by path), asset files (paths inside content) and the article
     * files that could not be read (each reported as an error), so that a link to one of them is not reported
     * once more as broken; and the folder they were read from (null when not read from one), where the pictures
     * the articles show are found. With a build's cache, {@code bodyKeys} gives the fingerprint of each article's
     * markdown by path: an article from the cache has no body (null), read again only to be rendered again; and
     * {@code articleKeys} the fingerprint of each article without its markdown ({@link Article#withoutBody}), taken
     * when its file was read, which stands for the article in the site model's key.
     */
    public record Content(List<Article> articles, List<String> assets, Set<String> unread, Path folder,
                          Map<String, String> bodyKeys, Map<String, String> articleKeys) {
        public Content {
            articles = List.copyOf(articles);
            assets = List.copyOf(assets);
            unread = Set.copyOf(unread);
            bodyKeys = Map.copyOf(bodyKeys);
            articleKeys = Map.copyOf(articleKeys);
        }

        public Content(List<Article> articles, List<String> assets, Set<String> unread, Path folder,
                       Map<String, String> bodyKeys) {
            this(articles, assets, unread, folder, bodyKeys, Map.of());
        }

        public Content(List<Article> articles, List<String> assets, Set<String> unread, Path folder) {
            this(articles, assets, unread, folder, Map.of());
        }

        public Content(List<Article> articles, List<String> assets, Set<String> unread) {
            this(articles, assets, unread, null);
        }

        public Content(List<Article> articles, List<String> assets) {
            this(articles, assets, Set.of());
        }
    }

    public static Content load(Path contentDir, Project project, Diagnostics diagnostics) {
        return load(contentDir, project, null, diagnostics);
    }

    /** As {@link #load(Path, Project, Diagnostics)}, reading only the files {@code cache} does not have as they are. */
    public static Content load(Path contentDir, Project project, ArticleCache cache, Diagnostics diagnostics) {
        return load(contentDir, project, cache, diagnostics, (done, total) -> { });
    }

    /** What {@link #load} tells as it reads: so many article files of so many are read. */
    @FunctionalInterface
    public interface Counter {
        void read(long done, long total);
    }

    /** As above, telling {@code counter} after each article file read, from the reading threads. */
    public static Content load(Path contentDir, Project project, ArticleCache cache, Diagnostics diagnostics,
                               Counter counter) {
        List<String> markdown = new ArrayList<>();
        List<String> assets = new ArrayList<>();
        // the size and time of each article file as the walk found them, for the cache to tell a changed one
        Map<String, ArticleCache.Stamp> stamps = cache != null ? new HashMap<>() : null;
        walk(contentDir, markdown, assets, stamps, diagnostics);
        ArticleReader reader = new ArticleReader(project);
        if (cache != null) {
            cache.begin(contentDir);
        }
        java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong();
        List<Article> articles = markdown.parallelStream()
                .map(p -> {
                    Optional<Article> a = cache != null ? cache.read(reader, contentDir.resolve(p), p, stamps.get(p), diagnostics)
                            : reader.read(contentDir.resolve(p), p, diagnostics);
                    counter.read(read.incrementAndGet(), markdown.size());
                    return a;
                })
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Article::path))
                .toList();
        if (cache != null) {
            cache.retain(markdown);
        }
        // a file gives one article at most: when there are as many articles as files, every file was read
        Set<String> unread = articles.size() == markdown.size() ? Set.of() : new HashSet<>(markdown);
        if (!unread.isEmpty()) {
            articles.forEach(a -> unread.remove(a.path()));
        }
        Map<String, String> bodyKeys = new HashMap<>(articles.size() + articles.size() / 3 + 1);
        Map<String, String> articleKeys = new HashMap<>(articles.size() + articles.size() / 3 + 1);
        if (cache != null) {
            for (Article a : articles) {
                ArticleCache.Entry e = cache.entry(a.path());
                if (e != null && e.bodyKey() != null) {
                    bodyKeys.put(a.path(), e.bodyKey());
                }
                if (e != null && e.articleKey() != null) {
                    articleKeys.put(a.path(), e.articleKey());
                }
            }
        }
        return new Content(articles, assets, unread, contentDir.toAbsolutePath().normalize(), bodyKeys, articleKeys);
    }

    /**
     * The articles' files as {@link #load} finds them, relative to the content folder and sorted; what cannot be
     * walked is reported by {@link #load}.
     */
    public static List<String> articleFiles(Path contentDir) {
        List<String> markdown = new ArrayList<>();
        walk(contentDir, markdown, new ArrayList<>(), null, new Diagnostics());
        return markdown;
    }

    /** Finds the articles and assets; {@code stamps}, when not null, takes each article file's size and time. */
    private static void walk(Path root, List<String> markdown, List<String> assets,
                             Map<String, ArticleCache.Stamp> stamps, Diagnostics diagnostics) {
        if (!Files.isDirectory(root)) {
            diagnostics.error(root, 0, Msg.of("no-content-folder"));
            return;
        }
        for (Found f : found(root, root, diagnostics)) {
            Path file = f.file();
            BasicFileAttributes attrs = f.attributes();
            if (attrs.isSymbolicLink() && !skipped(file)) {
                diagnostics.warning(file, 0, Msg.of("symbolic-link"));
            }
            if (!attrs.isRegularFile() || skipped(file)) {
                continue;
            }
            String rel = root.relativize(file).toString().replace('\\', '/');
            String lower = rel.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".md")) {
                if (!lower.endsWith("readme.md") && !rel.equals(ProjectLoader.PREFACE_FILE)) {
                    markdown.add(rel);
                    if (stamps != null) {
                        stamps.put(rel, new ArticleCache.Stamp(attrs.size(), attrs.lastModifiedTime().toInstant()));
                    }
                }
            } else if ((!(lower.endsWith(".yaml") || lower.endsWith(".yml")) || rel.contains("/"))
                    && !PartFiles.isPartData(rel)) {
                assets.add(rel);
            }
        }
        markdown.sort(null);
        assets.sort(null);
    }

    /** A file below the content folder that is not a folder, with its own attributes (a link not followed). */
    private record Found(Path file, BasicFileAttributes attributes) {
    }

    /**
     * Every file below {@code dir} that is not a folder, the folders whose names start with {@code .} or {@code _}
     * left out; the folders listed and their files asked for their attributes on all processors (100 000 articles
     * are 100 000 calls to the file system, which one processor made in turns). A folder or file that cannot be
     * read is reported and passed over; the content folder itself as such.
     */
    private static List<Found> found(Path root, Path dir, Diagnostics diagnostics) {
        List<Path> entries = new ArrayList<>();
        try (var list = Files.newDirectoryStream(dir)) {
            list.forEach(entries::add);
        } catch (IOException e) {
            diagnostics.error(dir, 0, dir.equals(root) ? Msg.of("content-folder-unreadable", String.valueOf(e.getMessage()))
                    : Msg.of("cannot-read", String.valueOf(e.getMessage())));
            return List.of();
        }
        return entries.parallelStream().flatMap(entry -> {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(entry, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                diagnostics.error(entry, 0, Msg.of("cannot-read", String.valueOf(e.getMessage())));
                return java.util.stream.Stream.empty();
            }
            if (a.isDirectory()) {
                return skipped(entry) ? java.util.stream.Stream.empty() : found(root, entry, diagnostics).stream();
            }
            return java.util.stream.Stream.of(new Found(entry, a));
        }).toList();
    }

    private static boolean skipped(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") || name.startsWith("_");
    }
}
