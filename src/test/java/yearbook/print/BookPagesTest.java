package yearbook.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildService;
import yearbook.pipeline.Progress;
import yearbook.testing.TestFiles;

/**
 * The pages of the print yearbook as a print house sets them, measured from the PDF itself (glyph positions and
 * page labels read back with PDFBox): the body in two columns, blank pages wholly blank, the front matter
 * counted apart and the body from 1 on a right-hand page.
 */
class BookPagesTest {
    static final float MM = 72f / 25.4f;

    @TempDir
    static Path dir;
    static byte[] volume;

    @BeforeAll
    static void build() throws IOException {
        Path site = dir.resolve("site");
        new BuildService("yearbook test").build(new BuildOptions(Path.of("content"), TestFiles.templates(), site, false, true,
                null), Progress.NONE);
        volume = Files.readAllBytes(site.resolve("pdf/yearbook-2019.pdf"));
    }

    /** Every glyph of a page with its position and size. */
    static List<TextPosition> glyphs(PDDocument doc, int index) throws IOException {
        List<TextPosition> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                out.add(text);
            }
        };
        s.setStartPage(index + 1);
        s.setEndPage(index + 1);
        s.getText(doc);
        return out;
    }

    static List<String> labels(PDDocument doc) throws IOException {
        return List.of(doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices());
    }

    /** An article file for {@link #book}: {@code content/articles/<name>.md}, covering 2018 (the 2019 volume). */
    static String article(String name, String title, String organization, String region, String body) {
        return "-- content/articles/" + name + ".md --\n---\ntitle: " + title + "\norganization: " + organization
                + "\nregion: " + region + "\nyear: 2018\n---\n" + body + "\n";
    }

    /**
     * Builds the PDFs only, without province parts, of a small yearbook: the test settings with {@code pdf}
     * lines added (each indented under {@code pdf:}), and the files of {@code archive}; returns the folder of the site.
     */
    static Path book(Path root, String pdf, String archive) throws IOException {
        TestFiles.write(root, TestFiles.BASICS.replace("baseUrl: https://example.org/yb/",
                "baseUrl: https://example.org/yb/\npdf:\n  perProvince: false\n" + pdf) + archive);
        Path site = root.resolve("site");
        new BuildService("t").build(new BuildOptions(root.resolve("content"), TestFiles.templates(), site, false, true,
                null), Progress.NONE);
        return site;
    }

    static PDDocument volume(Path site) throws IOException {
        return Loader.loadPDF(site.resolve("pdf/yearbook-2019.pdf").toFile());
    }

    /**
     * The middle of the text area between the margins of the default settings (inside 22 mm, outside 18 mm): a
     * right-hand page (even index) has the inside margin on its left.
     */
    static float middle(PDPage page, int index) {
        float left = (index % 2 == 0 ? 22 : 18) * MM;
        float right = page.getMediaBox().getWidth() - (index % 2 == 0 ? 18 : 22) * MM;
        return (left + right) / 2;
    }

    /** The text of a page between its top and bottom margins (25 mm each): without running heads and numbers. */
    static String textArea(PDPage page) throws IOException {
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        float w = page.getMediaBox().getWidth();
        float h = page.getMediaBox().getHeight();
        s.addRegion("text", new Rectangle2D.Float(0, 25 * MM, w, h - 50 * MM));
        s.extractRegions(page);
        return s.getTextForRegion("text").strip();
    }

    /** The text above a page's top margin: its running heads. */
    static String runningHead(PDPage page) throws IOException {
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        s.addRegion("head", new Rectangle2D.Float(0, 0, page.getMediaBox().getWidth(), 25 * MM));
        s.extractRegions(page);
        return s.getTextForRegion("head").strip();
    }

    @Test
    void bodyPagesAreSetInTwoColumns() throws IOException {
        try (PDDocument doc = Loader.loadPDF(volume)) {
            List<String> labels = labels(doc);
            int twoColumnPages = 0;
            int bodyPages = 0;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                String text = textArea(doc.getPage(i));
                if (!labels.get(i).matches("\\d+") || text.isEmpty() || text.contains("索") && text.contains("引")) {
                    continue;
                }
                String head = runningHead(doc.getPage(i));
                if (head.contains("统计资料") || head.contains("先进名录")) {
                    continue; // tables, and the titles of the rolls, are set across the page
                }
                // the chronicle's few events fill part of one page: its columns are checked, not their fullness
                boolean counted = !head.contains("大事记");
                if (counted) {
                    bodyPages++;
                }
                float mid = middle(doc.getPage(i), i);
                int left = 0;
                int right = 0;
                List<String> inGutter = new ArrayList<>();
                for (TextPosition g : glyphs(doc, i)) {
                    float y = g.getYDirAdj();
                    if (g.getFontSizeInPt() > 12.5f || y < 25 * MM || y > doc.getPage(i).getMediaBox().getHeight() - 25 * MM) {
                        continue; // region headings run across the page; running heads and numbers are outside
                    }
                    float centre = g.getXDirAdj() + g.getWidthDirAdj() / 2;
                    if (Math.abs(centre - mid) < 2.5f * MM) {
                        inGutter.add(g.getUnicode());
                    } else if (centre < mid) {
                        left++;
                    } else {
                        right++;
                    }
                }
                assertEquals(List.of(), inGutter, "page " + labels.get(i) + ": no text in the gap between the columns");
                if (counted && left > 200 && right > 200) {
                    twoColumnPages++;
                }
            }
            assertTrue(bodyPages >= 8, "the body has pages: " + bodyPages);
            assertTrue(twoColumnPages >= bodyPages - 3, twoColumnPages + " of " + bodyPages + " body pages are full in both columns");
        }
    }

    @Test
    void aBlankPageIsWhollyBlank() throws IOException {
        try (PDDocument doc = Loader.loadPDF(volume)) {
            int blank = 0;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                if (textArea(page).isEmpty()) {
                    PDFTextStripper all = new PDFTextStripper();
                    all.setStartPage(i + 1);
                    all.setEndPage(i + 1);
                    assertEquals("", all.getText(doc).strip(), "page " + (i + 1) + " has no text, so no running head or number");
                    assertTrue(PageFinish.onlyArtifacts(page), "page " + (i + 1) + " draws nothing of the book");
                    blank++;
                }
            }
            assertTrue(blank >= 1, "the 2019 volume has a blank page before 陕西省, which starts on a right-hand page");
        }
    }

    @Test
    void theFrontMatterIsCountedApartAndTheBodyStartsAtOneOnARightHandPage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(volume)) {
            List<String> labels = labels(doc);
            assertEquals("封面", labels.get(0));
            int body = labels.indexOf("1");
            int title = labels.indexOf("i");
            assertTrue(title > 0 && title % 2 == 0, "the title page is a right-hand page after the cover: " + labels);
            List<String> roman = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii");
            assertEquals(roman.subList(0, body - title), labels.subList(title, body), "the front matter from the title page: " + labels);
            PDFTextStripper back = new PDFTextStripper();
            back.setStartPage(title + 2);
            back.setEndPage(title + 2);
            assertTrue(back.getText(doc).replaceAll("[\\s\\p{Zs}]", "").contains("书名工会年鉴2019"), "the 版权页 is on the back of the title page");
            assertTrue(body > 0 && body % 2 == 0, "the body starts on a right-hand page: index " + body);
            for (int i = body; i < labels.size(); i++) {
                assertEquals(String.valueOf(i - body + 1), labels.get(i), "the body and the indexes count on from 1");
            }
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            s.setStartPage(body + 1);
            s.setEndPage(body + 1);
            List<String> lines = s.getText(doc).strip().lines().toList();
            assertEquals("1", lines.get(lines.size() - 1).strip(), "the body's first page prints 1");
            int preface = -1;
            for (int p = 1; p < body && preface < 0; p++) {
                s.setStartPage(p + 1);
                s.setEndPage(p + 1);
                lines = s.getText(doc).strip().lines().toList();
                if (lines.stream().limit(2).anyMatch(l -> l.replaceAll("\\s", "").equals("编辑说明"))) {
                    preface = p;
                    assertEquals(labels.get(p), lines.get(lines.size() - 1).strip(), "the 编辑说明 prints its roman number");
                }
            }
            assertTrue(preface > 1, "the 编辑说明 is in the front matter");
            s.setStartPage(2);
            s.setEndPage(2);
            assertFalse(s.getText(doc).strip().endsWith("i"), "the title page prints no number");
        }
    }

    @Test
    void oneColumnStaysAnOption(@TempDir Path root) throws IOException {
        String paragraph = "旗总工会走访慰问困难职工，送去慰问金和生活用品，并与职工代表座谈，听取意见建议。".repeat(12);
        Path site = book(root, "  columns: 1\n", article("a", "鄂托克前旗总工会开展送温暖活动", "鄂托克前旗总工会", "150623", paragraph));
        try (PDDocument doc = volume(site)) {
            int body = labels(doc).indexOf("1");
            float mid = middle(doc.getPage(body), body);
            long across = glyphs(doc, body).stream().filter(g -> g.getFontSizeInPt() < 11
                    && Math.abs(g.getXDirAdj() + g.getWidthDirAdj() / 2 - mid) < 2.5f * MM).count();
            assertTrue(across > 3, "with one column the lines run across the middle: " + across);
        }
    }

    @Test
    void anArticleWithATableIsSetAcrossThePageAndTheBookStaysValid(@TempDir Path root) throws Exception {
        String text = "旗总工会走访慰问困难职工，送去慰问金和生活用品，并与职工代表座谈，听取意见建议。".repeat(8);
        String table = "\n\n| 项目 | 数量 |\n|---|---:|\n| 基层工会 | 12 |\n| 会员 | 340 |";
        Path site = book(root, "", article("a", "鄂托克前旗总工会开展送温暖活动", "鄂托克前旗总工会", "150623", text + table)
                + article("b", "鄂托克前旗总工会表彰劳模", "鄂托克前旗总工会", "150623", text));
        try (PDDocument doc = volume(site)) {
            int body = labels(doc).indexOf("1");
            float mid = middle(doc.getPage(body), body);
            List<TextPosition> page = glyphs(doc, body);
            long across = page.stream().filter(g -> g.getFontSizeInPt() < 11
                    && Math.abs(g.getXDirAdj() + g.getWidthDirAdj() / 2 - mid) < 2.5f * MM).count();
            assertTrue(across > 3, "the article with the table runs across the middle: " + across);
            String all = new PDFTextStripper().getText(doc);
            assertTrue(all.contains("基层工会") && all.contains("340"), "the table is printed");
        }
        PrintYearbookTest.assertValid(site.resolve("pdf"));
    }

    @Test
    void theIndexesCanBeInStrokeOrder(@TempDir Path root) throws Exception {
        Path site = book(root, "  indexOrder: stroke\n",
                article("a", "乌海市总工会开展送温暖活动", "乌海市总工会", "150300", "市总工会走访慰问困难职工。")
                + article("b", "定边县总工会表彰劳模", "定边县总工会", "610825", "县总工会表彰了一批劳动模范。"));
        try (PDDocument doc = volume(site)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            s.setStartPage(doc.getNumberOfPages() - 1); // the place index, before the organisations
            s.setEndPage(doc.getNumberOfPages() - 1);
            String places = s.getText(doc).replaceAll("[\\s\\p{Zs}]+", "");
            assertTrue(places.contains("地名索引"), places);
            // by strokes 乌 (4) comes before 定 (8); by pinyin D would come before W
            assertTrue(places.indexOf("乌海市") >= 0 && places.indexOf("乌海市") < places.indexOf("定边县"), places);
            assertTrue(places.contains("4画") && places.contains("8画") && places.indexOf("4画") < places.indexOf("8画"),
                    "filed under stroke counts: " + places);
            assertTrue(places.contains("榆林市见定边县"), places);
        }
    }

    @Test
    void theOrganisationIndexGivesThePagesOfEachOrganisationsArticles() throws IOException {
        try (PDDocument doc = Loader.loadPDF(volume)) {
            List<String> labels = labels(doc);
            int last = doc.getNumberOfPages();
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            s.setStartPage(last);
            s.setEndPage(last);
            String index = s.getText(doc);
            assertTrue(index.replaceAll("[\\s\\p{Zs}]", "").contains("单位索引"), index);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^\\s\\d，]+总工会)[\\s\\p{Zs}]+([\\d，]+)").matcher(index); // in either column
            int found = 0;
            while (m.find()) {
                for (String n : m.group(2).split("，")) {
                    int page = labels.indexOf(n.strip());
                    PDFTextStripper p = new PDFTextStripper();
                    p.setStartPage(page + 1);
                    p.setEndPage(page + 1);
                    assertTrue(p.getText(doc).contains(m.group(1)), m.group(1) + " is on page " + n);
                    found++;
                }
            }
            assertTrue(found >= 3, "organisations with their pages: " + index);
        }
    }

    @Test
    void noParagraphEndsWithASingleCharacterOnItsLastLine(@TempDir Path root) throws IOException {
        String chars = "职工之家建设服务困难群众劳模工匠精神基层组织覆盖会员发展";
        StringBuilder body = new StringBuilder();
        for (int n = 30; n <= 75; n++) {
            StringBuilder para = new StringBuilder();
            for (int i = 0; i < n; i++) {
                para.append(chars.charAt((i * 7 + n) % chars.length()));
            }
            body.append(para).append("。\n\n");
        }
        Path site = book(root, "", article("a", "鄂托克前旗总工会开展送温暖活动", "鄂托克前旗总工会", "150623", body.toString()));
        try (PDDocument doc = volume(site)) {
            List<String> labels = labels(doc);
            int lines = 0;
            for (int i = labels.indexOf("1"); i < doc.getNumberOfPages() && labels.get(i).matches("\\d+"); i++) {
                float mid = middle(doc.getPage(i), i);
                java.util.Map<String, StringBuilder> byLine = new java.util.TreeMap<>();
                for (TextPosition g : glyphs(doc, i)) {
                    if (g.getFontSizeInPt() < 10 || g.getFontSizeInPt() > 11) {
                        continue; // body text only
                    }
                    String key = (g.getXDirAdj() < mid ? "L" : "R") + Math.round(g.getYDirAdj());
                    byLine.computeIfAbsent(key, k -> new StringBuilder()).append(g.getUnicode());
                }
                for (StringBuilder line : byLine.values()) {
                    long han = line.codePoints().filter(Character::isIdeographic).count();
                    assertTrue(han != 1, "a line of a single character on page " + labels.get(i) + ": " + line);
                    lines++;
                }
            }
            assertTrue(lines > 100, "the paragraphs were read: " + lines + " lines");
        }
    }

    @Test
    void aPictureIsPrintedInItsColumnWithANumberedCaption(@TempDir Path root) throws Exception {
        String text = "旗总工会走访慰问困难职工，送去慰问金和生活用品。".repeat(6);
        Path content = root.resolve("content/articles"); // beside the article, which names them
        Files.createDirectories(content);
        for (String name : List.of("visit.png", "talk.png")) {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(300, 200, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", content.resolve(name).toFile());
        }
        Path site = book(root, "", article("a", "鄂托克前旗总工会开展送温暖活动", "鄂托克前旗总工会", "150623",
                text + "\n\n![工会干部走访慰问困难职工](visit.png)\n\n" + text + "\n\n![劳模座谈会](talk.png)"));
        try (PDDocument doc = volume(site)) {
            int body = labels(doc).indexOf("1");
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            s.setStartPage(body + 1);
            s.setEndPage(body + 1);
            String page = s.getText(doc).replaceAll("[\\s\\p{Zs}]+", "");
            assertTrue(page.contains("图1工会干部走访慰问困难职工") && page.contains("图2劳模座谈会"), page);
            int images = 0;
            for (var name : doc.getPage(body).getResources().getXObjectNames()) {
                if (doc.getPage(body).getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    images++;
                }
            }
            assertEquals(2, images, "both pictures are drawn");
        }
        PrintYearbookTest.assertValid(site.resolve("pdf"));
    }
}
