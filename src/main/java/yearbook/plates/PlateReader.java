package yearbook.plates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import yearbook.content.PartFiles;
import yearbook.content.PictureFiles;
import yearbook.diag.Diagnostics;
import yearbook.diag.Msg;
import yearbook.yaml.YamlMap;

/**
 * Reads the picture sections (图片) from {@code content/pictures/*.yaml}: each file names its volume and lists its
 * pictures, each a file inside the content folder with a caption (required) and alternative text (a warning when
 * missing). A picture that is not there, lies outside the content folder or cannot be read is an error at its line.
 */
public final class PlateReader {
    /** The folder of the picture sections inside the content folder. */
    public static final String FOLDER = "pictures";
    static final Set<String> FIELDS = Set.of("volume", "pictures");
    static final Set<String> ENTRY_FIELDS = Set.of("file", "caption", "alt");

    private PlateReader() {
    }

    /** Every picture of every file, in the order written (files in name order). */
    public static List<Plate> read(Path contentDir, Diagnostics diagnostics) {
        List<Plate> plates = new ArrayList<>();
        List<PartFiles.File> files = PartFiles.list(contentDir, FOLDER, Set.of(".yaml", ".yml"), diagnostics);
        if (files.isEmpty()) {
            return List.of();
        }
        PictureFiles pictures = new PictureFiles(contentDir);
        for (PartFiles.File f : files) {
            YamlMap.parse(f.path(), f.text(), 0, diagnostics).ifPresent(y -> read(f.path(), y, pictures, plates));
        }
        return List.copyOf(plates);
    }

    private static void read(Path file, YamlMap y, PictureFiles pictures, List<Plate> out) {
        Diagnostics d = y.diagnostics();
        y.rejectUnknown(FIELDS);
        Optional<Integer> volume = y.integer("volume", true, 1900, 2200);
        if (!y.has("pictures")) {
            d.error(file, y.line(), Msg.of("missing-field", "pictures"));
        }
        for (YamlMap e : y.maps("pictures")) {
            e.rejectUnknown(ENTRY_FIELDS);
            Optional<String> given = e.string("file", true);
            Optional<String> caption = e.string("caption", true);
            Optional<String> alt = e.string("alt", false);
            if (given.isEmpty() || caption.isEmpty() || volume.isEmpty()) {
                continue;
            }
            String path = given.get().startsWith("/") ? given.get().substring(1) : given.get();
            Optional<PictureFiles.Size> size = path.contains("..") || path.contains("://") ? Optional.empty() : pictures.size(path);
            if (size.isEmpty()) {
                d.error(file, e.line("file"), Msg.of("plate.not-found", given.get()));
                continue;
            }
            if (alt.isEmpty()) {
                d.warning(file, e.line(), Msg.of("plate.no-alt", given.get()));
            }
            out.add(new Plate(file, e.line(), volume.get(), path, caption.get(), alt.orElse(caption.get()),
                    size.get().width(), size.get().height()));
        }
    }
}
