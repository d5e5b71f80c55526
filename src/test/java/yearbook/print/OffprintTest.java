package yearbook.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildService;
import yearbook.pipeline.Progress;
import yearbook.testing.TestFiles;

/**
 * A province's PDF takes its pages from its volume, as an offprint (抽印本): the province's part as the volume
 * laid it out, with the volume's page numbers, behind the province's own front matter and before its own indexes;
 * the part is not laid out a second time. Measured from the PDFs: text page by page, page labels, the contents.
 */
class OffprintTest {
    @TempDir
    Path dir;

    private Path build(Path content) throws IOException {
        Path site = dir.resolve("site-" + content.getFileName());
        new BuildService("yearbook test").build(
                new BuildOptions(content, TestFiles.templates(), site, true, true, PrintYearbookTest.PRINTED), Progress.NONE);
        return site;
    }

    /** The page (1-based) each top-level bookmark leads to, in order. */
    private static List<Map.Entry<String, Integer>> top(PDDocument doc) throws IOException {
        List<Map.Entry<String, Integer>> out = new ArrayList<>();
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
            out.add(Map.entry(item.getTitle(), doc.getPages().indexOf(item.findDestinationPage(doc)) + 1));
        }
        return out;
    }

    private static int pageOf(List<Map.Entry<String, Integer>> marks, String title) {
        return marks.stream().filter(e -> e.getKey().equals(title)).findFirst().orElseThrow().getValue();
    }

    /** The page after the province's: where the next top-level bookmark leads. */
    private static int after(List<Map.Entry<String, Integer>> marks, String title) {
        for (int i = 0; i < marks.size() - 1; i++) {
            if (marks.get(i).getKey().equals(title)) {
                return marks.get(i + 1).getValue();
            }
        }
        throw new AssertionError(title + " is the last bookmark");
    }

    private static String[] labels(PDDocument doc) throws IOException {
        return doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
    }

    @Test
    void aProvincesPdfHoldsItsPagesAsTheVolumePrintsThem() throws IOException {
        Path site = build(Path.of("content"));
        try (PDDocument volume = Loader.loadPDF(site.resolve("pdf/yearbook-2019.pdf").toFile());
             PDDocument province = Loader.loadPDF(site.resolve("pdf/yearbook-2019-610000-shaanxisheng.pdf").toFile())) {
            List<Map.Entry<String, Integer>> inVolume = top(volume);
            List<Map.Entry<String, Integer>> inProvince = top(province);
            int from = pageOf(inVolume, "陕西省");
            int own = pageOf(inProvince, "陕西省");
            int pages = after(inProvince, "陕西省") - own;
            assertTrue(pages >= 3, "the province has pages of its own: " + pages);
            assertTrue(from > own, "陕西省 comes after 内蒙古自治区 in the volume (page " + from + ")");
            String[] volumeLabels = labels(volume);
            String[] provinceLabels = labels(province);
            for (int i = 0; i < pages; i++) {
                assertEquals(PrintYearbookTest.text(volume, from + i, from + i), PrintYearbookTest.text(province, own + i, own + i),
                        "page " + (own + i) + " of the province's PDF is page " + (from + i) + " of the volume");
                assertEquals(volumeLabels[from + i - 1], provinceLabels[own + i - 1], "and is labelled as there");
            }
            // numbered as in the volume, not from 1; the indexes go on from there
            int first = Integer.parseInt(provinceLabels[own - 1]);
            assertTrue(first > 1 && first % 2 == 1, "the province begins on the volume's right-hand page " + first);
            assertEquals(String.valueOf(first + pages), provinceLabels[own + pages - 1], "its 主题索引 follows on");
            // its contents give those numbers
            String contents = PrintYearbookTest.text(province, pageOf(inProvince, "目录"), own - 1).replaceAll("[ .]+", " ");
            assertTrue(contents.contains("陕西省 " + first), contents);
            assertTrue(contents.contains("主题索引 " + (first + pages)), contents);
            // the metadata names the province's book, not the volume the pages come from
            String xmp = new String(province.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertEquals("工会年鉴 2019 · 陕西省", province.getDocumentInformation().getTitle());
            assertTrue(xmp.contains("工会年鉴 2019 · 陕西省"), xmp);
            // the place index sends the reader to the volume's numbers too
            String places = PrintYearbookTest.text(province, pageOf(inProvince, "地名索引"), pageOf(inProvince, "地名索引"));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("商洛市[\\s\\p{Z}]+(\\d+)").matcher(places);
            assertTrue(m.find(), places);
            int labelled = List.of(provinceLabels).indexOf(m.group(1)) + 1;
            assertTrue(labelled >= own && labelled < own + pages, "商洛市 " + m.group(1) + " is a page of the province's");
            assertTrue(PrintYearbookTest.text(province, labelled, labelled).contains("商洛市"), "which shows 商洛市");
        }
    }

    @Test
    void aProvinceWhoseArticlesTheVolumeSetsElsewhereIsLaidOutOnItsOwn() throws IOException {
        // arranged by theme and region, the volumes set the provincial unions' own articles under their themes: the
        // 2020 volume's only article, 宁夏回族自治区's own, is not in a regional part of the volume at all
        Path content = dir.resolve("content");
        TestFiles.copyTree(Path.of("content"), content);
        Path settings = content.resolve("yearbook.yaml");
        String yaml = Files.readString(settings, StandardCharsets.UTF_8);
        Files.writeString(settings, yaml.replaceFirst("\nvolume:\n", "\nvolume:\n  parts: [special, chronicle, themes, regions, statistics, honours, appendix]\n"),
                StandardCharsets.UTF_8);
        Path site = build(content);
        try (PDDocument ningxia = Loader.loadPDF(site.resolve("pdf/yearbook-2020-640000-ningxiahuizuzizhiqu.pdf").toFile())) {
            List<Map.Entry<String, Integer>> marks = top(ningxia);
            int own = pageOf(marks, "宁夏回族自治区");
            assertEquals("1", labels(ningxia)[own - 1], "the province's own book, numbered from 1");
            String body = PrintYearbookTest.text(ningxia, own, after(marks, "宁夏回族自治区") - 1).replaceAll("\\s+", "");
            assertTrue(body.contains("宁夏回族自治区"), body);
        }
        // 内蒙古自治区's articles are its prefectures' and counties': the volume's regional part holds them all
        try (PDDocument volume = Loader.loadPDF(site.resolve("pdf/yearbook-2019.pdf").toFile());
             PDDocument inner = Loader.loadPDF(site.resolve("pdf/yearbook-2019-150000-neimengguzizhiqu.pdf").toFile())) {
            int own = pageOf(top(inner), "内蒙古自治区");
            int from = pageOf(top(volume), "内蒙古自治区");
            assertTrue(Integer.parseInt(labels(inner)[own - 1]) > 1, "the volume's themes come first");
            assertEquals(labels(volume)[from - 1], labels(inner)[own - 1], "内蒙古自治区 is still taken from the volume");
            assertEquals(PrintYearbookTest.text(volume, from, from), PrintYearbookTest.text(inner, own, own));
        }
    }

    @Test
    void handingItsProvincesOverLeavesTheVolumeAsItWouldBeAlone() throws IOException {
        Path alone = dir.resolve("alone");
        TestFiles.copyTree(Path.of("content"), alone);
        Files.writeString(alone.resolve("yearbook.yaml"), "pdf: {perProvince: false}\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Path withProvinces = build(Path.of("content"));
        Path volumesOnly = build(alone);
        assertTrue(Files.exists(withProvinces.resolve("pdf/yearbook-2019-610000-shaanxisheng.pdf")));
        assertTrue(Files.notExists(volumesOnly.resolve("pdf/yearbook-2019-610000-shaanxisheng.pdf")));
        for (String volume : List.of("pdf/yearbook-2019.pdf", "pdf/yearbook-2020.pdf", "pdf/yearbook-2021.pdf")) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(volumesOnly.resolve(volume)),
                    Files.readAllBytes(withProvinces.resolve(volume)), volume + " is the same, byte for byte");
        }
    }

    @Test
    void thePreviewServesAProvinceAsTheBuildMakesItAndKeepsItsVolume() throws Exception {
        Path site = build(Path.of("content"));
        yearbook.pipeline.Preview preview = new yearbook.pipeline.Previewer(new BuildOptions(Path.of("content"),
                TestFiles.templates(), dir.resolve("preview"), true, true, PrintYearbookTest.PRINTED), "yearbook test")
                .next(false, false);
        String province = "pdf/yearbook-2019-610000-shaanxisheng.pdf";
        org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(site.resolve(province)), preview.file(province));
        org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(site.resolve("pdf/yearbook-2019.pdf")),
                preview.file("pdf/yearbook-2019.pdf"));
    }

    @Test
    void aProvinceWaitsOnlyForAVolumeBegunBeforeItAndOnlyOnce() throws Exception {
        List<Book> books = PrintPlan.of(yearbook.testing.TestSites.model(Path.of("content")));
        Book volume = books.stream().filter(b -> b.path().equals("pdf/yearbook-2019.pdf")).findFirst().orElseThrow();
        Book province = books.stream().filter(b -> b.path().equals("pdf/yearbook-2019-610000-shaanxisheng.pdf")).findFirst().orElseThrow();
        assertEquals(volume, Offprints.volumeOf(province, books));
        // the province before its volume: it is laid out on its own rather than wait for a volume not yet begun
        assertEquals(null, org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> Offprints.plan(List.of(province, volume)).take(province.path(), true)));
        // in order: what the volume gives, the province takes, once
        Offprints offprints = Offprints.plan(List.of(volume, province));
        Offprints.Offprint part = new Offprints.Offprint(new byte[0], 9, 3, Map.of(), "", List.of());
        offprints.give(volume.path(), List.of("r-610000"), part);
        assertEquals(part, offprints.take(province.path(), true));
        assertEquals(null, offprints.take(province.path(), true), "and lets it go");
        offprints.done(volume.path());
    }
}
