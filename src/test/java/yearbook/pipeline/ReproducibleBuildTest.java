package yearbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.testing.CommandProcess;
import yearbook.testing.TestFiles;

/**
 * Same input, same output: the whole site, search index and PDFs included, byte for byte, whatever the order the
 * content's files were created in, whatever the number of threads the build runs with, and whether or not a date
 * for the PDFs is given (SOURCE_DATE_EPOCH).
 */
class ReproducibleBuildTest {
    static final Instant PRINTED = Instant.parse("2022-02-02T00:00:00Z");
    /** What the command line names the tool as, so that its builds can be compared with these. */
    static final String GENERATOR = "yearbook " + yearbook.cli.YearbookCommand.version();

    @TempDir
    static Path root;
    /** The content's files, path → bytes, in the order a person would write them. */
    static Map<String, byte[]> files;
    /** The site built from the files written in order, with the default pool and no date given. */
    static Map<String, byte[]> reference;

    @BeforeAll
    static void buildTheReference() throws Exception {
        files = corpus();
        Path content = write("in-order", new ArrayList<>(files.keySet()));
        reference = build(content, "site-reference", null, null);
        assertTrue(reference.keySet().stream().anyMatch(p -> p.startsWith("pdf/") && p.endsWith(".pdf")), "PDFs are made");
        assertTrue(reference.keySet().stream().anyMatch(p -> p.startsWith("search/")), "a search index is made");
        assertTrue(reference.containsKey("nm/img/photo.png"), "assets are published");
        assertTrue(reference.containsKey("nm/img/photo-960w.png") && reference.containsKey("sx/img/photo-480w.jpg"),
                "smaller copies of the pictures are made");
    }

    /** Articles in two provinces and several prefectures, years, themes and weights, with ties, and two pictures. */
    static Map<String, byte[]> corpus() throws IOException {
        String[] regions = {"150623", "150300", "150602", "610825", "611000", "150000", "610000"};
        String[] themes = {"model-workers", "hardship-aid", "model-workers, hardship-aid", ""};
        Map<String, String> out = new LinkedHashMap<>();
        split(TestFiles.BASICS, out);
        for (int i = 0; i < 28; i++) {
            String region = regions[i % regions.length];
            String dir = region.startsWith("15") ? "nm" : "sx";
            String slug = "a" + (char) ('a' + i % 26) + i;
            out.put("content/" + dir + "/" + slug + ".md", "---\ntitle: 第" + (i % 5) + "篇 工会工作" + (i % 3 == 0 ? "纪实" : "")
                    + "\norganization: " + (i % 2 == 0 ? "总工会" : "市总工会") + "\nregion: " + region
                    + "\nyear: " + (2018 + i % 3) + "\nthemes: [" + themes[i % themes.length] + "]\nslug: " + slug
                    + "\nweight: " + (i % 4 == 0 ? 1 : 0) + (i % 6 == 0 ? "\ndate: 2019-0" + (1 + i % 9) + "-1" + (i % 10) : "")
                    + "\n---\n职工之家建设和送温暖活动，劳模精神代代相传。第" + i + "段。\n\n![图](img/photo."
                    + (dir.equals("nm") ? "png" : "jpg") + ")\n");
        }
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        out.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        bytes.put("content/nm/img/photo.png", picture(1000, 600, "png"));
        bytes.put("content/sx/img/photo.jpg", picture(1300, 800, "jpg"));
        return bytes;
    }

    private static byte[] picture(int width, int height, String format) throws IOException {
        Path file = Files.createTempFile(root, "picture", "." + format);
        PicturesTest.picture(file, width, height, format);
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }

    private static void split(String archive, Map<String, String> into) {
        for (String part : archive.split("(?m)^(?=-- \\S+ --$)")) {
            if (!part.isBlank()) {
                int nl = part.indexOf('\n');
                into.put(part.substring(3, nl - 3), part.substring(nl + 1));
            }
        }
    }

    /** Writes the content's files in the given order into a fresh folder. */
    static Path write(String name, List<String> order) throws IOException {
        Path dir = root.resolve(name);
        for (String path : order) {
            Path f = dir.resolve(path);
            Files.createDirectories(f.getParent());
            Files.write(f, files.get(path));
        }
        return dir.resolve("content");
    }

    /** Builds everything into {@code root/out}, in {@code pool} when given, and returns the site's files. */
    static Map<String, byte[]> build(Path content, String out, Instant printed, ForkJoinPool pool) throws Exception {
        BuildOptions options = new BuildOptions(content, TestFiles.templates(), root.resolve(out), true, true, printed);
        if (pool == null) {
            new BuildService(GENERATOR).build(options, Progress.NONE);
        } else {
            try {
                pool.submit(() -> new BuildService(GENERATOR).build(options, Progress.NONE)).get();
            } catch (ExecutionException e) {
                throw (Exception) e.getCause();
            } finally {
                pool.shutdown();
            }
        }
        return snapshot(root.resolve(out));
    }

    static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return out;
    }

    static void assertSameSite(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the same files");
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path + " differs"));
    }

    @Test
    void filesWrittenInReverseOrderAndBuiltOnOneThreadGiveTheSameSite() throws Exception {
        List<String> reversed = new ArrayList<>(files.keySet());
        Collections.reverse(reversed);
        Path content = write("reversed", reversed);
        assertSameSite(reference, build(content, "site-reversed", null, new ForkJoinPool(1)));
    }

    @Test
    void filesRenamedIntoPlaceInShuffledOrderAndBuiltOnEightThreadsGiveTheSameSite() throws Exception {
        // every file first under a temporary name, then renamed to its own in a shuffled order: the folders list
        // their entries in yet another order
        List<String> order = new ArrayList<>(files.keySet());
        Collections.shuffle(order, new Random(20240601));
        Path dir = root.resolve("shuffled");
        List<Path[]> renames = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Path f = dir.resolve(order.get(i));
            Files.createDirectories(f.getParent());
            Path tmp = f.resolveSibling("tmp-" + i + ".txt");
            Files.write(tmp, files.get(order.get(i)));
            renames.add(new Path[] {tmp, f});
        }
        Collections.shuffle(renames, new Random(7));
        for (Path[] r : renames) {
            Files.move(r[0], r[1]);
        }
        assertSameSite(reference, build(dir.resolve("content"), "site-shuffled", null, new ForkJoinPool(8)));
    }

    @Test
    void aGivenDateGivesTheSameBytesOnOneThreadOnEightAndFromTheCommandLine() throws Exception {
        Path content = root.resolve("in-order/content");
        Map<String, byte[]> one = build(content, "site-dated-1", PRINTED, new ForkJoinPool(1));
        Map<String, byte[]> eight = build(content, "site-dated-8", PRINTED, new ForkJoinPool(8));
        assertSameSite(one, eight);
        // and the command line in another Java process, given the date as SOURCE_DATE_EPOCH
        Path out = root.resolve("site-dated-cli");
        ProcessBuilder pb = new ProcessBuilder(CommandProcess.command(List.of(), "build",
                "--content", content.toString(), "--templates", TestFiles.templates().toString(), "--output", out.toString()))
                .redirectErrorStream(true).redirectOutput(root.resolve("cli.log").toFile());
        pb.environment().put("SOURCE_DATE_EPOCH", Long.toString(PRINTED.getEpochSecond()));
        Process p = pb.start();
        assertTrue(p.waitFor(3, java.util.concurrent.TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), Files.readString(root.resolve("cli.log")));
        assertSameSite(one, snapshot(out));
        // and on one processor, where the PDFs' parts are laid out one at a time rather than at once: the same bytes
        Path single = root.resolve("site-dated-cli-1");
        ProcessBuilder one1 = new ProcessBuilder(CommandProcess.command(List.of("-XX:ActiveProcessorCount=1"), "build",
                "--content", content.toString(), "--templates", TestFiles.templates().toString(), "--output", single.toString()))
                .redirectErrorStream(true).redirectOutput(root.resolve("cli-1.log").toFile());
        one1.environment().put("SOURCE_DATE_EPOCH", Long.toString(PRINTED.getEpochSecond()));
        Process p1 = one1.start();
        assertTrue(p1.waitFor(3, java.util.concurrent.TimeUnit.MINUTES));
        assertEquals(0, p1.exitValue(), Files.readString(root.resolve("cli-1.log")));
        assertSameSite(one, snapshot(single));
        // the date is in the PDFs and only there
        for (String path : reference.keySet()) {
            if (path.endsWith(".pdf")) {
                assertFalse(java.util.Arrays.equals(reference.get(path), one.get(path)), path + " carries the given date");
            } else {
                assertArrayEquals(reference.get(path), one.get(path), path + " does not depend on the PDFs' date");
            }
        }
    }

    @Test
    void withoutAGivenDateAPdfCarriesItsContentsDateNotTheClock() throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(reference.get("pdf/yearbook-2019.pdf"))) {
            assertEquals(Instant.parse("2019-07-16T00:00:00Z").toEpochMilli(),
                    doc.getDocumentInformation().getCreationDate().getTimeInMillis(), "the latest article date of volume 2019");
        }
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(reference.get("pdf/yearbook-2020.pdf"))) {
            assertEquals(Instant.parse("2020-01-01T00:00:00Z").toEpochMilli(),
                    doc.getDocumentInformation().getCreationDate().getTimeInMillis(), "a volume without dates: its 1st of January");
        }
    }
}
