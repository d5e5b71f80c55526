package yearbook.print;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * A page the renderer draws on, made so that drawing a dense page costs time in its content, not in the square of
 * it. Its property lists are found by value at once ({@link PropertyLists}), and its list of annotations is made
 * once: the renderer asks the page for that list before adding each link, and PDFBox makes the list afresh from the
 * page's annotations every time, which on a page of the contents or an index, with a link on every line, took a
 * twentieth of the drawing. Only the renderer holds this object: the document's page tree gives plain pages.
 */
final class DrawnPage extends PDPage {
    private List<PDAnnotation> annotations;
    /** the array {@link #annotations} was made from, null when the page had none */
    private COSArray madeFrom;

    private DrawnPage(PDRectangle size) {
        super(size);
    }

    /** A new page of {@code width} × {@code height} points at the end of {@code doc}, as the renderer's own are. */
    static PDPage add(PDDocument doc, float width, float height) {
        DrawnPage page = new DrawnPage(new PDRectangle(width, height));
        COSDictionary resources = new COSDictionary();
        resources.setItem(COSName.PROPERTIES, new PropertyLists());
        page.setResources(new PDResources(resources));
        doc.addPage(page);
        return page;
    }

    @Override
    public List<PDAnnotation> getAnnotations() throws IOException {
        COSArray now = getCOSObject().getCOSArray(COSName.ANNOTS);
        if (annotations == null || now != madeFrom) {
            annotations = super.getAnnotations();
            madeFrom = now;
        }
        return annotations;
    }

    @Override
    public void setAnnotations(List<PDAnnotation> list) {
        annotations = null;
        super.setAnnotations(list);
    }
}
