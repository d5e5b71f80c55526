package yearbook.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.importer.ImportOptions;
import yearbook.importer.ImportResult;
import yearbook.importer.ImportService;
import yearbook.importer.formats.Fixtures;
import yearbook.importer.output.Outcome;

/**
 * Damaged and hostile files of the new formats never crash {@code import} nor keep it busy: Word files and PDFs cut
 * short at many points or with bytes changed, a zip that inflates past any document, a web page nested hundreds
 * of thousands deep or holding a million elements. Each is imported or refused with a reason naming what is wrong,
 * and the whole batch finishes within a bound far above its usual time (a few seconds).
 */
class FuzzFormatsTest {
    @TempDir
    Path root;

    private static byte[] cut(byte[] b, int n) {
        return Arrays.copyOf(b, n);
    }

    private static byte[] flipped(byte[] b, Random r, int flips) {
        byte[] c = b.clone();
        for (int i = 0; i < flips; i++) {
            int at = r.nextInt(c.length);
            c[at] = (byte) r.nextInt(256);
        }
        return c;
    }

    /** A zip with a word/document.xml that inflates to {@code mb} megabytes of one repeated byte. */
    private static byte[] zipBomb(int mb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] block = new byte[1024 * 1024];
            Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < mb; i++) {
                zip.write(block);
            }
        }
        return out.toByteArray();
    }

    @Test
    void damagedAndHostileFilesAreRefusedCleanlyAndQuickly() throws IOException {
        long seed = Mutator.seed() + 19;
        Random r = new Random(seed);
        byte[] docx = Fixtures.docx();
        byte[] pdf = Fixtures.twoColumnPdf("定边县总工会服务职工纪实", "2019年，榆林市定边县总工会" + Fixtures.WORK + Fixtures.MORE,
                Fixtures.EVEN_MORE + Fixtures.LAST);
        Map<String, byte[]> cases = new LinkedHashMap<>();
        int cuts = Mutator.count(12, 1.0 / 10);
        for (int i = 1; i <= cuts; i++) {
            cases.put("docx-cut-" + i + ".docx", cut(docx, docx.length * i / (cuts + 1)));
            cases.put("pdf-cut-" + i + ".pdf", cut(pdf, pdf.length * i / (cuts + 1)));
            cases.put("docx-flipped-" + i + ".docx", flipped(docx, r, 1 + r.nextInt(20)));
            cases.put("pdf-flipped-" + i + ".pdf", flipped(pdf, r, 1 + r.nextInt(20)));
        }
        byte[] pictures = Fixtures.docxWithPictures();
        for (int i = 1; i <= cuts; i++) {
            cases.put("docxpic-flipped-" + i + ".docx", flipped(pictures, r, 1 + r.nextInt(20)));
        }
        // pictures named to reach outside the page's folder, or not files at all: none is read
        Files.createDirectories(root.resolve("secret"));
        Files.write(root.resolve("secret/x.png"), Fixtures.png(java.awt.Color.BLACK));
        String hostile = String.join("", List.of("../secret/x.png", "..%2fsecret%2fx.png", "%2e%2e/secret/x.png",
                root.resolve("secret/x.png").toString(), "file://" + root.resolve("secret/x.png"), "//host/x.png", "data:image/png;base64,iVBORw0KGgo=",
                "\\\\host\\x.png").stream().map(src -> "<img src=\"" + src + "\">").toList());
        cases.put("html-img-paths.html", ("<html><body><h1>定边县总工会服务职工</h1><p>2019年，榆林市定边县总工会" + Fixtures.WORK + Fixtures.MORE
                + "</p><p>" + hostile + "<img src=\"missing.png\">".repeat(20_000) + "</p><p>" + Fixtures.EVEN_MORE + "</p><p>" + Fixtures.LAST
                + "（定边县总工会 王小明）</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        cases.put("pdf-header-only.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1));
        cases.put("pdf-garbage.pdf", Mutator.concat("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), flipped(new byte[4096], r, 4096)));
        cases.put("zip-bomb.docx", zipBomb(300));
        cases.put("zip-not-word.docx", zipOf("readme.txt", "不是 Word 文档"));
        cases.put("html-deep.html", ("<html><body>" + "<div>".repeat(50_000) + "总工会" + "</div>".repeat(50_000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8));
        cases.put("html-wide.html", ("<html><body>" + "<p>职工</p>".repeat(1_000_000) + "</body></html>").getBytes(StandardCharsets.UTF_8));
        cases.put("html-unclosed.html", ("<html><body><table>" + "<tr><td><b><i><font>".repeat(20_000)).getBytes(StandardCharsets.UTF_8));
        cases.put("html-empty.html", "<html><head><title></title></head><body></body></html>".getBytes(StandardCharsets.UTF_8));
        Path in = root.resolve("in");
        Files.createDirectories(in);
        for (Map.Entry<String, byte[]> e : cases.entrySet()) {
            Files.write(in.resolve(e.getKey()), e.getValue());
        }
        Path into = Fuzz.contentFolder(root.resolve("into"), false);
        String testCase = "damaged formats (seed " + seed + ")";
        ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Fuzz.noCrash(testCase,
                () -> ImportService.forContent(into).run(new ImportOptions(List.of(in), into, false, null))),
                () -> Mutator.reproduce(testCase) + " took too long");
        assertEquals(cases.size(), result.outcomes().size());
        for (Outcome o : result.outcomes()) {
            String name = Path.of(o.file()).getFileName().toString();
            if (o.failed()) {
                assertFalse(o.error().isBlank(), name);
                assertTrue(o.error().codePoints().anyMatch(c -> c >= 0x4E00), "a reason in words for the editor: " + name + ": " + o.error());
            }
            if (name.contains("-cut-") && name.endsWith(".docx") && !o.failed()) {
                fail(Mutator.reproduce(testCase) + ": a Word file cut short was imported: " + name);
            }
        }
        Map<String, Outcome> byName = new LinkedHashMap<>();
        result.outcomes().forEach(o -> byName.put(Path.of(o.file()).getFileName().toString(), o));
        assertTrue(byName.get("zip-bomb.docx").error().contains("解开后太大"), byName.get("zip-bomb.docx").error());
        assertTrue(byName.get("zip-not-word.docx").error().contains("不是 Word 文档"), byName.get("zip-not-word.docx").error());
        assertTrue(byName.get("html-deep.html").error().contains("嵌套太深"), byName.get("html-deep.html").error());
        assertTrue(byName.get("html-wide.html").error().contains("元素太多"), byName.get("html-wide.html").error());
        assertTrue(byName.get("pdf-header-only.pdf").failed() && byName.get("pdf-header-only.pdf").error().contains("PDF"),
                byName.get("pdf-header-only.pdf").toString());
        assertTrue(byName.get("docx-cut-1.docx").error().contains("zip 格式但不完整"), byName.get("docx-cut-1.docx").error());
        Outcome paths = byName.get("html-img-paths.html");
        assertFalse(paths.failed(), paths.error());
        assertTrue(paths.notes().stream().anyMatch(n -> n.contains("没有取出")), paths.notes().toString());
        assertEquals(1, paths.articles().size(), paths.left().toString());
        try (var written = Files.walk(into)) {
            List<Path> photos = written.filter(f -> f.getFileName().toString().startsWith("photo-")).toList();
            assertTrue(photos.stream().allMatch(f -> f.getFileName().toString().matches("photo-[0-9a-f]{16}\\.(png|jpg|gif)")), photos.toString());
            byte[] secret = Files.readAllBytes(root.resolve("secret/x.png"));
            for (Path f : photos) {
                assertFalse(Arrays.equals(secret, Files.readAllBytes(f)), "a picture outside the page's folder was read: " + f);
            }
        }
        System.out.printf("fuzz: %d damaged or hostile files (seed %d), %d refused%n", cases.size(), seed, result.failures());
    }

    private static byte[] zipOf(String name, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
