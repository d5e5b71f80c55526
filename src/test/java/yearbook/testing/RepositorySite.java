package yearbook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildResult;
import yearbook.pipeline.BuildService;
import yearbook.pipeline.Progress;

/**
 * The repository's own yearbook (content/ and templates/), built as a website without PDFs, for the tests
 * that look at the pages as a reader gets them. Pages are named by their URL path ({@code /regions/}).
 */
public final class RepositorySite {
    private static final Pattern KIND = Pattern.compile("<body class=\"kind-([a-z0-9-]+)");

    private RepositorySite() {
    }

    /** Builds the site into {@code dir/site} and returns that folder. */
    public static Path build(Path dir) {
        Path site = dir.resolve("site");
        try {
            BuildResult r = new BuildService("test").build(
                    new BuildOptions(Path.of("content"), TestFiles.templates(), site), Progress.NONE);
            if (r.pages() == 0) {
                throw new IllegalStateException("the repository's yearbook built no pages");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }

    /**
     * Builds the repository's yearbook with {@code site.pageSize} set to {@code pageSize} into {@code dir/site-paged}
     * (from a copy of the content, so that its list pages go on over several pages) and returns that folder.
     */
    public static Path buildPaginated(Path dir, int pageSize) {
        Path content = dir.resolve("content-paged");
        Path site = dir.resolve("site-paged");
        try (var files = Files.walk(Path.of("content"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = content.resolve(Path.of("content").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
            Files.writeString(content.resolve("yearbook.yaml"), "\nsite:\n  pageSize: " + pageSize + "\n",
                    java.nio.file.StandardOpenOption.APPEND);
            new BuildService("test").build(new BuildOptions(content, TestFiles.templates(), site), Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }

    /** The kinds of list page that go on over several pages when their list is longer than the page size. */
    public static final List<String> PAGINATED_KINDS = List.of("volume", "region", "theme", "region-theme");

    /** A later page ({@code …/page/2/}) of each kind of list page that has one: kind → URL path. */
    public static Map<String, String> laterPageOfEachKind(Path site) {
        Map<String, String> kinds = new TreeMap<>();
        for (String page : pages(site)) {
            if (page.matches(".*/page/\\d+/")) {
                try {
                    Matcher m = KIND.matcher(Files.readString(file(site, page)));
                    if (m.find()) {
                        kinds.putIfAbsent(m.group(1), page);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return kinds;
    }

    /** Every HTML page of the site, as URL paths, sorted ({@code /2019/}, …, {@code /404.html}). */
    public static List<String> pages(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            List<String> pages = new ArrayList<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String rel = site.relativize(f).toString().replace('\\', '/');
                pages.add("/" + (rel.equals("index.html") ? "" : rel.endsWith("/index.html")
                        ? rel.substring(0, rel.length() - "index.html".length()) : rel));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file a URL path names: {@code /x/} is {@code x/index.html}. */
    public static Path file(Path site, String urlPath) {
        String rel = urlPath.substring(1);
        return site.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel);
    }

    /**
     * One page of each kind (the template's {@code kind-…} class on the body: home, volume, regions, region,
     * themes, theme, article, 404, …), the largest of its kind, so the one that shows the most: kind → URL path.
     */
    public static Map<String, String> pageOfEachKind(Path site) {
        Map<String, String> kinds = new TreeMap<>();
        Map<String, Long> sizes = new TreeMap<>();
        for (String page : pages(site)) {
            Path f = file(site, page);
            try {
                Matcher m = KIND.matcher(Files.readString(f));
                long size = Files.size(f);
                if (m.find() && size > sizes.getOrDefault(m.group(1), -1L)) {
                    kinds.put(m.group(1), page);
                    sizes.put(m.group(1), size);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return kinds;
    }

    /** The kinds every yearbook site has, which the reader-facing tests must each have looked at. */
    public static final List<String> KINDS = List.of("home", "volume", "regions", "region", "themes", "theme",
            "article", "search", "region-theme", "404", "chronicle", "statistics", "honours");
}
