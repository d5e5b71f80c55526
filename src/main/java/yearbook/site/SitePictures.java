package yearbook.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import yearbook.content.PictureFiles;
import yearbook.markdown.Pictures;

/**
 * The pictures of the site: their size, read from their headers once per build, and the smaller copies offered
 * to narrow screens, {@value #FIRST} and then {@value #SECOND} pixels wide, each made only for a PNG or JPEG wider
 * than it. Thread-safe.
 */
final class SitePictures {
    static final int FIRST = 480;
    static final int SECOND = 960;
    /** The widths of the smaller copies, narrowest first. */
    static final List<Integer> WIDTHS = List.of(FIRST, SECOND);

    private final PictureFiles files;
    private final Set<String> assets;
    private final Urls urls;

    /** @param files the content folder's pictures, or null when the content was not read from a folder */
    SitePictures(PictureFiles files, Set<String> assets, Urls urls) {
        this.files = files;
        this.assets = assets;
        this.urls = urls;
    }

    /** The size of the picture at {@code path} inside the content folder; empty when it cannot be read. */
    Optional<PictureFiles.Size> size(String path) {
        return files == null ? Optional.empty() : files.size(path);
    }

    /**
     * The widths of the copies made of a picture: each width it is wider than, for a picture that can be scaled,
     * unless the content has a file of its own where that copy would go.
     */
    List<Integer> copies(String path, PictureFiles.Size size) {
        List<Integer> out = new ArrayList<>();
        if (size.scalable()) {
            for (int w : WIDTHS) {
                if (size.width() > w && !assets.contains(PagePicture.copyPath(path, w))) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** The picture as the page shows it: its size and its copies' addresses. */
    Pictures.Shown shown(String path, PictureFiles.Size size) {
        List<Pictures.Copy> copies = new ArrayList<>();
        for (int w : copies(path, size)) {
            copies.add(new Pictures.Copy(urls.asset(PagePicture.copyPath(path, w)), w));
        }
        return new Pictures.Shown(size.width(), size.height(), copies);
    }
}
