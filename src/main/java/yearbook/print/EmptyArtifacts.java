package yearbook.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** an artifact opened and closed with nothing between, as the renderer writes it: one operator per line */
    private static final Pattern EMPTY = Pattern.compile("(?m)^/Artifact /(\\w+) BDC\nEMC\n");
    private static final Pattern NAMED = Pattern.compile("/(\\w+) (?:BDC|DP)\\b");

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
            Matcher m = EMPTY.matcher(text);
            StringBuilder out = new StringBuilder(text.length());
            int from = 0;
            while (m.find()) {
                out.append(text, from, m.start());
                gone.add(m.group(1));
                from = m.end();
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

    private static void collect(String content, Set<String> names) {
        Matcher m = NAMED.matcher(content);
        while (m.find()) {
            names.add(m.group(1));
        }
    }
}
