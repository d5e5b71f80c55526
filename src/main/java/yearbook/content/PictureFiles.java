package yearbook.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The pictures of a content folder as far as their headers tell: the size in pixels and the format, read once per
 * file and kept (the pixels themselves are not decoded). Only the pictures articles show are read. Thread-safe.
 */
public final class PictureFiles {
    /**
     * What a picture's header says.
     *
     * @param width  its width in pixels
     * @param height its height in pixels
     * @param format its format in lower case as Java's image readers name it: {@code png}, {@code jpeg}, {@code gif}
     * @param scalable whether smaller copies can be made of it: a PNG or JPEG whose pixels Java can decode (not,
     *                 for example, a JPEG in the printers' CMYK colours)
     */
    public record Size(int width, int height, String format, boolean scalable) {
    }

    private final Path folder;
    private final Map<String, Optional<Size>> sizes = new ConcurrentHashMap<>();

    /** @param folder the content folder */
    public PictureFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** The content folder. */
    public Path folder() {
        return folder;
    }

    /**
     * The size of the picture at {@code path} (inside the content folder, with '/'), from its header; empty when
     * it is not a regular file or not a picture Java can read (PNG, JPEG, GIF, BMP).
     */
    public Optional<Size> size(String path) {
        return sizes.computeIfAbsent(path, p -> read(folder.resolve(p).normalize()));
    }

    private Optional<Size> read(Path file) {
        if (!file.startsWith(folder) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (width <= 0 || height <= 0) {
                    return Optional.empty();
                }
                return Optional.of(new Size(width, height, format, scalable(reader, format)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the reader can decode the picture's pixels into an image: it knows a type for them. */
    private static boolean scalable(ImageReader reader, String format) {
        if (!format.equals("png") && !format.equals("jpeg")) {
            return false;
        }
        try {
            return reader.getImageTypes(0).hasNext();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
