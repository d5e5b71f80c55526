package yearbook.print;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Writes the small dictionaries that only one object refers to inside that object, instead of as objects of their
 * own. PDFBox writes every dictionary as an object of its own unless it is marked direct; a book's links each came
 * with four (the annotation's action and border style, the structure's object reference, and the link's tag), its
 * tagged lines with a marked-content reference each, its running heads with a property list each, and every page
 * with three dictionaries of resources: half of a 2 000-page book's 160 000 objects, each a cross-reference entry
 * and a place in an object stream to write when the book is saved. What the PDF says is the same.
 *
 * <p>Only dictionaries with one referrer are marked: a dictionary marked direct is written wherever it is referred
 * to, so the annotations, the structure elements, the pages and the faces stay objects of their own.
 */
final class DirectObjects {
    private static final COSName MCR = COSName.getPDFName("MCR");
    private static final COSName OBJR = COSName.getPDFName("OBJR");

    private DirectObjects() {
    }

    /** Marks the dictionaries of a drawn part's pages and tags that have one referrer. */
    static void mark(PDDocument doc) {
        for (PDPage page : doc.getPages()) {
            COSDictionary p = page.getCOSObject();
            if (p.getDictionaryObject(COSName.RESOURCES) instanceof COSDictionary resources) {
                resources.setDirect(true);
                direct(resources.getDictionaryObject(COSName.FONT));
                if (resources.getDictionaryObject(COSName.PROPERTIES) instanceof COSDictionary lists) {
                    lists.setDirect(true);
                    for (COSBase list : lists.getValues()) {
                        direct(list);
                    }
                }
            }
            if (p.getDictionaryObject(COSName.ANNOTS) instanceof COSArray annots) {
                for (int i = 0; i < annots.size(); i++) {
                    if (annots.getObject(i) instanceof COSDictionary annot) {
                        link(annot);
                    }
                }
            }
        }
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            kids(root.getCOSObject().getItem(COSName.K));
        }
    }

    /** Empty resources for a page, written in the page. */
    static org.apache.pdfbox.pdmodel.PDResources emptyResources() {
        org.apache.pdfbox.pdmodel.PDResources resources = new org.apache.pdfbox.pdmodel.PDResources();
        resources.getCOSObject().setDirect(true);
        return resources;
    }

    /** Marks a link annotation's action (and the place it goes to) and its border style. */
    static void link(COSDictionary annot) {
        if (annot.getDictionaryObject(COSName.A) instanceof COSDictionary action) {
            action.setDirect(true);
            direct(action.getDictionaryObject(COSName.D));
        }
        direct(annot.getDictionaryObject(COSName.BS));
    }

    /** Marks the marked-content and object references below {@code k} and the elements' attributes. */
    private static void kids(COSBase k) {
        if (k instanceof COSObject o) {
            k = o.getObject();
        }
        if (k instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                kids(a.get(i));
            }
        } else if (k instanceof COSDictionary d) {
            COSName type = d.getCOSName(COSName.TYPE);
            if (MCR.equals(type) || OBJR.equals(type)) {
                d.setDirect(true);
            } else if (d.containsKey(COSName.S)) {
                COSBase attributes = d.getDictionaryObject(COSName.A);
                if (attributes instanceof COSArray list) {
                    for (int i = 0; i < list.size(); i++) {
                        direct(list.getObject(i));
                    }
                } else {
                    direct(attributes);
                }
                kids(d.getItem(COSName.K));
            }
        }
    }

    private static void direct(COSBase b) {
        if (b instanceof COSDictionary || b instanceof COSArray) {
            b.setDirect(true);
        }
    }
}
