package yearbook.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

/** The pages the renderer draws on ({@link DrawnPage}) keep PDFBox's behaviour and find what they hold at once. */
class PropertyListsTest {

    @Test
    void propertyListsAreNamedOnceEachAndFoundByIdentity() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = DrawnPage.add(doc, 595, 842);
            PDResources resources = page.getResources();
            List<PDPropertyList> lists = new ArrayList<>();
            Set<COSName> names = new HashSet<>();
            for (int i = 0; i < 500; i++) {
                COSDictionary d = new COSDictionary();
                d.setName(COSName.TYPE, "Background");
                PDPropertyList list = PDPropertyList.create(d);
                lists.add(list);
                assertTrue(names.add(resources.add(list)), "each new property list gets a name of its own");
            }
            assertEquals(500, names.size());
            // the same list again: the name it has; an equal but other dictionary: a new name, as PDFBox does
            assertEquals(resources.add(lists.get(7)), resources.add(lists.get(7)));
            COSDictionary same = new COSDictionary();
            same.setName(COSName.TYPE, "Background");
            assertFalse(names.contains(resources.add(PDPropertyList.create(same))));

            COSDictionary props = resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            COSName seventh = props.getKeyForValue(lists.get(7).getCOSObject());
            props.removeItem(seventh);
            assertFalse(props.containsValue(lists.get(7).getCOSObject()), "a removed list is not found");
            assertNull(props.getKeyForValue(lists.get(7).getCOSObject()));
            assertTrue(props.containsValue(lists.get(8).getCOSObject()));

            PropertyLists.settle(doc);
            COSDictionary plain = doc.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            assertNotSame(props, plain);
            assertFalse(plain instanceof PropertyLists, "after drawing, a plain dictionary");
            assertEquals(props.keySet(), plain.keySet(), "with the same entries");
            assertSame(lists.get(8).getCOSObject(), plain.getDictionaryObject(props.getKeyForValue(lists.get(8).getCOSObject())));
        }
    }

    @Test
    void linksAddedOneByOneAllReachThePage() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = DrawnPage.add(doc, 595, 842);
            for (int i = 0; i < 50; i++) {
                page.getAnnotations().add(new PDAnnotationLink());
            }
            assertEquals(50, page.getCOSObject().getCOSArray(COSName.ANNOTS).size(), "every link is in the page's annotations");
            assertEquals(50, doc.getPage(0).getAnnotations().size(), "and read back from the page tree");
            page.setAnnotations(List.of(new PDAnnotationLink()));
            assertEquals(1, page.getAnnotations().size(), "a list set anew is the page's list");
            page.getAnnotations().add(new PDAnnotationLink());
            assertEquals(2, doc.getPage(0).getAnnotations().size());
        }
    }
}
