package yearbook.print;

import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The marked-content property lists of a page while the renderer draws it, found by value at once.
 *
 * <p>The renderer opens a marked-content sequence with a property list of its own for every line, background and
 * run of tagged text: two to three hundred on a page of a book. Before adding one, PDFBox looks through those the
 * page already has ({@code PDResources.add} asks the dictionary whether it holds the value), so drawing a page
 * cost time in the square of its sequences: a sixth of the drawing. This dictionary keeps its values' names by
 * identity (property lists are dictionaries, which PDFBox compares by identity too). The pages the renderer asks
 * for ({@link DrawnPage}) carry it in their resources; once the part is drawn, {@link #settle} gives them plain
 * dictionaries again, so the index does not stay in memory until the book is saved.
 */
final class PropertyLists extends COSDictionary {
    /** each dictionary value's name */
    private final Map<COSBase, COSName> names = new IdentityHashMap<>();

    /** Gives every page of {@code doc} a plain dictionary of property lists with the same entries. */
    static void settle(PDDocument doc) {
        for (PDPage page : doc.getPages()) {
            COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            if (resources != null && resources.getDictionaryObject(COSName.PROPERTIES) instanceof PropertyLists lists) {
                COSDictionary plain = new COSDictionary();
                for (Map.Entry<COSName, COSBase> e : lists.entrySet()) {
                    plain.setItem(e.getKey(), e.getValue());
                }
                resources.setItem(COSName.PROPERTIES, plain);
            }
        }
    }

    @Override
    public void setItem(COSName key, COSBase value) {
        forget(getItem(key));
        super.setItem(key, value);
        if (value instanceof COSDictionary) {
            names.put(value, key);
        }
    }

    @Override
    public void removeItem(COSName key) {
        forget(getItem(key));
        super.removeItem(key);
    }

    @Override
    public void clear() {
        names.clear();
        super.clear();
    }

    @Override
    public void addAll(COSDictionary dict) {
        for (Map.Entry<COSName, COSBase> e : dict.entrySet()) {
            setItem(e.getKey(), e.getValue());
        }
    }

    @Override
    public boolean containsValue(Object value) {
        return value instanceof COSDictionary || value instanceof COSObject
                ? getKeyForValue(value) != null : super.containsValue(value);
    }

    @Override
    public COSName getKeyForValue(Object value) {
        if (value instanceof COSObject o) {
            COSName name = names.get(o);
            return name != null ? name : names.get(o.getObject());
        }
        return value instanceof COSDictionary ? names.get(value) : super.getKeyForValue(value);
    }

    private void forget(COSBase old) {
        if (old != null) {
            names.remove(old);
            if (old instanceof COSObject o) {
                names.remove(o.getObject());
            }
        }
    }
}
