package yearbook.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
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
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Puts the parts of a book into the book's file one after another: each part's pages, tags and bookmarks become the
 * book's as they are (not copied, as PDFBox's merger would) and are written at once ({@link StreamedPdf}), so that
 * the part can be let go. What the merger would do to them is done here in place: the pages' keys into the
 * structure's parent tree are moved past the book's, the part's top element becomes a {@code Part} of the book's
 * {@code Document}, and its bookmarks lead to its pages in the file.
 *
 * <p>What the book keeps of a part until its end: the numbers its pages and {@code Part} elements were written
 * under, its parent tree's keys with the numbers of their values, and its bookmarks.
 */
final class PartMerge {
    /** What is done to each page of a part before it is written (its links, whether it is blank). */
    interface BeforeWrite {
        void page(PDPage page, int index) throws IOException;
    }

    /** A part as written: its pages, its top elements and its bookmarks, in order. */
    record Written(List<StreamedPdf.Ref> pages, List<StreamedPdf.Ref> elements, List<PDOutlineItem> bookmarks) {
    }

    private final StreamedPdf out;
    private final Set<COSDictionary> faces;
    /** the book's page tree, written at the end */
    final COSDictionary pageTree = new COSDictionary();
    /** the book's {@code Document} element, whose kids are the parts, written at the end */
    private final COSDictionary top = new COSDictionary();
    /** the book's parent tree: each key and the number of its value */
    private final TreeMap<Integer, StreamedPdf.Ref> parentTree = new TreeMap<>();
    private final COSDictionary roles = new COSDictionary();
    private int nextKey;

    /**
     * @param out   the book's file
     * @param faces the book's faces, the only fonts a part may draw with, written at the end in this order (numbered
     *              first, so that no part can write one before its subset is made)
     */
    PartMerge(StreamedPdf out, List<COSDictionary> faces) {
        this.out = out;
        this.faces = Collections.newSetFromMap(new IdentityHashMap<>());
        this.faces.addAll(faces);
        out.reserve(pageTree);
        out.reserve(top);
        faces.forEach(out::reserve);
    }

    /** Writes every page of {@code part}, with its tags, and returns what the book keeps of it. */
    Written append(PDDocument part, BeforeWrite before) throws IOException {
        PDDocumentCatalog from = part.getDocumentCatalog();
        PDStructureTreeRoot source = from.getStructureTreeRoot();
        if (source == null) {
            throw new IOException("a part of the book has no tags");
        }
        int offset = nextKey;
        List<PDPage> pages = new ArrayList<>(part.getNumberOfPages());
        part.getPages().forEach(pages::add);
        Set<COSDictionary> own = Collections.newSetFromMap(new IdentityHashMap<>());
        List<COSBase> roots = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PDPage page = pages.get(i);
            COSDictionary p = page.getCOSObject();
            checkFonts(page);
            shift(p, COSName.STRUCT_PARENTS, offset);
            if (p.getDictionaryObject(COSName.ANNOTS) instanceof COSArray annots) {
                for (int a = 0; a < annots.size(); a++) {
                    if (annots.getObject(a) instanceof COSDictionary annot) {
                        shift(annot, COSName.STRUCT_PARENT, offset);
                    }
                }
            }
            p.setItem(COSName.PARENT, pageTree);
            before.page(page, i);
            own.add(p);
            roots.add(p);
        }
        TreeMap<Integer, COSBase> values = new TreeMap<>();
        numbers(source.getCOSObject().getDictionaryObject(COSName.PARENT_TREE), values);
        List<COSDictionary> elements = elements(source.getK());
        for (COSDictionary e : elements) {
            e.setItem(COSName.S, COSName.PART);
            e.setItem(COSName.P, top);
            roots.add(e);
        }
        for (COSBase v : values.values()) {
            if (v instanceof COSObject o) {
                v = o.getObject();
            }
            if (v instanceof COSArray a) {
                a.setDirect(false); // an object of its own, so that the book keeps only its number
            }
            if (v != null) {
                roots.add(v);
            }
        }
        out.write(roots.toArray(new COSBase[0]));
        List<StreamedPdf.Ref> pageRefs = new ArrayList<>(pages.size());
        for (PDPage page : pages) {
            pageRefs.add(out.ref(page.getCOSObject()));
        }
        List<StreamedPdf.Ref> elementRefs = new ArrayList<>(elements.size());
        for (COSDictionary e : elements) {
            elementRefs.add(out.ref(e));
        }
        for (Map.Entry<Integer, COSBase> e : values.entrySet()) {
            if (e.getValue() != null && !(e.getValue() instanceof COSObject o && o.getObject() == null)) {
                parentTree.put(offset + e.getKey(), out.ref(e.getValue()));
            }
        }
        nextKey = offset + nextKey(source, values);
        roles(source);
        List<PDOutlineItem> bookmarks = bookmarks(from, own, pageRefs.isEmpty() ? null : pageRefs.get(0));
        out.writePart(); // the part's objects are written; the book keeps their numbers only
        // nor does the part's catalog hold them (the first part's becomes the book's, and stays open to the end)
        from.getCOSObject().setItem(COSName.PAGES, pageTree);
        from.getCOSObject().removeItem(COSName.OUTLINES);
        source.getCOSObject().setItem(COSName.K, top);
        source.getCOSObject().removeItem(COSName.PARENT_TREE);
        source.getCOSObject().removeItem(COSName.ID_TREE);
        return new Written(pageRefs, elementRefs, bookmarks);
    }

    /**
     * Gives the book's structure tree (the first part's, in the catalog written last) the book's {@code Document},
     * holding the parts' elements in the book's order, and the parent tree of all parts.
     */
    void finish(PDStructureTreeRoot root, List<StreamedPdf.Ref> parts) {
        top.setItem(COSName.S, COSName.DOCUMENT);
        top.setItem(COSName.P, root.getCOSObject());
        COSArray kids = new COSArray();
        parts.forEach(kids::add);
        top.setItem(COSName.K, kids);
        COSDictionary r = root.getCOSObject();
        r.setItem(COSName.K, top);
        r.removeItem(COSName.ID_TREE); // the parts' ids are not the book's
        COSArray nums = new COSArray();
        parentTree.forEach((key, value) -> {
            nums.add(COSInteger.get(key));
            nums.add(value);
        });
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, nums);
        r.setItem(COSName.PARENT_TREE, tree);
        r.setInt(COSName.PARENT_TREE_NEXT_KEY, nextKey);
        if (roles.size() > 0) {
            r.setItem(COSName.ROLE_MAP, roles);
        }
    }

    /** The book's page tree, flat: the pages in the order given. */
    void pages(List<StreamedPdf.Ref> order) {
        pageTree.setItem(COSName.TYPE, COSName.PAGES);
        COSArray kids = new COSArray();
        order.forEach(kids::add);
        pageTree.setItem(COSName.KIDS, kids);
        pageTree.setInt(COSName.COUNT, order.size());
    }

    /** A page written now: one left blank, sized as {@code size}. */
    StreamedPdf.Ref blank(org.apache.pdfbox.pdmodel.common.PDRectangle size) throws IOException {
        PDPage blank = new PDPage(size);
        blank.setResources(DirectObjects.emptyResources()); // a page's resources are required, even when empty
        blank.getCOSObject().setItem(COSName.CONTENTS, new org.apache.pdfbox.cos.COSStream()); // as a page emptied
        blank.getCOSObject().setItem(COSName.PARENT, pageTree);
        out.write(blank.getCOSObject());
        StreamedPdf.Ref ref = out.ref(blank.getCOSObject());
        out.writePart();
        return ref;
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

    private void roles(PDStructureTreeRoot source) {
        COSDictionary map = source.getCOSObject().getCOSDictionary(COSName.ROLE_MAP);
        if (map == null) {
            return;
        }
        for (Map.Entry<COSName, COSBase> e : map.entrySet()) {
            if (!roles.containsKey(e.getKey())) {
                roles.setItem(e.getKey(), e.getValue());
            }
        }
    }

    /**
     * The part's bookmarks, let go of their outline, each leading to its page in the file by the page's number
     * (a bookmark leads to a page of its own part).
     */
    private List<PDOutlineItem> bookmarks(PDDocumentCatalog from, Set<COSDictionary> pages, StreamedPdf.Ref first) {
        PDDocumentOutline source = from.getDocumentOutline();
        List<PDOutlineItem> items = new ArrayList<>();
        if (source == null) {
            return items;
        }
        source.children().forEach(items::add);
        for (PDOutlineItem item : items) {
            item.getCOSObject().removeItem(COSName.PREV);
            item.getCOSObject().removeItem(COSName.NEXT);
            item.getCOSObject().removeItem(COSName.PARENT);
            numbered(item.getCOSObject(), pages, first);
        }
        return items;
    }

    /** Points a bookmark and those below it at their pages' numbers in the file. */
    private void numbered(COSDictionary item, Set<COSDictionary> pages, StreamedPdf.Ref first) {
        page(item.getDictionaryObject(COSName.DEST), pages, first);
        COSBase element = item.getItem(COSName.SE);
        if (element != null) {
            StreamedPdf.Ref ref = out.written(element);
            if (ref != null) {
                item.setItem(COSName.SE, ref); // the element it stands for, written with the part
            } else {
                item.removeItem(COSName.SE);
            }
        }
        if (item.getDictionaryObject(COSName.A) instanceof COSDictionary action) {
            page(action.getDictionaryObject(COSName.D), pages, first);
        }
        for (COSBase kid = item.getDictionaryObject(COSName.FIRST); kid instanceof COSDictionary d;
             kid = d.getDictionaryObject(COSName.NEXT)) {
            numbered(d, pages, first);
        }
    }

    private void page(COSBase destination, Set<COSDictionary> pages, StreamedPdf.Ref first) {
        if (destination instanceof COSArray d && d.size() > 0 && d.getObject(0) instanceof COSDictionary page) {
            // a page not among the part's (the stand-in page a part that begins on a left-hand page drops) would
            // be written again at the end: the bookmark leads to the part's first page instead
            d.set(0, pages.contains(page) ? out.written(page) : first);
        }
    }
}
