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

import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * The pictures of a content folder as far as their headers tell: the size in pixels, the format and a JPEG's
 * orientation mark, read once per file and kept (the pixels themselves are not decoded). Only the pictures articles show are read. Thread-safe.
 */
public final class PictureFiles {
    /**
     * What a picture's header says.
     *
     * @param width  its width in pixels
     * @param height its height in pixels
     * @param format its format in lower case as Java's image readers name it: {@code png}, {@code jpeg}, {@code gif}
     * @param scalable whether smaller copies can be made of it: a PNG or JPEG of at most {@value #LARGEST} pixels
     *                 whose pixels Java can decode (not, for example, a JPEG in the printers' CMYK colours), stored
     *                 upright
     * @param turned   whether it is a JPEG stored turned or mirrored, with a mark (EXIF orientation) that asks
     *                 for it to be shown upright: browsers follow the mark, the book and the copies would not
     */
    public record Size(int width, int height, String format, boolean scalable, boolean turned) {
    }

    /** The most pixels a picture may have for copies to be made of it (40 million: 160 MB once decoded). */
    public static final long LARGEST = 40_000_000L;

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
                boolean turned = format.equals("jpeg") && turned(reader);
                return Optional.of(new Size(width, height, format,
                        !turned && (long) width * height <= LARGEST && scalable(reader, format), turned));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether a JPEG's EXIF orientation asks for it to be turned or mirrored (read from its header's markers). */
    private static boolean turned(ImageReader reader) {
        try {
            Orientation o = ExifUtils.getExifOrientation(reader, 0);
            return o != null && o != Orientation.TOP_LEFT;
        } catch (IOException | RuntimeException e) {
            return false;
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
