package yearbook.robustness;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.pipeline.Progress;
import yearbook.check.CheckService;
import yearbook.config.Project;
import yearbook.config.ProjectLoader;
import yearbook.content.Article;
import yearbook.content.ArticleReader;
import yearbook.diag.Diagnostic;
import yearbook.diag.Diagnostics;
import yearbook.testing.TestFiles;

/**
 * Bad articles never crash the reading and checking of a yearbook: thousands of mutated front matters and
 * markdown bodies, odd encodings, NUL bytes, huge lines, deep nesting, YAML alias bombs, empty and binary files.
 * Each case ends in an article or in findings that all name the article's file, within a bounded time.
 *
 * <p>The cases come from a fixed seed, so a run is repeatable; a failure names the seed. To run longer, e.g. before a
 * release ({@code yearbook.fuzz.count} is the number of front-matter cases; the others scale with it):
 * <pre>
 * ./mvnw -o test -Dtest='Fuzz*' -Dyearbook.fuzz.count=100000
 * ./mvnw -o test -Dtest='Fuzz*' -Dyearbook.fuzz.seed=42
 * </pre>
 * Surefire hands the {@code -D} properties of the Maven command line to the test JVM as system properties. At the
 * default count the suite runs about 5 000 front matters, 2 000 bodies checked, 200 built and 12 printed, 200
 * files and the targeted cases on the command line, 300 raw pages imported; each test prints its count, seed and
 * time.
 */
class FuzzCheckTest {
    /** Front matter cases at the default count. */
    static final int FRONT_MATTER_CASES = 5000;
    /** Markdown bodies at the default count, checked a batch at a time as one yearbook. */
    static final int BODY_CASES = 2000;
    static final int BATCH = 100;

    @TempDir
    Path root;

    /** Each mutated article read alone, as the build reads it: the cheap path, for many cases. */
    @Test
    void mutatedFrontMattersAreReportedInTheirFile() throws IOException {
        long seed = Mutator.seed();
        Mutator m = new Mutator(seed);
        Path content = Fuzz.contentFolder(root.resolve("content"), false);
        Project project = ProjectLoader.load(content, new Diagnostics());
        ArticleReader reader = new ArticleReader(project);
        int cases = Mutator.count(FRONT_MATTER_CASES, 1.0);
        int read = 0;
        long start = System.nanoTime();
        for (int batch = 0; batch < cases; batch += 500) {
            int from = batch;
            int to = Math.min(cases, batch + 500);
            read += assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                int ok = 0;
                for (int i = from; i < to; i++) {
                    byte[] bytes = i % 2 == 0 ? Mutator.utf8(m.frontMatterMutant()) : m.fileMutant();
                    ok += readOne(reader, content, "front matter #" + i, bytes) ? 1 : 0;
                }
                return ok;
            }, () -> Mutator.reproduce("front matter batch from #" + from) + " took too long");
        }
        System.out.printf("fuzz: %d front matters (seed %d), %d read as articles, %.1f s%n", cases, seed, read,
                (System.nanoTime() - start) / 1e9);
        assertTrue(read > 0 && read < cases, "the mutations should leave some articles valid and break others: " + read);
    }

    /** The targeted cases, each read alone. */
    @Test
    void targetedCasesAreReportedInTheirFile() throws IOException {
        Path content = Fuzz.contentFolder(root.resolve("content"), false);
        Project project = ProjectLoader.load(content, new Diagnostics());
        ArticleReader reader = new ArticleReader(project);
        for (Map.Entry<String, byte[]> e : Mutator.targeted().entrySet()) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> readOne(reader, content, e.getKey(), e.getValue()),
                    () -> Mutator.reproduce(e.getKey()) + " took too long");
        }
    }

    private static boolean readOne(ArticleReader reader, Path content, String testCase, byte[] bytes) throws IOException {
        Path file = content.resolve("articles/a.md");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        Diagnostics d = new Diagnostics();
        Optional<Article> article = readArticle(reader, file, d, testCase);
        List<Diagnostic> all = d.all();
        if (article.isEmpty() && !d.hasErrors()) {
            fail(Mutator.reproduce(testCase) + ": no article and no error");
        }
        for (Diagnostic x : all) {
            if (x.file() == null || !x.file().equals(file)) {
                fail(Mutator.reproduce(testCase) + ": the finding does not name the article's file: " + x);
            }
            if (x.message() == null || x.message().isBlank()) {
                fail(Mutator.reproduce(testCase) + ": a finding without a message: " + x);
            }
        }
        return article.isPresent();
    }

    private static Optional<Article> readArticle(ArticleReader reader, Path file, Diagnostics d, String testCase) {
        try {
            return reader.read(file, "articles/a.md", d);
        } catch (Throwable t) {
            throw new AssertionError(Mutator.reproduce(testCase) + " crashed: " + t, t);
        }
    }

    /**
     * Mutated markdown bodies under valid front matter, a batch at a time checked as one yearbook: they reach
     * the markdown renderer, the link check, the punctuation and import-flag checks.
     */
    @Test
    void mutatedBodiesAreCheckedCleanly() throws IOException {
        long seed = Mutator.seed() + 1;
        Mutator m = new Mutator(seed);
        int cases = Mutator.count(BODY_CASES, 1.0 / 3);
        CheckService check = new CheckService("test");
        long start = System.nanoTime();
        int findings = 0;
        for (int batch = 0; batch * BATCH < cases; batch++) {
            Path content = Fuzz.contentFolder(root.resolve("bodies-" + batch), batch == 0);
            int n = Math.min(BATCH, cases - batch * BATCH);
            for (int i = 0; i < n; i++) {
                Path file = content.resolve("articles/a" + i + ".md");
                Files.createDirectories(file.getParent());
                Files.write(file, Mutator.utf8(m.bodyMutant("b" + batch + "-" + i)));
            }
            String testCase = "body batch " + batch;
            List<Diagnostic> found = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> Fuzz.clean(testCase, () -> check.check(content, TestFiles.templates(), Progress.NONE).diagnostics().all()),
                    () -> Mutator.reproduce(testCase) + " took too long");
            Fuzz.assertNamesFiles(found, content, testCase);
            findings += found.size();
        }
        System.out.printf("fuzz: %d markdown bodies checked (seed %d), %d findings, %.1f s%n", cases, seed, findings,
                (System.nanoTime() - start) / 1e9);
    }

    /** The targeted cases and some whole-file mutants side by side in one yearbook, checked as the CLI does. */
    @Test
    void targetedCasesInOneYearbookAreCheckedCleanly() throws IOException {
        Path content = Fuzz.contentFolder(root.resolve("content"), true);
        List<String> names = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, byte[]> e : Mutator.targeted().entrySet()) {
            Path file = content.resolve("articles/t" + i++ + ".md");
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
            names.add(e.getKey());
        }
        List<Diagnostic> found = assertTimeoutPreemptively(Duration.ofSeconds(90),
                () -> Fuzz.clean("targeted", () -> new CheckService("test").check(content, TestFiles.templates(), Progress.NONE)
                        .diagnostics().all()), () -> Mutator.reproduce("targeted") + " took too long");
        Fuzz.assertNamesFiles(found, content, "targeted");
        assertTrue(found.stream().anyMatch(Diagnostic::isError), "the targeted cases have errors");
    }
}
