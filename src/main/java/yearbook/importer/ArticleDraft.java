package yearbook.importer;

import java.util.List;

import yearbook.importer.output.Draft;
import yearbook.region.Region;

/**
 * An article made from a page, before it is written: its draft, the notes on how its metadata was found, and its
 * region (null when unresolved), which decides the folder it goes to, and the pictures to write beside it.
 */
record ArticleDraft(Draft draft, List<String> notes, Region region, List<ArticleImage> images) {
    ArticleDraft {
        notes = List.copyOf(notes);
        images = List.copyOf(images);
    }

    ArticleDraft withPath(String path) {
        return new ArticleDraft(draft.withPath(path), notes, region, images);
    }
}
