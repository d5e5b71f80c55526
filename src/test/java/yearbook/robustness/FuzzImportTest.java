package yearbook.robustness;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import yearbook.cli.YearbookCommand;
import yearbook.content.FrontMatter;
import yearbook.diag.Diagnostics;
import yearbook.importer.ImportOptions;
import yearbook.importer.ImportResult;
import yearbook.importer.ImportService;
import yearbook.importer.output.Outcome;
import yearbook.text.TextFiles;
import yearbook.yaml.YamlMap;

/**
 * Bad raw pages never crash {@code import}: mutated pages from {@code seeds/}, odd encodings, NUL bytes, binary
 * files, huge lines and deep nesting each end in articles or in an error that names the page; and every file the
 * import writes is a whole article, whose front matter reads back.
 *
 * <p>Seeded and bounded as {@link FuzzCheckTest} describes; for a longer run, e.g. before a release:
 * {@code ./mvnw -o test -Dtest='Fuzz*' -Dyearbook.fuzz.count=100000}.
 */
class FuzzImportTest {
    /** Mutated pages at the default count, imported a batch at a time. */
    static final int PAGE_CASES = 300;
    static final int BATCH = 50;

    @TempDir
    Path root;

    @Test
    void mutatedPagesImportCleanly() throws IOException {
        long seed = Mutator.seed() + 5;
        Mutator m = new Mutator(seed);
        int cases = Mutator.count(PAGE_CASES, 1.0 / 10);
        long start = System.nanoTime();
        int articles = 0;
        int refused = 0;
        for (int batch = 0; batch * BATCH < cases; batch++) {
            Path pages = root.resolve("pages-" + batch);
            Files.createDirectories(pages);
            int n = Math.min(BATCH, cases - batch * BATCH);
            for (int i = 0; i < n; i++) {
                Files.write(pages.resolve(String.format("p%03d.txt", i)), m.pageMutant());
            }
            Path into = Fuzz.contentFolder(root.resolve("into-" + batch), false);
            String testCase = "import batch " + batch;
            ImportResult r = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> Fuzz.noCrash(testCase,
                    () -> ImportService.forContent(into).run(new ImportOptions(List.of(pages), into, false, null))),
                    () -> Mutator.reproduce(testCase) + " took too long");
            for (Outcome o : r.outcomes()) {
                if (o.failed()) {
                    refused++;
                    if (o.error().isBlank() || !o.file().contains("p")) {
                        fail(Mutator.reproduce(testCase) + ": an unclear error: " + o.file() + ": " + o.error());
                    }
                }
                articles += o.articles().size();
            }
            assertWholeArticles(into, testCase);
        }
        System.out.printf("fuzz: %d mutated pages imported (seed %d), %d articles, %d pages refused, %.1f s%n", cases, seed,
                articles, refused, (System.nanoTime() - start) / 1e9);
        assertTrue(articles > 0, "some mutated pages should still give articles");
    }

    /** The targeted cases and every real page in odd encodings, through {@code ./yearbook import}. */
    @Test
    void targetedPagesImportCleanlyOnTheCommandLine() throws IOException {
        Path pages = root.resolve("pages");
        Files.createDirectories(pages);
        int i = 0;
        for (Map.Entry<String, byte[]> e : Mutator.targeted().entrySet()) {
            Files.write(pages.resolve(String.format("t%03d.txt", i++)), e.getValue());
        }
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                String text = Files.readString(seed);
                String name = seed.getFileName().toString().replace(".txt", "");
                Files.write(pages.resolve(name + "-gbk.txt"), text.getBytes(Charset.forName("GBK")));
                Files.write(pages.resolve(name + "-utf16le-bom.txt"), Mutator.concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        text.getBytes(StandardCharsets.UTF_16LE)));
                Files.write(pages.resolve(name + "-utf16be.txt"), text.getBytes(StandardCharsets.UTF_16BE));
                Files.write(pages.resolve(name + "-latin1.txt"), text.getBytes(StandardCharsets.ISO_8859_1));
                Files.write(pages.resolve(name + "-huge-line.txt"), Mutator.utf8(text.replace("\n", "").repeat(40)));
                Files.write(pages.resolve(name + "-nested.txt"), Mutator.utf8("> ".repeat(10_000) + text + "[".repeat(10_000)));
                // characters outside the BMP (two UTF-16 units each) everywhere: quotes cut from the text must keep them whole
                Files.write(pages.resolve(name + "-supplementary.txt"), Mutator.utf8(text.replaceAll("(?s)(..)", "$1𠀀")));
            }
        }
        Path into = Fuzz.contentFolder(root.resolve("into"), false);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            CommandLine cl = YearbookCommand.commandLine();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            return cl.execute("import", pages.toString(), "--into", into.toString(), "--lang", "en");
        }, () -> Mutator.reproduce("targeted import") + " took too long");
        Fuzz.assertCleanOutput("targeted import", code, err.toString());
        for (String line : err.toString().split("\n")) {
            if (line.contains("error: ") && !line.startsWith(pages.toString())) {
                fail(Mutator.reproduce("targeted import") + ": an error that names no page: " + line);
            }
        }
        assertTrue(err.toString().contains("t000.txt: error: the file is empty"), err.toString());
        assertWholeArticles(into, "targeted import");
    }

    /** Every file in the articles folder is a whole article: UTF-8, its front matter closed and readable YAML. */
    private static void assertWholeArticles(Path into, String testCase) throws IOException {
        Path articles = into.resolve("articles");
        if (!Files.isDirectory(articles)) {
            return;
        }
        try (Stream<Path> files = Files.walk(articles)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().endsWith(".md")) {
                    fail(Mutator.reproduce(testCase) + ": the import left a file that is not an article: " + f);
                }
                Diagnostics d = new Diagnostics();
                Optional<String> text = TextFiles.read(f, d);
                Optional<FrontMatter> fm = text.flatMap(t -> FrontMatter.split(f, t, d));
                fm.flatMap(x -> YamlMap.parse(f, x.yaml(), x.yamlLine(), d));
                if (d.hasErrors() || fm.isEmpty() || !text.get().endsWith("\n")) {
                    fail(Mutator.reproduce(testCase) + ": the import wrote an article that does not read back: " + f + " "
                            + d.all() + "\n" + Fuzz.head(text.orElse("")));
                }
            }
        }
    }
}
