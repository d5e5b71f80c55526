package yearbook.site;

import java.util.List;

/**
 * A picture an article shows, a file of the content folder whose size is known.
 *
 * @param path   its path inside the content folder, with '/'
 * @param line   the line of the article's file it is written on
 * @param width  its width in pixels
 * @param height its height in pixels
 * @param format its format as Java's image readers name it: {@code png}, {@code jpeg}, {@code gif}
 * @param copies the widths of the smaller copies the site offers of it, narrowest first ({@link #copyPath(int)})
 */
public record PagePicture(String path, int line, int width, int height, String format, List<Integer> copies) {
    public PagePicture {
        copies = List.copyOf(copies);
    }

    /** Where the copy {@code width} pixels wide is published, inside the site: {@code nm/img/photo-480w.jpg}. */
    public String copyPath(int width) {
        return copyPath(path, width);
    }

    static String copyPath(String path, int width) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot <= slash + 1 ? path + "-" + width + "w" : path.substring(0, dot) + "-" + width + "w" + path.substring(dot);
    }
}
