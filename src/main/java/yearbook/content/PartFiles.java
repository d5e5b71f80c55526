package yearbook.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import yearbook.diag.Diagnostics;
import yearbook.diag.Msg;
import yearbook.text.TextFiles;

/**
 * The files of a volume part kept in a folder of its own at the top of the content folder (the chronicle in
 * {@code chronicle/}, the honour rolls in {@code honours/}, the statistics in {@code statistics/}): read as
 * UTF-8 text, in name order, names starting with '.' or '_' and symbolic links left out, as for articles.
 */
public final class PartFiles {
    /** The folders of the volume parts: their data files are read as such, not published as assets. */
    public static final Set<String> FOLDERS = Set.of("chronicle", "honours", "statistics", "pictures");

    /** One file of a part: where it is, its path inside the content folder and its text. */
    public record File(Path path, String contentPath, String text) {
    }

    private PartFiles() {
    }

    /** Whether a file (path inside the content folder, '/'-separated) is a part's data file rather than an asset. */
    public static boolean isPartData(String contentPath) {
        int slash = contentPath.indexOf('/');
        if (slash < 0 || contentPath.indexOf('/', slash + 1) >= 0 || !FOLDERS.contains(contentPath.substring(0, slash))) {
            return false;
        }
        String lower = contentPath.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".csv");
    }

    /** The files of {@code folder} with one of {@code extensions}; none when the folder does not exist. */
    public static List<File> list(Path contentDir, String folder, Set<String> extensions, Diagnostics diagnostics) {
        Path dir = contentDir.resolve(folder);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<Path> paths;
        try (Stream<Path> s = Files.list(dir)) {
            paths = s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("_"))
                    .filter(p -> extensions.stream().anyMatch(e -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(e)))
                    .sorted().toList();
        } catch (IOException e) {
            diagnostics.error(dir, 0, Msg.of("cannot-read", e.getMessage()));
            return List.of();
        }
        List<File> files = new ArrayList<>();
        for (Path p : paths) {
            TextFiles.read(p, diagnostics).ifPresent(text ->
                    files.add(new File(p, folder + "/" + p.getFileName(), text)));
        }
        return files;
    }
}
