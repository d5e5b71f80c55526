package yearbook.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a small project from a text archive: each file starts with a line {@code -- path --}, its content
 * follows until the next such line. Keeps a whole test site readable on one screen.
 */
public final class TestFiles {
    private static final Pattern HEADER = Pattern.compile("(?m)^-- (\\S+) --$\\n?");

    /** Settings and a two-theme vocabulary most tests share. */
    public static final String BASICS = """
            -- content/yearbook.yaml --
            title: 测试年鉴
            baseUrl: https://example.org/yb/
            -- content/themes.yaml --
            themes:
              - id: model-workers
                name: 劳模工匠
                signals: [劳模]
              - id: hardship-aid
                name: 困难职工帮扶
                signals: [送温暖]
            """;

    /** Two articles, a county's in each of two provinces (内蒙古 and 陕西), with one theme each. */
    public static final String TWO_ARTICLES = """
            -- content/articles/a.md --
            ---
            title: 鄂托克前旗总工会开展送温暖活动
            organization: 鄂托克前旗总工会
            region: 150623
            year: 2018
            themes: [hardship-aid]
            ---
            旗总工会走访慰问困难职工，送去慰问金和生活用品。
            -- content/articles/b.md --
            ---
            title: 定边县总工会表彰劳模
            organization: 定边县总工会
            region: 610825
            year: 2018
            themes: [model-workers]
            ---
            县总工会表彰了一批劳动模范。
            """;
    private TestFiles() {
    }

    public static void write(Path root, String archive) throws IOException {
        Matcher m = HEADER.matcher(archive);
        String path = null;
        int start = 0;
        while (m.find()) {
            if (path != null) {
                put(root, path, archive.substring(start, m.start()));
            }
            path = m.group(1);
            start = m.end();
        }
        if (path != null) {
            put(root, path, archive.substring(start));
        }
    }

    private static void put(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The project's own templates folder. */
    public static Path templates() {
        return Path.of("templates").toAbsolutePath();
    }

    /** Copies a folder with everything in it, e.g. the templates, to change one file in the copy. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }

    public static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
