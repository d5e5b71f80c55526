package yearbook.print;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Takes the plain {@code Span} elements out of the structure tree, giving what they held to the element above
 * them. The renderer tags every inline element as a {@code Span}, and the print HTML has many that only space
 * the text ({@link CjkSpacing}): more than half of a book's structure elements, each an object in the PDF and in
 * memory until the book is saved. A {@code Span} without attributes, language, alternative or replacement text
 * tells a reader nothing its parent does not (ISO 32000-1, 14.8.4.4), so the text it held is tagged by the
 * paragraph, heading or link it was in, in the same order; what the parent tree says of each marked-content
 * sequence is changed to match. A {@code Span} with any such entry is kept.
 */
final class PlainSpans {
    private static final COSName SPAN = COSName.getPDFName("Span");
    private static final COSName MCR = COSName.getPDFName("MCR");
    /** the entries a plain Span has: nothing a reader is told */
    private static final Set<COSName> PLAIN = Set.of(COSName.TYPE, COSName.S, COSName.P, COSName.K, COSName.PG);

    private PlainSpans() {
    }

    /** Takes the plain spans out of {@code doc}'s structure tree; returns how many. */
    static int flatten(PDDocument doc) {
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return 0;
        }
        Map<COSDictionary, COSDictionary> owner = new IdentityHashMap<>();
        COSBase kids = root.getCOSObject().getDictionaryObject(COSName.K);
        walk(kids, owner);
        if (owner.isEmpty()) {
            return 0;
        }
        COSBase parentTree = root.getCOSObject().getDictionaryObject(COSName.PARENT_TREE);
        repoint(parentTree, owner, Collections.newSetFromMap(new IdentityHashMap<>()));
        return owner.size();
    }

    /** Flattens the spans below every element under {@code k}. */
    private static void walk(COSBase k, Map<COSDictionary, COSDictionary> owner) {
        k = direct(k);
        if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), owner);
            }
        } else if (k instanceof COSDictionary element && element.containsKey(COSName.S)) {
            COSBase own = element.getDictionaryObject(COSName.K);
            if (own != null && !element.containsKey(COSName.PG) && !holdsNumbers(own)) {
                // an element with no page of its own (its text was all in spans) takes the first span's, so that
                // the numbers on that page need no page said with each
                COSBase page = firstSpanPage(own);
                if (page != null) {
                    element.setItem(COSName.PG, page);
                }
            }
            if (own != null) {
                COSArray flat = new COSArray();
                boolean changed = gather(element, element, element.getItem(COSName.PG), own, flat, owner);
                if (changed) {
                    element.setItem(COSName.K, flat.size() == 1 ? flat.get(0) : flat);
                }
                walk(element.getDictionaryObject(COSName.K), owner);
            }
        }
    }

    /**
     * Adds the kids {@code k} of {@code from} to {@code flat}, the kids of {@code element}: a plain span's own kids
     * in its place. {@code page} is the page {@code from}'s marked-content numbers are on. Returns whether a span
     * was taken out.
     */
    private static boolean gather(COSDictionary element, COSDictionary from, COSBase page, COSBase k, COSArray flat,
            Map<COSDictionary, COSDictionary> owner) {
        COSBase kid = direct(k);
        if (kid instanceof COSArray array) {
            boolean changed = false;
            for (int i = 0; i < array.size(); i++) {
                changed |= gather(element, from, page, array.get(i), flat, owner);
            }
            return changed;
        }
        boolean elsewhere = from != element && direct(page) != direct(element.getItem(COSName.PG));
        if (kid instanceof COSInteger mcid && elsewhere) {
            // a marked-content sequence on another page than the element's own: say which
            flat.add(reference(page, mcid));
            return true;
        }
        if (kid instanceof COSDictionary mcr && MCR.equals(mcr.getCOSName(COSName.TYPE)) && elsewhere
                && !mcr.containsKey(COSName.PG)) {
            flat.add(reference(page, mcr.getItem(COSName.MCID)));
            return true;
        }
        if (kid instanceof COSDictionary span && plainSpan(span)) {
            owner.put(span, element);
            COSBase inner = span.getDictionaryObject(COSName.K);
            if (inner != null) {
                gather(element, span, span.containsKey(COSName.PG) ? span.getItem(COSName.PG) : page, inner, flat, owner);
            }
            return true;
        }
        if (kid instanceof COSDictionary child && child.containsKey(COSName.S) && from != element) {
            child.setItem(COSName.P, element); // an element a span held is now the parent's
        }
        flat.add(k);
        return from != element;
    }

    /** Whether {@code k} holds marked-content numbers of its own element (which then counts on its page). */
    private static boolean holdsNumbers(COSBase k) {
        k = direct(k);
        if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (direct(array.get(i)) instanceof COSInteger) {
                    return true;
                }
            }
            return false;
        }
        return k instanceof COSInteger;
    }

    /** The page of the first plain span among the kids {@code k}, or null. */
    private static COSBase firstSpanPage(COSBase k) {
        k = direct(k);
        if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                COSBase page = firstSpanPage(array.get(i));
                if (page != null) {
                    return page;
                }
            }
            return null;
        }
        return k instanceof COSDictionary span && plainSpan(span) ? span.getItem(COSName.PG) : null;
    }

    private static COSDictionary reference(COSBase page, COSBase mcid) {
        COSDictionary mcr = new COSDictionary();
        mcr.setItem(COSName.TYPE, MCR);
        mcr.setItem(COSName.PG, page);
        mcr.setItem(COSName.MCID, mcid);
        return mcr;
    }

    private static boolean plainSpan(COSDictionary d) {
        if (!SPAN.equals(d.getCOSName(COSName.S))) {
            return false;
        }
        for (COSName key : d.keySet()) {
            if (!PLAIN.contains(key)) {
                return false;
            }
        }
        return true;
    }

    /** Makes every entry of the parent tree that names a span taken out name the element that now holds its text. */
    private static void repoint(COSBase node, Map<COSDictionary, COSDictionary> owner, Set<COSBase> seen) {
        node = direct(node);
        if (!(node instanceof COSDictionary dict) || !seen.add(dict)) {
            return;
        }
        if (dict.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 1; i < nums.size(); i += 2) {
                COSBase value = direct(nums.get(i));
                if (value instanceof COSArray byMcid) {
                    for (int j = 0; j < byMcid.size(); j++) {
                        COSDictionary now = holder(direct(byMcid.get(j)), owner);
                        if (now != null) {
                            byMcid.set(j, now);
                        }
                    }
                } else {
                    COSDictionary now = holder(value, owner);
                    if (now != null) {
                        nums.set(i, now);
                    }
                }
            }
        }
        if (dict.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                repoint(kids.get(i), owner, seen);
            }
        }
    }

    /** The element that now holds what {@code value} held, when {@code value} is a span taken out; else null. */
    private static COSDictionary holder(COSBase value, Map<COSDictionary, COSDictionary> owner) {
        COSDictionary now = value instanceof COSDictionary d ? owner.get(d) : null;
        while (now != null && owner.containsKey(now)) {
            now = owner.get(now);
        }
        return now;
    }

    private static COSBase direct(COSBase b) {
        return b instanceof COSObject o ? o.getObject() : b;
    }
}
