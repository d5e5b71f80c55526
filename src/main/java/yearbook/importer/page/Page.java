package yearbook.importer.page;

import java.util.List;

/**
 * A raw page read into items: what its chrome told, the items in order, the captions that stood outside any item,
 * the lines dropped as chrome or labels, the paragraph joins made across blank lines, and whether the page is
 * OCR text (hard-wrapped short lines).
 */
public record Page(PageInfo info, List<Item> items, List<Unit> looseCaptions, List<Dropped> dropped,
                   List<Join> joins, boolean ocr) {
    public Page {
        items = List.copyOf(items);
        looseCaptions = List.copyOf(looseCaptions);
        dropped = List.copyOf(dropped);
        joins = List.copyOf(joins);
    }

    /** Two pieces of one paragraph that a column or page break had parted, joined again. */
    public record Join(int line, String before, String after, int blankLines) {
    }
}
