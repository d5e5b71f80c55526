package yearbook.plates;

import java.nio.file.Path;

/**
 * A picture of a volume's picture section (图片: the colour plates after the front matter — leaders' visits, the
 * year's events), with its caption and its description for readers who cannot see it.
 *
 * @param file    the file it is listed in
 * @param line    the line its entry starts on
 * @param path    the picture's path inside the content folder, with '/'
 * @param alt     what the picture shows, for screen readers; the caption when the editor gave none (then warned)
 * @param width   its width in pixels
 * @param height  its height in pixels
 */
public record Plate(Path file, int line, int volume, String path, String caption, String alt, int width, int height) {
}
