package yearbook.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;

class EmptyArtifactsTest {

    /** The page's content, decoded. */
    static String content(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** The property lists a page's resources hold. */
    static Set<String> properties(PDPage page) {
        COSDictionary props = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        Set<String> names = new TreeSet<>();
        if (props != null) {
            props.keySet().forEach(n -> names.add(n.getName()));
        }
        return names;
    }

    private static final Pattern EMPTY = Pattern.compile("/Artifact /\\w+ BDC\\s+EMC");

    /** How many artifacts with nothing in them the page's content holds. */
    static int empty(PDPage page) throws IOException {
        Matcher m = EMPTY.matcher(content(page));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The names of the property lists the content uses. */
    static Set<String> used(PDPage page) throws IOException {
        Matcher m = Pattern.compile("/(\\w+) (?:BDC|DP)").matcher(content(page));
        Set<String> names = new TreeSet<>();
        while (m.find()) {
            if (!m.group(1).equals("Span") && !m.group(1).equals("Artifact")) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    @Test
    void takesOutOnlyTheArtifactsWithNothingInThem() throws IOException {
        String before = """
                /Artifact /Prop1 BDC
                EMC
                /Span <</MCID 0>> BDC
                BT
                /F1 12 Tf
                <0001> Tj
                ET
                EMC
                /Artifact /Prop2 BDC
                0 0 10 10 re
                f
                EMC
                /Artifact /Prop3 BDC
                EMC
                /Artifact /Prop3 BDC
                1 1 5 5 re
                f
                EMC
                """;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDResources resources = new PDResources();
            COSDictionary props = new COSDictionary();
            for (String name : new String[] {"Prop1", "Prop2", "Prop3"}) {
                COSDictionary artifact = new COSDictionary();
                artifact.setItem(COSName.TYPE, COSName.BACKGROUND);
                props.setItem(COSName.getPDFName(name), artifact);
            }
            resources.getCOSObject().setItem(COSName.PROPERTIES, props);
            page.setResources(resources);
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(before.getBytes(StandardCharsets.ISO_8859_1));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, stream);

            assertEquals(2, EmptyArtifacts.strip(doc));

            String after = content(page);
            assertEquals(before.replace("/Artifact /Prop1 BDC\nEMC\n", "")
                    .replaceFirst("/Artifact /Prop3 BDC\nEMC\n", ""), after, "the rest is as it was");
            assertEquals(Set.of("Prop2", "Prop3"), properties(page),
                    "a list no longer used is gone; one still used by a sequence with something in it stays");
            assertEquals(0, empty(page));
            assertEquals(0, EmptyArtifacts.strip(doc), "a second pass finds nothing");
        }
    }
}
