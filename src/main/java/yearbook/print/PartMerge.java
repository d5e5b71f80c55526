package yearbook.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Puts the parts of a book into the book's document by moving their pages, tags and bookmarks, not copying them.
 *
 * <p>PDFBox's merger copies every object of a part and then walks the copied structure tree once for each
 * marked-content sequence to point it at the copied pages: a tenth of the time of a 2 000-page book, all of it
 * on the thread that puts the book together. The parts are documents the renderer made in memory with the
 * book's faces (or, for an offprint, a volume's part read back, its fonts made the book's faces: {@link Offprints}),
 * so their objects can belong to the book as they are. What the merger would do to them is done
 * here in place: the pages' keys into the structure's parent tree are moved past the book's, the part's top
 * element becomes a {@code Part} of the book's {@code Document}, and its bookmarks follow the book's.
 *
 * <p>A part's page contents stay in its document's memory: the part's document is closed only after the book is
 * saved.
 */
final class PartMerge {
    private final PDDocument book;
    private final Set<COSDictionary> faces;
    /** the book's parent tree, by key; null until the first part is added */
    private TreeMap<Integer, COSBase> parentTree;
    private int nextKey;
    /** the book's {@code Document} element, whose kids are the parts */
    private COSDictionary top;

    /**
     * @param book  the first part's document (drawn into, or an offprint's read), which the others join
     * @param faces the book's faces, the only fonts a part may draw with
     */
    PartMerge(PDDocument book, Set<COSDictionary> faces) {
        this.book = book;
        this.faces = faces;
    }

    /** Moves every page of {@code part}, with its tags and bookmarks, to the end of the book. */
    void append(PDDocument part) throws IOException {
        PDDocumentCatalog from = part.getDocumentCatalog();
        PDStructureTreeRoot source = from.getStructureTreeRoot();
        PDStructureTreeRoot target = book.getDocumentCatalog().getStructureTreeRoot();
        if (source == null || target == null) {
            throw new IOException("a part of the book has no tags");
        }
        if (parentTree == null) {
            parentTree = new TreeMap<>();
            numbers(target.getCOSObject().getDictionaryObject(COSName.PARENT_TREE), parentTree);
            nextKey = nextKey(target, parentTree);
        }
        int offset = nextKey;
        List<PDPage> pages = new ArrayList<>(part.getNumberOfPages());
        part.getPages().forEach(pages::add);
        for (PDPage page : pages) {
            checkFonts(page);
            shift(page.getCOSObject(), COSName.STRUCT_PARENTS, offset);
            if (page.getCOSObject().getDictionaryObject(COSName.ANNOTS) instanceof COSArray annots) {
                for (int i = 0; i < annots.size(); i++) {
                    if (annots.getObject(i) instanceof COSDictionary annot) {
                        shift(annot, COSName.STRUCT_PARENT, offset);
                    }
                }
            }
            book.addPage(page);
        }
        TreeMap<Integer, COSBase> own = new TreeMap<>();
        numbers(source.getCOSObject().getDictionaryObject(COSName.PARENT_TREE), own);
        own.forEach((key, value) -> parentTree.put(offset + key, value));
        nextKey = offset + nextKey(source, own);
        kids(source, target);
        roles(source, target);
        outline(from);
    }

    /** Writes the book's parent tree, once the last part is added. */
    void finish() {
        if (parentTree == null) {
            return;
        }
        COSArray nums = new COSArray();
        parentTree.forEach((key, value) -> {
            nums.add(COSInteger.get(key));
            nums.add(value);
        });
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, nums);
        PDStructureTreeRoot root = book.getDocumentCatalog().getStructureTreeRoot();
        root.setParentTree(new PDNumberTreeNode(tree, PDParentTreeValue.class));
        root.setParentTreeNextKey(nextKey);
    }

    /** A part draws with the book's faces only: another font would be embedded nowhere. */
    private void checkFonts(PDPage page) throws IOException {
        COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
        COSDictionary fonts = resources == null ? null : resources.getCOSDictionary(COSName.FONT);
        if (fonts == null) {
            return;
        }
        for (COSName name : fonts.keySet()) {
            COSBase font = fonts.getDictionaryObject(name);
            if (!(font instanceof COSDictionary d) || !faces.contains(d)) {
                String base = font instanceof COSDictionary d ? d.getNameAsString(COSName.BASE_FONT) : String.valueOf(font);
                throw new IOException("a part uses the face " + base + ", which the book does not have");
            }
        }
    }

    private static void shift(COSDictionary dict, COSName key, int offset) {
        int value = dict.getInt(key, -1);
        if (value >= 0) {
            dict.setInt(key, value + offset);
        }
    }

    /** The entries of a number tree, its kids' included. */
    private static void numbers(COSBase node, Map<Integer, COSBase> out) {
        if (node instanceof COSObject o) {
            node = o.getObject();
        }
        if (!(node instanceof COSDictionary dict)) {
            return;
        }
        if (dict.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSNumber key) {
                    out.put(key.intValue(), nums.get(i + 1));
                }
            }
        }
        if (dict.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                numbers(kids.get(i), out);
            }
        }
    }

    private static int nextKey(PDStructureTreeRoot root, TreeMap<Integer, COSBase> tree) {
        int next = root.getParentTreeNextKey();
        int used = tree.isEmpty() ? 0 : tree.lastKey() + 1;
        return Math.max(next, used);
    }

    /**
     * The part's top elements become {@code Part}s of the book's {@code Document}, which holds the first part's
     * top element as a {@code Part} too (as PDFBox's merger arranges them).
     */
    private void kids(PDStructureTreeRoot source, PDStructureTreeRoot target) {
        if (top == null) {
            List<COSDictionary> first = elements(target.getK());
            top = new COSDictionary();
            top.setItem(COSName.S, COSName.DOCUMENT);
            top.setItem(COSName.P, target.getCOSObject());
            top.setItem(COSName.K, new COSArray());
            for (COSDictionary e : first) {
                adopt(e);
            }
            target.setK(top);
        }
        for (COSDictionary e : elements(source.getK())) {
            adopt(e);
        }
    }

    private void adopt(COSDictionary element) {
        element.setItem(COSName.S, COSName.PART);
        element.setItem(COSName.P, top);
        top.getCOSArray(COSName.K).add(element);
    }

    private static List<COSDictionary> elements(COSBase k) {
        if (k instanceof COSObject o) {
            k = o.getObject();
        }
        List<COSDictionary> out = new ArrayList<>();
        if (k instanceof COSDictionary d) {
            out.add(d);
        } else if (k instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.getObject(i) instanceof COSDictionary d) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    private static void roles(PDStructureTreeRoot source, PDStructureTreeRoot target) {
        COSDictionary roles = source.getCOSObject().getCOSDictionary(COSName.ROLE_MAP);
        if (roles == null) {
            return;
        }
        COSDictionary into = target.getCOSObject().getCOSDictionary(COSName.ROLE_MAP);
        if (into == null) {
            target.getCOSObject().setItem(COSName.ROLE_MAP, roles);
            return;
        }
        for (Map.Entry<COSName, COSBase> e : roles.entrySet()) {
            if (!into.containsKey(e.getKey())) {
                into.setItem(e.getKey(), e.getValue());
            }
        }
    }

    /** The part's bookmarks after the book's. */
    private void outline(PDDocumentCatalog from) {
        PDDocumentOutline source = from.getDocumentOutline();
        if (source == null) {
            return;
        }
        List<PDOutlineItem> items = new ArrayList<>();
        source.children().forEach(items::add);
        if (items.isEmpty()) {
            return;
        }
        PDDocumentCatalog catalog = book.getDocumentCatalog();
        PDDocumentOutline outline = catalog.getDocumentOutline();
        if (outline == null) {
            outline = new PDDocumentOutline();
            catalog.setDocumentOutline(outline);
        }
        for (PDOutlineItem item : items) {
            item.getCOSObject().removeItem(COSName.PREV);
            item.getCOSObject().removeItem(COSName.NEXT);
            item.getCOSObject().removeItem(COSName.PARENT);
            outline.addLast(item);
        }
    }
}
