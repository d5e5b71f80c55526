package yearbook.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** The files an import reads, from the files and folders given, and how the report names them. */
final class InputFiles {
    /** Files a folder's walk takes; each file's format is then told from its bytes, whatever its name says. */
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown", "docx", "html", "htm",
            "xhtml", "shtml", "pdf");

    private InputFiles() {
    }

    /** Files as given, and the text, Word, web-page and PDF files inside folders (hidden ones left out), in name order. */
    static List<Path> expand(List<Path> inputs) throws IOException {
        Set<Path> out = new LinkedHashSet<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> Stream.of(in.relativize(p).toString().split("[/\\\\]")).noneMatch(s -> s.startsWith(".")))
                            .filter(p -> {
                                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                                int dot = n.lastIndexOf('.');
                                return dot < 0 || TEXT_EXTENSIONS.contains(n.substring(dot + 1));
                            })
                            .sorted()
                            .forEach(out::add);
                }
            } else if (Files.exists(in)) {
                out.add(in);
            } else {
                throw new NoSuchFileException(in.toString(), null, "no such file or folder to import");
            }
        }
        return new ArrayList<>(out);
    }

    /** A file as the report shows it: relative to {@code base} when inside it, with '/' separators. */
    static String shown(Path base, Path f) {
        Path abs = f.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
