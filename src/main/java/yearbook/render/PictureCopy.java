package yearbook.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import net.coobird.thumbnailator.Thumbnails;

import yearbook.diag.ContentException;
import yearbook.diag.Diagnostic;
import yearbook.diag.Msg;

/**
 * Makes a smaller copy of a picture, for narrow screens: scaled with Thumbnailator to a width, its height in
 * proportion, in the picture's own format (a JPEG at quality {@value #QUALITY}). The same picture gives the same
 * bytes every time. Makes bytes only; writing them is the publisher's.
 */
final class PictureCopy {
    static final double QUALITY = 0.85;

    private PictureCopy() {
    }

    /**
     * @param source the picture's file
     * @param shown  its path as the article wrote it, for the finding when the picture cannot be decoded
     * @param width  the copy's width in pixels
     * @param format {@code png} or {@code jpeg}
     */
    static byte[] make(Path source, String shown, int width, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thumbnails.Builder<java.io.File> b = Thumbnails.of(source.toFile())
                    .width(width)
                    .useExifOrientation(false) // the page gives the picture's size as its header does
                    .outputFormat(format);
            if (format.equals("jpeg")) {
                b.outputQuality(QUALITY);
            }
            b.toOutputStream(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new ContentException(List.of(Diagnostic.error(source, 0, Msg.of("picture-damaged", shown))));
        }
    }
}
