package yearbook.importer;

import java.util.List;

import yearbook.importer.output.Draft;
import yearbook.region.Region;

/**
 * An article made from a page, before it is written: its draft, the notes on how its metadata was found, and its
 * region (null when unresolved), which decides the folder it goes to.
 */
record ArticleDraft(Draft draft, List<String> notes, Region region) {
    ArticleDraft {
        notes = List.copyOf(notes);
    }

    ArticleDraft withPath(String path) {
        return new ArticleDraft(draft.withPath(path), notes, region);
    }
}
