package yearbook.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The built-in templates, packed into the tool from the repository's {@code templates/} folder: every template a
 * site needs, {@code assets/} and {@code print/}. A yearbook's own templates folder holds only what it changes;
 * whatever it lacks comes from here.
 */
public final class BuiltIn {
    /** Where the built-in templates lie on the class path. */
    static final String ROOT = "yearbook/templates";
    private static Path folder;

    private BuiltIn() {
    }

    /** The built-in templates as a folder: a real one when the tool runs from its classes, else inside its jar. */
    public static synchronized Path folder() {
        if (folder == null) {
            URL url = BuiltIn.class.getClassLoader().getResource(ROOT);
            if (url == null) {
                throw new IllegalStateException("the built-in templates are missing from the tool");
            }
            try {
                URI uri = url.toURI();
                if (uri.getScheme().equals("jar")) {
                    String jar = uri.toString().substring(0, uri.toString().indexOf("!/"));
                    FileSystem fs;
                    try {
                        fs = FileSystems.newFileSystem(URI.create(jar), Map.of());
                    } catch (FileSystemAlreadyExistsException e) {
                        fs = FileSystems.getFileSystem(URI.create(jar));
                    }
                    folder = fs.getPath("/" + ROOT);
                } else {
                    folder = Path.of(uri);
                }
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    /** The built-in files, as paths relative to the folder with '/' separators, sorted. */
    public static List<String> files() {
        Path root = folder();
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
