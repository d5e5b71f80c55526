package yearbook.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.config.ProjectLoader;
import yearbook.content.ContentLoader;
import yearbook.diag.Diagnostics;
import yearbook.testing.CommandProcess;

/**
 * The import never leaves a part of an article: an import killed with {@code kill -9} while it writes, or failing
 * on one file, leaves every article it touched whole (old or new), and temporary files only under hidden names the
 * build does not read, which the next import deletes.
 */
class KilledImportTest {
    @TempDir
    Path root;

    /** Many pages: the five seed pages, each under many names. */
    private Path pages(int copies) throws IOException {
        Path in = root.resolve("in");
        Files.createDirectories(in);
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                for (int i = 0; i < copies; i++) {
                    Files.copy(seed, in.resolve(String.format("%03d-", i) + seed.getFileName()));
                }
            }
        }
        return in;
    }

    /** {@code yearbook import} in a Java process of its own, working in {@code root}. */
    private Process launch(Path in, Path into) throws IOException {
        List<String> command = CommandProcess.command(List.of("-XX:TieredStopAtLevel=1"),
                "import", root.relativize(in).toString(), "--into", root.relativize(into).toString());
        return new ProcessBuilder(command).directory(root.toFile())
                .redirectOutput(root.resolve("import.out").toFile()).redirectError(root.resolve("import.err").toFile()).start();
    }

    @Test
    void anImportKilledWhileWritingLeavesOnlyWholeArticles() throws Exception {
        Path in = pages(40);
        Path expectedDir = ImportServiceTestSupport.contentFolder(root, "expected");
        Process full = launch(in, expectedDir);
        assertTrue(full.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, full.exitValue(), Files.readString(root.resolve("import.err")));
        Map<String, byte[]> expected = files(expectedDir.resolve("articles"));
        assertTrue(expected.size() > 200, "enough articles to be killed among: " + expected.size());

        Path content = ImportServiceTestSupport.contentFolder(root, "content");
        Path articles = content.resolve("articles");
        // kill as soon as the import has written something, and a little later each time: the articles already
        // written are left as they are by the next import (unchanged), the others are new
        boolean cutShort = false;
        for (int delay : new int[] {0, 30, 100, 250}) {
            long written = count(articles);
            Process p = launch(in, content);
            long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (p.isAlive() && count(articles) <= written && System.nanoTime() < until) {
                Thread.sleep(1);
            }
            Thread.sleep(delay);
            p.destroyForcibly();
            assertTrue(p.waitFor(1, TimeUnit.MINUTES));
            Map<String, byte[]> now = files(articles);
            cutShort |= now.keySet().stream().filter(k -> !Path.of(k).getFileName().toString().startsWith(".")).count() < expected.size();
            for (Map.Entry<String, byte[]> e : now.entrySet()) {
                String name = Path.of(e.getKey()).getFileName().toString();
                if (name.startsWith(".")) {
                    assertTrue(name.endsWith(".tmp"), "only temporary files are hidden: " + e.getKey());
                } else {
                    assertTrue(expected.containsKey(e.getKey()), "an article the import makes: " + e.getKey());
                    assertArrayEquals(expected.get(e.getKey()), e.getValue(), e.getKey() + " is whole");
                }
            }
        }

        assertTrue(cutShort, "a kill fell before every article was written");

        Process last = launch(in, content);
        assertTrue(last.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, last.exitValue(), Files.readString(root.resolve("import.err")));
        Map<String, byte[]> after = files(articles);
        assertEquals(expected.keySet(), after.keySet(), "every article, and no temporary file left");
        expected.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
    }

    @Test
    void anArticleThatCannotBeWrittenLeavesNoPartAndNoTemporaryFile() throws IOException {
        Path content = ImportServiceTestSupport.contentFolder(root, "content");
        Path in = root.resolve("in");
        Files.createDirectories(in);
        Files.copy(Path.of("seeds/003_b7ea2cb5e707d194.txt"), in.resolve("page.txt"));
        ImportResult first = ImportService.forContent(content).run(new ImportOptions(List.of(in), content, false, null));
        Path article = content.resolve(first.outcomes().get(0).articles().get(0).draft().path());
        Map<String, byte[]> before = files(content.resolve("articles"));

        // the article's file made a folder (with something in it): the new text is written, and cannot be moved in
        Files.delete(article);
        Files.createDirectories(article.resolve("x"));
        assertThrows(IOException.class,
                () -> ImportService.forContent(content).run(new ImportOptions(List.of(in), content, false, null)));
        Map<String, byte[]> now = files(content.resolve("articles"));
        before.remove(content.resolve("articles").relativize(article).toString());
        now.keySet().removeIf(k -> k.startsWith(content.resolve("articles").relativize(article).toString()));
        assertEquals(before.keySet(), now.keySet(), "no temporary file is left");
        before.forEach((k, v) -> assertArrayEquals(v, now.get(k), k));
    }

    @Test
    void temporaryFilesLeftByAKilledImportAreNotReadAndTheNextImportDeletesThem() throws IOException {
        Path content = ImportServiceTestSupport.contentFolder(root, "content");
        Path folder = content.resolve("articles/150000-neimengguzizhiqu");
        Files.createDirectories(folder);
        Path half = folder.resolve(".yi-si-xiang-ju-cuo.md-8142963407125532419.tmp");
        Files.writeString(half, "---\ntitle: 以四项举措抓");
        Path report = content.resolve("._import-report.md-1234.tmp");
        Files.writeString(report, "# 导入");
        Path editors = folder.resolve(".notes.tmp");
        Files.writeString(editors, "not the import's");
        assertLoadsWithoutErrors(content);

        Path in = root.resolve("in");
        Files.createDirectories(in);
        Files.copy(Path.of("seeds/003_b7ea2cb5e707d194.txt"), in.resolve("page.txt"));
        ImportService.forContent(content).run(new ImportOptions(List.of(in), content, false, null));
        assertFalse(Files.exists(half));
        assertFalse(Files.exists(report));
        assertTrue(Files.exists(editors), "a file not named as the import names its temporary files is kept");
    }

    private static void assertLoadsWithoutErrors(Path content) {
        Diagnostics d = new Diagnostics();
        ContentLoader.load(content, ProjectLoader.load(content, d), d);
        assertEquals(List.of(), d.all());
    }

    /** How many files the folder holds, temporary ones included. */
    private static long count(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        } catch (java.io.UncheckedIOException e) {
            return 0; // a temporary file vanished while the folder was walked
        }
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
