package yearbook.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Takes out the empty artifacts the renderer writes. Before and after the text of every inline box it opens an
 * artifact for the box's background and border ({@code /Artifact /Prop12 BDC}) and closes it at once when the box
 * has none to draw, each with a property list of its own in the page's resources: on a page of text about two
 * hundred, more than half of all the objects of a book, which are then copied when the parts are put together and
 * written when the book is saved. A marked-content sequence with nothing in it marks nothing, so taking it out
 * leaves what is drawn, the text and the tags as they were.
 */
final class EmptyArtifacts {
    /*
     * An artifact opened and closed with nothing between, as the renderer writes it, one operator to a line:
     * "/Artifact /Prop12 BDC\nEMC\n". Found by plain searching: a regular expression took a sixth of the time
     * of drawing a page.
     */
    private static final String ARTIFACT = "/Artifact /";
    private static final String EMPTY_END = " BDC\nEMC\n";

    private EmptyArtifacts() {
    }

    /** Takes the empty artifacts out of every page of {@code doc}; returns how many. */
    static int strip(PDDocument doc) throws IOException {
        int removed = 0;
        for (PDPage page : doc.getPages()) {
            removed += strip(page);
        }
        return removed;
    }

    private static int strip(PDPage page) throws IOException {
        COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
        COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
        if (properties == null) {
            return 0;
        }
        Set<String> gone = new HashSet<>();
        Set<String> kept = new HashSet<>();
        int removed = 0;
        for (Iterator<PDStream> it = page.getContentStreams(); it.hasNext(); ) {
            COSStream stream = it.next().getCOSObject();
            String text;
            try (InputStream in = stream.createInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            StringBuilder out = new StringBuilder(text.length());
            int from = 0;
            for (int end = text.indexOf(EMPTY_END); end >= 0; end = text.indexOf(EMPTY_END, end + 1)) {
                int line = text.lastIndexOf('\n', end - 1) + 1; // the start of the line that opens the sequence
                if (!text.startsWith(ARTIFACT, line) || line < from) {
                    continue;
                }
                String name = text.substring(line + ARTIFACT.length(), end);
                if (!isName(name)) {
                    continue;
                }
                out.append(text, from, line);
                gone.add(name);
                from = end + EMPTY_END.length();
                removed++;
            }
            if (from == 0) {
                collect(text, kept);
                continue;
            }
            out.append(text, from, text.length());
            String left = out.toString();
            collect(left, kept);
            try (OutputStream o = stream.createOutputStream(COSName.FLATE_DECODE)) {
                o.write(left.getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        gone.removeAll(kept);
        for (String name : gone) {
            properties.removeItem(COSName.getPDFName(name));
        }
        return removed;
    }

    private static boolean isName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** The names of the property lists that marked content in {@code content} uses ("/Prop7 BDC"). */
    private static void collect(String content, Set<String> names) {
        for (String op : new String[] {" BDC", " DP"}) {
            for (int at = content.indexOf(op); at >= 0; at = content.indexOf(op, at + 1)) {
                int slash = content.lastIndexOf('/', at);
                if (slash >= 0 && isName(content.substring(slash + 1, at))) {
                    names.add(content.substring(slash + 1, at));
                }
            }
        }
    }
}
