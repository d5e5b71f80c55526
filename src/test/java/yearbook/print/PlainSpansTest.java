package yearbook.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.testing.TestFiles;

/**
 * The plain spans are taken out of the structure tree ({@link PlainSpans}), what they held tagged by the element
 * above them, and the parent tree still leads from every marked-content sequence to the element that holds it.
 */
class PlainSpansTest {
    @TempDir
    Path root;

    byte[] pdf(String body) throws IOException {
        Document d = Jsoup.parseBodyFragment(body);
        CjkSpacing.apply(d.body());
        String css = Files.readString(TestFiles.templates().resolve("print/book.css"));
        String html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"/><title>t</title><style>"
                + css + "</style></head><body><div class=\"entry-body\">" + d.body().html() + "</div></body></html>";
        return new PdfMaker(PrintFonts.builtIn(), "t").make("test", html, root,
                new PdfMaker.Meta("t", "t", "t", "zh-CN", Instant.EPOCH));
    }

    static COSBase direct(COSBase b) {
        return b instanceof COSObject o ? o.getObject() : b;
    }

    /** The structure elements under {@code k}, in order. */
    static void elements(COSBase k, List<COSDictionary> out) {
        k = direct(k);
        if (k instanceof COSArray a) {
            for (COSBase b : a) {
                elements(b, out);
            }
        } else if (k instanceof COSDictionary d && d.containsKey(COSName.S)) {
            out.add(d);
            elements(d.getDictionaryObject(COSName.K), out);
        }
    }

    /** Whether {@code element}'s own kids name marked-content number {@code mcid} on {@code page}. */
    static boolean holds(COSDictionary element, COSDictionary page, int mcid) {
        List<COSBase> kids = new ArrayList<>();
        COSBase k = element.getDictionaryObject(COSName.K);
        if (k instanceof COSArray a) {
            a.forEach(b -> kids.add(direct(b)));
        } else {
            kids.add(direct(k));
        }
        for (COSBase kid : kids) {
            if (kid instanceof COSInteger i && i.intValue() == mcid && direct(element.getItem(COSName.PG)) == page) {
                return true;
            }
            if (kid instanceof COSDictionary mcr && COSName.getPDFName("MCR").equals(mcr.getCOSName(COSName.TYPE))
                    && mcr.getInt(COSName.MCID) == mcid
                    && direct(mcr.containsKey(COSName.PG) ? mcr.getItem(COSName.PG) : element.getItem(COSName.PG)) == page) {
                return true;
            }
        }
        return false;
    }

    static void collect(org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent mc,
            java.util.Map<Integer, String> byMcid) {
        StringBuilder b = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof org.apache.pdfbox.text.TextPosition t) {
                b.append(t.getUnicode());
            } else if (o instanceof org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent inner) {
                collect(inner, byMcid);
            }
        }
        if (mc.getMCID() >= 0) {
            byMcid.merge(mc.getMCID(), b.toString(), String::concat);
        }
    }

    /** Appends the text of the marked content under {@code k}, in the structure tree's order. */
    static void readInOrder(COSBase k, COSDictionary element, java.util.Map<COSDictionary, java.util.Map<Integer, String>> texts,
            StringBuilder out) {
        k = direct(k);
        if (k instanceof COSArray a) {
            for (COSBase b : a) {
                readInOrder(b, element, texts, out);
            }
        } else if (k instanceof COSInteger i && element != null) {
            out.append(texts.getOrDefault((COSDictionary) direct(element.getItem(COSName.PG)), java.util.Map.of())
                    .getOrDefault(i.intValue(), ""));
        } else if (k instanceof COSDictionary d && COSName.getPDFName("MCR").equals(d.getCOSName(COSName.TYPE))) {
            COSBase page = d.containsKey(COSName.PG) ? d.getItem(COSName.PG) : element.getItem(COSName.PG);
            out.append(texts.getOrDefault((COSDictionary) direct(page), java.util.Map.of()).getOrDefault(d.getInt(COSName.MCID), ""));
        } else if (k instanceof COSDictionary d && d.containsKey(COSName.S)) {
            readInOrder(d.getDictionaryObject(COSName.K), d, texts, out);
        }
    }

    /** The marked-content numbers a page's content uses. */
    static Set<Integer> mcids(PDPage page) throws IOException {
        String content = new String(page.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/MCID (\\d+)").matcher(content);
        Set<Integer> mcids = new HashSet<>();
        while (m.find()) {
            mcids.add(Integer.parseInt(m.group(1)));
        }
        return mcids;
    }

    /** The value of {@code key} in a number tree. */
    static COSBase value(COSDictionary node, int key) {
        if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (((COSInteger) direct(nums.get(i))).intValue() == key) {
                    return direct(nums.get(i + 1));
                }
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (COSBase kid : kids) {
                COSBase v = value((COSDictionary) direct(kid), key);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    @Test
    void plainSpansAreTakenOutAndTheParentTreeStillLeadsToTheText() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            // spans of CjkSpacing (squeezed marks, Latin runs, kept endings), an emphasis, and a span with a language
            body.append("<p>他说：“好。”（“甲”）用APP办理<strong>工会</strong>，满意率达86.88%，<span lang=\"en\">Union</span>工作")
                    .append("职工".repeat(i % 40)).append("。</p>");
        }
        byte[] bytes = pdf(body.toString());
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<COSDictionary> elements = new ArrayList<>();
            elements(doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getDictionaryObject(COSName.K), elements);
            int spans = 0;
            for (COSDictionary e : elements) {
                if ("Span".equals(e.getNameAsString(COSName.S))) {
                    assertEquals("en", e.getString(COSName.LANG), "only a span that says something is kept");
                    spans++;
                }
            }
            assertEquals(60, spans, "the spans with a language are kept");
            assertTrue(doc.getNumberOfPages() > 1, "the text runs over pages");
            // every marked-content sequence of every page is found through the parent tree in the element that holds it
            COSDictionary parents = (COSDictionary) direct(doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject()
                    .getDictionaryObject(COSName.PARENT_TREE));
            int checked = 0;
            for (PDPage page : doc.getPages()) {
                Set<Integer> mcids = mcids(page);
                if (mcids.isEmpty()) {
                    continue;
                }
                COSArray byMcid = (COSArray) value(parents, page.getStructParents());
                for (int mcid : mcids) {
                    COSBase owner = direct(byMcid.get(mcid));
                    assertTrue(owner instanceof COSDictionary, "MCID " + mcid + " has an element in the parent tree");
                    assertTrue(holds((COSDictionary) owner, page.getCOSObject(), mcid),
                            "the element the parent tree names holds MCID " + mcid + " on its page: " + owner);
                    checked++;
                }
            }
            assertTrue(checked > 100, "marked-content sequences checked: " + checked);
            // read in the order of the structure tree, as a screen reader reads: the article's text, in order
            java.util.Map<COSDictionary, java.util.Map<Integer, String>> texts = new java.util.IdentityHashMap<>();
            for (PDPage page : doc.getPages()) {
                org.apache.pdfbox.text.PDFMarkedContentExtractor x = new org.apache.pdfbox.text.PDFMarkedContentExtractor();
                x.processPage(page);
                java.util.Map<Integer, String> byMcid = new java.util.HashMap<>();
                for (org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent mc : x.getMarkedContents()) {
                    collect(mc, byMcid);
                }
                texts.put(page.getCOSObject(), byMcid);
            }
            StringBuilder read = new StringBuilder();
            readInOrder(doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getDictionaryObject(COSName.K), null,
                    texts, read);
            String expected = Jsoup.parse(body.toString()).text().replaceAll("\\s+", "");
            assertEquals(expected, read.toString().replaceAll("\\s+", ""), "the structure tree reads the text in order");
        }
        assertNotNull(bytes);
    }
}
