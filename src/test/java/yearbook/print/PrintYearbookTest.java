package yearbook.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildResult;
import yearbook.pipeline.BuildService;
import yearbook.pipeline.Progress;
import yearbook.testing.TestFiles;

/**
 * The print yearbook of the repository's own content, read back with PDFBox and checked with veraPDF:
 * structure, page numbers, fonts, text, line breaking, metadata, PDF/A and reproducibility.
 */
public class PrintYearbookTest {
    static final Instant PRINTED = Instant.parse("2020-06-01T00:00:00Z");
    /** Closing punctuation that must never start a line of Chinese text. */
    static final String CLOSING = "，。、；：？！）》」』”’】〕…·";

    @TempDir
    static Path dir;
    static BuildResult result;
    static Path site;
    static byte[] volume;

    @BeforeAll
    static void build() throws IOException {
        site = dir.resolve("site");
        result = new BuildService("yearbook test").build(
                new BuildOptions(Path.of("content"), TestFiles.templates(), site, true, true, PRINTED), Progress.NONE);
        volume = Files.readAllBytes(site.resolve("pdf/yearbook-2019.pdf"));
    }

    static String text(PDDocument doc, int fromPage, int toPage) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        s.setStartPage(fromPage);
        s.setEndPage(toPage);
        return s.getText(doc);
    }

    /** Page numbers (1-based) of the outline items, by title, depth first. */
    static Map<String, Integer> outline(PDDocument doc) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        collect(doc, doc.getDocumentCatalog().getDocumentOutline(), out);
        return out;
    }

    private static void collect(PDDocument doc, PDOutlineNode node, Map<String, Integer> out) throws IOException {
        for (PDOutlineItem item : node.children()) {
            PDPage page = item.findDestinationPage(doc);
            out.put(item.getTitle(), page == null ? -1 : doc.getPages().indexOf(page) + 1);
            collect(doc, item, out);
        }
    }

    /** The renderer's empty artifacts are taken out (EmptyArtifacts); every property list left is used. */
    @Test
    void noPageHoldsAnEmptyArtifact() throws IOException {
        try (PDDocument doc = Loader.loadPDF(volume)) {
            int pages = 0;
            for (PDPage page : doc.getPages()) {
                pages++;
                assertEquals(0, EmptyArtifactsTest.empty(page), "page " + pages + " holds an artifact with nothing in it");
                var unused = EmptyArtifactsTest.properties(page);
                unused.removeAll(EmptyArtifactsTest.used(page));
                assertTrue(unused.isEmpty(), "page " + pages + " keeps property lists nothing uses: " + unused);
            }
            assertTrue(pages > 20, "the volume has its pages");
        }
    }

    @Test
    void everyVolumeAndProvinceHasItsPdfAndTheSiteLinksThem() throws IOException {
        List<String> pdfs;
        try (var files = Files.list(site.resolve("pdf"))) {
            pdfs = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("yearbook-2019-150000-neimengguzizhiqu.pdf", "yearbook-2019-610000-shaanxisheng.pdf",
                "yearbook-2019.pdf", "yearbook-2020-640000-ningxiahuizuzizhiqu.pdf", "yearbook-2020.pdf",
                "yearbook-2021-150000-neimengguzizhiqu.pdf", "yearbook-2021.pdf"), pdfs);
        assertEquals(7, result.pdfs());
        String volumePage = Files.readString(site.resolve("2019/index.html"));
        assertTrue(volumePage.contains("href=\"/pdf/yearbook-2019.pdf\""), "the volume page links its PDF");
        assertTrue(volumePage.contains("href=\"/pdf/yearbook-2019-610000-shaanxisheng.pdf\""), "and its provinces' parts");
        String province = Files.readString(site.resolve("regions/150000-neimengguzizhiqu/index.html"));
        assertTrue(province.contains("href=\"/pdf/yearbook-2019-150000-neimengguzizhiqu.pdf\""));
        assertTrue(province.contains("href=\"/pdf/yearbook-2021-150000-neimengguzizhiqu.pdf\""));
    }

    @Test
    void bookmarksMirrorTheContentsAndPointAtTheRightPages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(volume)) {
            Map<String, Integer> marks = outline(doc);
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
            }
            assertEquals(List.of("编辑说明", "目录", "大事记", "内蒙古自治区", "陕西省", "统计资料", "先进名录", "主题索引", "地名索引", "单位索引"), top);
            assertTrue(marks.containsKey("凝聚劳动者力量 彰显主人翁风采"), marks.keySet().toString());
            assertTrue(marks.containsKey("呼和浩特市"), "a prefecture is a second-level bookmark");
            for (Map.Entry<String, Integer> e : marks.entrySet()) {
                assertTrue(e.getValue() >= 1, e.getKey() + " has no page");
                if (!e.getKey().equals("目录")) {
                    String page = text(doc, e.getValue(), e.getValue()).replaceAll("\\s+", "");
                    assertTrue(page.contains(e.getKey().replaceAll("\\s+", "")),
                            "the bookmark '" + e.getKey() + "' leads to page " + e.getValue() + ", which shows it");
                }
            }
        }
    }

    /** Each line of the contents: the entry's text and the page number printed after the leader dots. */
    /** The text of the pages in the order it was set: a column's lines one after another. */
    static String textInOrder(PDDocument doc, int fromPage, int toPage) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(fromPage);
        s.setEndPage(toPage);
        return s.getText(doc);
    }

    /**
     * The text of the pages column by column: the left half of each page read top to bottom, then the right
     * half, each sorted by position (so a term and its page numbers are one line).
     */
    static String columnsText(PDDocument doc, int fromPage, int toPage) throws IOException {
        StringBuilder out = new StringBuilder();
        for (int p = fromPage; p <= toPage; p++) {
            PDPage page = doc.getPage(p - 1);
            float w = page.getMediaBox().getWidth();
            float h = page.getMediaBox().getHeight();
            PDFTextStripperByArea s = new PDFTextStripperByArea();
            s.setSortByPosition(true);
            s.addRegion("left", new Rectangle2D.Float(0, 0, w / 2, h));
            s.addRegion("right", new Rectangle2D.Float(w / 2, 0, w / 2, h));
            s.extractRegions(page);
            out.append(s.getTextForRegion("left")).append('\n').append(s.getTextForRegion("right")).append('\n');
        }
        return out.toString();
    }

    /** Whether the page has a line, or up to three lines of a column one after another, that read {@code title}. */
    static boolean showsTitle(PDDocument doc, int page, String title) throws IOException {
        String wanted = title.replaceAll("\\s+", "");
        List<String> lines = textInOrder(doc, page, page).lines().map(l -> l.replaceAll("\\s+", "")).toList();
        for (int i = 0; i < lines.size(); i++) {
            String joined = "";
            for (int k = i; k < Math.min(lines.size(), i + 3); k++) {
                joined += lines.get(k);
                if (joined.equals(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The entries of the contents with the page number each prints (arabic, or roman in the front matter). */
    static Map<String, String> contents(PDDocument doc, int page) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^(.+?)\\s*[.．·…\\s]{4,}\\s*(\\d+|[ivxlc]+)\\s*$").matcher(text(doc, page, page));
        while (m.find()) {
            out.put(m.group(1).strip(), m.group(2));
        }
        return out;
    }

    /** The PDF's page labels, by 1-based page number. */
    static List<String> labels(PDDocument doc) throws IOException {
        List<String> l = new ArrayList<>();
        l.add(null);
        l.addAll(List.of(doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()));
        return l;
    }

    /** The 1-based page of the body whose printed (arabic) number is {@code printed}. */
    static int bodyPage(PDDocument doc, int printed) throws IOException {
        return labels(doc).indexOf(String.valueOf(printed));
    }

    @Test
    void theContentsGiveThePageWhereEachArticleStarts() throws IOException {
        try (PDDocument doc = Loader.loadPDF(volume)) {
            Map<String, Integer> marks = outline(doc);
            Map<String, String> toc = contents(doc, marks.get("目录"));
            List<String> labels = labels(doc);
            assertTrue(toc.size() >= 10, "regions, articles, preface and indexes are listed: " + toc);
            assertTrue(toc.containsKey("内蒙古自治区") && toc.containsKey("呼和浩特市"), "two levels: " + toc.keySet());
            int articles = 0;
            for (Map.Entry<String, String> e : toc.entrySet()) {
                String title = e.getKey();
                String printed = e.getValue();
                // the page number printed in the contents is the page the text first shows the entry on
                int first = -1;
                for (int p = 1; p <= doc.getNumberOfPages() && first < 0; p++) {
                    if (p != marks.get("目录") && showsTitle(doc, p, title)) {
                        first = p;
                    }
                }
                assertEquals(labels.get(first), printed, "contents entry '" + title + "' prints the page's number");
                if (marks.containsKey(title)) {
                    assertEquals(labels.get(marks.get(title)), printed, "bookmark and contents agree on '" + title + "'");
                }
                if (title.contains("劳动者力量") || title.contains("四项举措")) {
                    articles++;
                }
            }
            assertEquals(2, articles, "articles are listed with their pages");
        }
    }

    /**
     * The book is laid out in parts (the front matter, each province, each index) and put together afterwards: a
     * link from the contents or an index into another part leads to the page whose number it prints.
     */
    @Test
    void everyLinkOfTheContentsAndIndexesLeadsToThePageItPrints() throws IOException {
        try (PDDocument doc = Loader.loadPDF(volume)) {
            List<PDPage> pages = new ArrayList<>();
            doc.getPages().forEach(pages::add);
            List<String> labels = labels(doc);
            int links = 0;
            for (int i = 0; i < pages.size(); i++) {
                for (var a : pages.get(i).getAnnotations()) {
                    if (!(a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link)) {
                        continue;
                    }
                    var action = link.getAction();
                    assertFalse(action instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri
                            && !uri.getURI().startsWith("http"), "no link is left pointing at a part of the book by name");
                    if (!(action instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo go)) {
                        continue;
                    }
                    var dest = (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination) go.getDestination();
                    int target = pages.indexOf(dest.getPage());
                    assertTrue(target >= 0, "a link on page " + (i + 1) + " leads to a page of the book");
                    // the number printed at the end of the link's line (a contents entry or an index reference)
                    PDFTextStripperByArea area = new PDFTextStripperByArea();
                    var r = link.getRectangle();
                    float h = pages.get(i).getMediaBox().getHeight();
                    // half a point of slack: a glyph at the link's very edge may start a hundredth of a point before it
                    area.addRegion("link", new Rectangle2D.Float(r.getLowerLeftX() - 0.5f, h - r.getUpperRightY(), r.getWidth() + 1f,
                            r.getHeight()));
                    area.extractRegions(pages.get(i));
                    Matcher m = Pattern.compile("(\\d+)\\s*$").matcher(area.getTextForRegion("link").strip());
                    if (m.find()) {
                        assertEquals(labels.get(target + 1), m.group(1), "the link on page " + (i + 1) + " ("
                                + area.getTextForRegion("link").strip() + ") leads to the page it prints");
                        links++;
                    }
                }
            }
            assertTrue(links >= 15, "the contents' and the indexes' links were checked: " + links);
        }
    }

    @Test
    void eachFaceIsEmbeddedOnceForTheWholeBook() throws IOException {
        try (PDDocument doc = Loader.loadPDF(volume)) {
            Map<String, java.util.Set<org.apache.pdfbox.cos.COSBase>> fonts = new LinkedHashMap<>();
            for (PDPage page : doc.getPages()) {
                var dict = page.getResources().getCOSObject().getCOSDictionary(org.apache.pdfbox.cos.COSName.FONT);
                if (dict == null) {
                    continue; // a blank page
                }
                for (var name : dict.keySet()) {
                    var ref = dict.getItem(name);
                    var font = (org.apache.pdfbox.cos.COSDictionary) dict.getDictionaryObject(name);
                    String base = font.getNameAsString(org.apache.pdfbox.cos.COSName.BASE_FONT);
                    fonts.computeIfAbsent(base.substring(base.indexOf('+') + 1), k -> new java.util.HashSet<>())
                            .add(ref instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : ref);
                }
            }
            assertTrue(fonts.size() >= 2, "the Song and Hei faces: " + fonts.keySet());
            fonts.forEach((face, copies) -> assertEquals(1, copies.size(), face + " is embedded once, not once per part"));
        }
    }

    @Test
    void pagesAreNumberedAndCarryRunningHeads() throws IOException {
        try (PDDocument doc = Loader.loadPDF(volume)) {
            Map<String, Integer> marks = outline(doc);
            int article = marks.get("以四项举措抓基层 强基础");
            String page = text(doc, article, article);
            String number = labels(doc).get(article);
            assertTrue(number.matches("\\d+"), "a body page is numbered in arabic: " + number);
            assertTrue(page.strip().endsWith(number) || page.strip().startsWith(number)
                    || page.contains("\n" + number + "\n"), "page " + article + " shows its number " + number + ": " + page);
            String heads = text(doc, marks.get("乌海市"), marks.get("乌海市"));
            assertTrue(heads.contains("内蒙古自治区 · 乌海市") || heads.contains("工会年鉴 2019"),
                    "a running head names the section or the book: " + heads.lines().limit(3).toList());
            boolean sectionHead = false;
            for (int p = marks.get("内蒙古自治区"); p < marks.get("陕西省"); p++) {
                sectionHead |= text(doc, p, p).lines().limit(2).anyMatch(l -> l.contains("内蒙古自治区 · "));
            }
            assertTrue(sectionHead, "right-hand pages of a region carry its name at the top");
        }
    }

    @Test
    void indexesAreSortedByPinyinAndGiveTheArticlesPages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(volume)) {
            Map<String, Integer> marks = outline(doc);
            String places = columnsText(doc, marks.get("地名索引"), marks.get("单位索引") - 1);
            List<String> terms = new ArrayList<>();
            Matcher m = Pattern.compile("(?m)^([\\p{IsHan}（）]+)[\\s\u2003\u3000]+([\\d，, ]+?)\\s*$").matcher(places);
            while (m.find()) {
                if (m.group(1).equals("工会年鉴")) {
                    continue; // the running head
                }
                terms.add(m.group(1));
                for (String n : m.group(2).split("[，,]")) {
                    int page = bodyPage(doc, Integer.parseInt(n.strip()));
                    String region = m.group(1).replaceAll("（.*）", "");
                    String shown = text(doc, page, page);
                    assertTrue(shown.contains(region), "the place index sends " + m.group(1) + " to page " + page + ", which names it");
                }
            }
            assertTrue(terms.containsAll(List.of("呼和浩特市", "乌海市", "定边县", "商洛市")), terms + " in " + places.codePoints().mapToObj(c -> c < 128 && c > 32 ? String.valueOf((char) c) : Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? new String(Character.toChars(c)) : "[" + Integer.toHexString(c) + "]").collect(Collectors.joining()));
            assertTrue(Pattern.compile("(?m)^榆林市[\\s\u2003\u3000]+见定边县\\s*$").matcher(places).find(),
                    "a prefecture whose articles are all its counties' sends the reader to them: " + places);
            assertTrue(Pattern.compile("(?m)^陕西省[\\s\u2003\u3000]+见商洛市、榆林市\\s*$").matcher(places).find(), places);
            List<String> sorted = terms.stream().sorted(yearbook.text.ChineseOrder.PINYIN).toList();
            assertEquals(sorted, terms, "place names in pinyin order");
            assertTrue(terms.indexOf("呼和浩特市") < terms.indexOf("商洛市") && terms.indexOf("商洛市") < terms.indexOf("乌海市"),
                    "H before S before W: " + terms);
            String subjects = columnsText(doc, marks.get("主题索引"), marks.get("地名索引") - 1);
            assertTrue(text(doc, marks.get("主题索引"), marks.get("主题索引")).replaceAll("\\s+", "").contains("主题索引"));
            assertTrue(Pattern.compile("(?m)^基层组织建设[\\s\u2003]+\\d+").matcher(subjects).find(), "themes with page numbers: " + subjects);
            List<String> themes = subjects.lines().map(l -> l.replaceAll("[\\s\u2003]+[\\d，]+$", ""))
                    .filter(l -> l.length() > 1 && !l.equals("主题索引") && l.codePoints().allMatch(Character::isIdeographic)).toList();
            assertTrue(themes.size() >= 3, themes.toString());
            assertEquals(themes.stream().sorted(yearbook.text.ChineseOrder.PINYIN).toList(), themes, "themes in pinyin order");
        }
    }

    @Test
    void fontsAreEmbeddedAsSubsetsAndTextCopiesOutAsChinese() throws IOException {
        try (PDDocument doc = Loader.loadPDF(volume)) {
            List<String> names = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    names.add(font.getName());
                }
            }
            assertFalse(names.isEmpty());
            assertTrue(names.stream().allMatch(n -> n.matches("[A-Z]{6}\\+.+")), "every font is a subset: " + names);
            assertTrue(names.stream().anyMatch(n -> n.contains("NotoSerifSC")), "body in the Song face");
            assertTrue(names.stream().anyMatch(n -> n.contains("NotoSansSC")), "headings in the Hei face");
            // column by column, each sorted by position (the renderer draws spaced runs after the rest of their
            // line, so the order of the content stream is not the reading order)
            String all = columnsText(doc, 1, doc.getNumberOfPages()).replaceAll("\\s+", "");
            assertTrue(all.contains("全市各级工会组织共吸纳了32.3万名农民工会员"), "body text comes back as the same characters");
            assertTrue(all.contains("编辑说明"));
        }
        assertTrue(volume.length < 2_000_000, "subsetting keeps the file small: " + volume.length);
    }

    @Test
    void noLineStartsWithClosingPunctuation() throws IOException {
        int lines = 0;
        try (var files = Files.list(site.resolve("pdf"))) {
            for (Path pdf : files.toList()) {
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    for (String line : text(doc, 1, doc.getNumberOfPages()).split("\n")) {
                        String l = line.strip();
                        if (!l.isEmpty()) {
                            lines++;
                            assertTrue(CLOSING.indexOf(l.charAt(0)) < 0, pdf.getFileName() + ": a line starts with closing punctuation: " + l);
                        }
                    }
                }
            }
        }
        assertTrue(lines > 500, "enough lines were looked at: " + lines);
    }

    @Test
    void metadataNamesTheBookItsLanguageAndTheGivenDate() throws IOException {
        try (PDDocument doc = Loader.loadPDF(volume)) {
            assertEquals("工会年鉴 2019", doc.getDocumentInformation().getTitle());
            assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
            assertEquals(PRINTED.toEpochMilli(), doc.getDocumentInformation().getCreationDate().getTimeInMillis());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part") && xmp.contains("2"), "PDF/A-2 identification");
            assertTrue(xmp.contains("2020-06-01T00:00:00"), "the XMP dates are the given date, not the clock: " + xmp);
            assertTrue(doc.getDocumentCatalog().getMarkInfo() != null && doc.getDocumentCatalog().getMarkInfo().isMarked(),
                    "tagged PDF");
            assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot());
        }
    }

    @Test
    void theSameInputGivesTheSameBytes(@TempDir Path other) throws IOException {
        new BuildService("yearbook test").build(
                new BuildOptions(Path.of("content"), TestFiles.templates(), other, false, true, PRINTED), Progress.NONE);
        try (var files = Files.list(site.resolve("pdf"))) {
            for (Path pdf : files.toList()) {
                assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(other.resolve("pdf").resolve(pdf.getFileName())),
                        pdf.getFileName() + " is byte-identical across builds");
            }
        }
    }

    @Test
    void everyPdfIsValidPdfA2uAndPassesVeraPdfsPdfUaChecks() throws Exception {
        assertValid(site.resolve("pdf"));
    }

    /** Validates every PDF of the folder with veraPDF: PDF/A-2u, and what a machine can check of PDF/UA-1. */
    public static void assertValid(Path folder) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (var files = Files.list(folder)) {
            for (Path pdf : files.sorted().toList()) {
                for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1)) {
                    try (PDFAParser parser = Foundries.defaultInstance().createParser(
                            new ByteArrayInputStream(Files.readAllBytes(pdf)), flavour)) {
                        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
                        ValidationResult r = validator.validate(parser);
                        String failed = r.getTestAssertions().stream()
                                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                                .distinct().limit(10).collect(Collectors.joining("\n"));
                        assertTrue(r.isCompliant(), pdf.getFileName() + " fails " + flavour + ":\n" + failed);
                    }
                }
            }
        }
    }
}
