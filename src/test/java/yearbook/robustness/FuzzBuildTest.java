package yearbook.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildService;
import yearbook.pipeline.Progress;
import yearbook.config.ProjectLoader;
import yearbook.content.ArticleReader;
import yearbook.diag.Diagnostic;
import yearbook.diag.Diagnostics;
import yearbook.testing.Run;
import yearbook.testing.TestFiles;

/**
 * Bad articles never crash {@code build} or {@code check} on the command line: each ends with exit status 0, or 1
 * and messages that name the bad file; never an internal error, a stack trace, another status or a hang. The site
 * is also built (pages, search index and, once, the PDFs) from many mutated markdown bodies under valid front
 * matter, which get past the checks and into the templates.
 *
 * <p>Seeded and bounded as {@link FuzzCheckTest} describes; for a longer run, e.g. before a release:
 * {@code ./mvnw -o test -Dtest='Fuzz*' -Dyearbook.fuzz.count=100000}.
 */
class FuzzBuildTest {
    /** Whole-file mutants run through the command line at the default count, a batch per yearbook. */
    static final int CLI_CASES = 200;
    static final int CLI_BATCH = 20;
    /** Mutated bodies built into sites at the default count, a batch per site. */
    static final int BUILD_CASES = 200;
    static final int BATCH = 100;
    /** Mutated bodies printed as PDFs: one site, one volume. */
    static final int PDF_CASES = 12;

    @TempDir
    Path root;

    /**
     * The targeted cases on the command line, two yearbooks: the ones an article cannot be read from side by side,
     * where {@code check} and {@code build} must name every one of them; and the readable ones (huge lines, deep
     * nesting, odd line ends), which {@code build} must render.
     */
    @Test
    void targetedCasesEndCleanlyOnTheCommandLine() throws IOException {
        long start = System.nanoTime();
        Map<String, byte[]> bad = new LinkedHashMap<>();
        Map<String, byte[]> good = new LinkedHashMap<>();
        Path probe = Fuzz.contentFolder(root.resolve("probe"), false);
        ArticleReader reader = new ArticleReader(ProjectLoader.load(probe, new Diagnostics()));
        for (Map.Entry<String, byte[]> e : Mutator.targeted().entrySet()) {
            Path file = probe.resolve("a.md");
            Files.write(file, e.getValue());
            (reader.read(file, "a.md", new Diagnostics()).isPresent() ? good : bad).put(e.getKey(), e.getValue());
        }
        Run build = yearbook("targeted, unreadable", root.resolve("bad"), bad);
        assertEquals(1, build.code(), build.err());
        build = yearbook("targeted, readable", root.resolve("good"), good);
        assertEquals(0, build.code(), "the readable targeted cases build: " + Fuzz.head(build.err()));
        System.out.printf("fuzz: %d targeted cases on the command line (%d unreadable), %.1f s%n", bad.size() + good.size(),
                bad.size(), (System.nanoTime() - start) / 1e9);
    }

    /** Whole-file mutants (bytes, encodings, front matter, body), a batch per yearbook, on the command line. */
    @Test
    void mutatedFilesEndCleanlyOnTheCommandLine() throws IOException {
        long seed = Mutator.seed() + 2;
        Mutator m = new Mutator(seed);
        int cases = Mutator.count(CLI_CASES, 1.0 / 15);
        long start = System.nanoTime();
        for (int batch = 0; batch * CLI_BATCH < cases; batch++) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (int i = batch * CLI_BATCH; i < Math.min(cases, (batch + 1) * CLI_BATCH); i++) {
                files.put("file #" + i, m.fileMutant());
            }
            yearbook("file batch " + batch, root.resolve("m" + batch), files);
        }
        System.out.printf("fuzz: %d mutated files on the command line (seed %d), %.1f s%n", cases, seed,
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * Writes the files into one yearbook and runs {@code check} and {@code build --no-pdf} on it. Both end with status
     * 0 or 1 and print no internal error; every file the article reader rejects is named; every error names a file of
     * the content. Returns the build's run.
     */
    private static Run yearbook(String testCase, Path dir, Map<String, byte[]> cases) throws IOException {
        Path content = Fuzz.contentFolder(dir.resolve("content"), false);
        ArticleReader reader = new ArticleReader(ProjectLoader.load(content, new Diagnostics()));
        Map<Path, String> rejected = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, byte[]> e : cases.entrySet()) {
            Path file = content.resolve("articles/f" + i++ + ".md");
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
            if (reader.read(file, content.relativize(file).toString(), new Diagnostics()).isEmpty()) {
                rejected.put(file, e.getKey());
            }
        }
        // the picture the cases show (nested images), so that they try the nesting, not a missing file
        Files.createDirectories(content.resolve("articles"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                content.resolve("articles/a.png").toFile());
        String templates = TestFiles.templates().toString();
        Run check = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Run.of("check", "--content", content.toString(), "--templates", templates),
                () -> Mutator.reproduce(testCase) + ": check took too long");
        assertReport(testCase + " (check)", check, check.out(), content, rejected);
        Run build = assertTimeoutPreemptively(Duration.ofSeconds(90),
                () -> Run.of("build", "--no-pdf", "--content", content.toString(), "--templates", templates,
                        "--output", dir.resolve("site").toString()),
                () -> Mutator.reproduce(testCase) + ": build took too long");
        assertReport(testCase + " (build)", build, build.err(), content, rejected);
        if (check.code() == 1 && build.code() == 0) {
            fail(Mutator.reproduce(testCase) + ": check found errors that build let pass\n" + Fuzz.head(check.out()));
        }
        return build;
    }

    private static void assertReport(String testCase, Run run, String findings, Path content, Map<Path, String> rejected) {
        Fuzz.assertCleanOutput(testCase, run.code(), run.err());
        for (Map.Entry<Path, String> r : rejected.entrySet()) {
            if (!findings.contains(r.getKey() + ":")) {
                fail(Mutator.reproduce(testCase + ", " + r.getValue()) + ": " + r.getKey().getFileName()
                        + " has errors, and no message names it\n" + Fuzz.head(findings));
            }
        }
        if (!rejected.isEmpty() && run.code() != 1) {
            fail(Mutator.reproduce(testCase) + ": exit status " + run.code() + " for files with errors");
        }
        for (String line : findings.split("\n")) {
            if (line.contains(": error: ") && !line.startsWith(content.toString())) {
                fail(Mutator.reproduce(testCase) + ": an error that names no file of the content: " + line);
            }
        }
    }

    /** Mutated markdown bodies under valid front matter, built into whole sites (pages and search index). */
    @Test
    void mutatedBodiesBuildIntoASiteOrCleanErrors() throws IOException {
        long seed = Mutator.seed() + 3;
        Mutator m = new Mutator(seed);
        int cases = Mutator.count(BUILD_CASES, 1.0 / 8);
        long start = System.nanoTime();
        int built = 0;
        for (int batch = 0; batch * BATCH < cases; batch++) {
            Path dir = root.resolve("b" + batch);
            Path content = Fuzz.contentFolder(dir.resolve("content"), false);
            int n = Math.min(BATCH, cases - batch * BATCH);
            for (int i = 0; i < n; i++) {
                Path file = content.resolve("articles/b" + i + ".md");
                Files.createDirectories(file.getParent());
                Files.write(file, Mutator.utf8(m.bodyMutant("b" + batch + "-" + i)));
            }
            String testCase = "build batch " + batch;
            BuildOptions options = new BuildOptions(content, TestFiles.templates(), dir.resolve("site"), true, false, Instant.EPOCH);
            List<Diagnostic> found = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> Fuzz.clean(testCase,
                    () -> new BuildService("test").build(options, Progress.NONE).warnings()),
                    () -> Mutator.reproduce(testCase) + " took too long");
            Fuzz.assertNamesFiles(found, content, testCase);
            built += found.stream().noneMatch(Diagnostic::isError) ? 1 : 0;
        }
        System.out.printf("fuzz: %d markdown bodies built (seed %d), %d of the sites written, %.1f s%n", cases, seed, built,
                (System.nanoTime() - start) / 1e9);
    }

    /** Mutated markdown bodies printed: the PDF of one volume of them is made, or a clean error. */
    @Test
    void mutatedBodiesPrintOrFailCleanly() throws IOException {
        long seed = Mutator.seed() + 4;
        Mutator m = new Mutator(seed);
        int cases = Mutator.count(PDF_CASES, 1.0 / 250);
        Path content = Fuzz.contentFolder(root.resolve("content"), true);
        for (int i = 0; i < cases; i++) {
            Path file = content.resolve("articles/p" + i + ".md");
            Files.createDirectories(file.getParent());
            // one volume and one province, and only characters the print fonts have, so that the PDF is made
            String body = m.bodyMutant("p" + i).replaceFirst("(?m)^region: .*$", "region: 150300")
                    .replaceFirst("(?m)^year: .*$", "year: 2018").replaceFirst("(?m)^date: .*$", "date: 2019-01-05")
                    .replaceAll("[^\\x20-\\x7e\\n\\u4e00-\\u9fa5\\u3001-\\u3011\\u201c\\u201d\\uff01-\\uff1f]", "");
            Files.write(file, Mutator.utf8(body));
        }
        Path out = root.resolve("site");
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> Run.of("build", "--content", content.toString(),
                "--templates", TestFiles.templates().toString(), "--output", out.toString()),
                () -> Mutator.reproduce("print") + " took too long");
        Fuzz.assertCleanOutput("print (seed " + seed + ")", run.code(), run.err());
        if (run.code() == 0) {
            try (var pdfs = Files.walk(out.resolve("pdf"))) {
                assertTrue(pdfs.anyMatch(p -> p.toString().endsWith(".pdf")), "the build made no PDF");
            }
        }
    }
}
