package yearbook.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.testing.CommandProcess;
import yearbook.testing.Run;
import yearbook.testing.TestFiles;

/**
 * A build killed with {@code kill -9} at any moment leaves the previous site or the new one: the real command line
 * runs in a process of its own, on a yearbook big enough to take a while, and is killed before it starts writing,
 * while it writes the pages, and at its commit. After each kill the output folder is byte for byte one of the two
 * sites; or, when the kill fell between the two renames of a swap, missing with the previous site whole beside it;
 * or, when it fell inside a commit in place (a build with the cache), a commit in progress beside it, which the next
 * command finishes into the new site. The next build, even one that fails at once, leaves exactly one of the two
 * sites and nothing else.
 */
class KilledBuildTest {
    private static final String[] REGIONS = {"150623", "150300", "150602", "610825", "611000", "150000", "610000", "640000"};

    @TempDir
    Path root;

    /** A content folder of {@code n} articles; {@code variant} changes every text and title. */
    private Path content(String name, int n, String variant) throws IOException {
        StringBuilder archive = new StringBuilder(TestFiles.BASICS);
        for (int i = 0; i < n; i++) {
            String region = REGIONS[i % REGIONS.length];
            archive.append("-- content/").append(region).append("/a").append(i).append(".md --\n---\ntitle: ")
                    .append(variant).append("工会工作第").append(i).append("篇\norganization: 总工会\nregion: ").append(region)
                    .append("\nyear: ").append(2016 + i % 4).append("\nthemes: [").append(i % 3 == 0 ? "model-workers" : "hardship-aid")
                    .append("]\nslug: a").append(i).append("\n---\n");
            for (int p = 0; p < 4; p++) {
                archive.append("## ").append(variant).append("第").append(p).append("部分\n\n")
                        .append("全市各级工会坚持“党建带工建”，以建会为基础，建家为目标，劳模精神代代相传，送温暖活动深入开展。".repeat(4))
                        .append(variant).append(i).append("\n\n");
            }
        }
        Path dir = root.resolve(name);
        TestFiles.write(dir, archive.toString());
        return dir.resolve("content");
    }

    private static String[] build(Path content, Path output) {
        return new String[] {"build", "--no-pdf", "--content", content.toString(), "--templates", TestFiles.templates().toString(),
                "--output", output.toString()};
    }

    /** The yearbook command line in a new Java process, as {@code ./yearbook} runs it. */
    private Process launch(String... args) throws IOException {
        List<String> command = CommandProcess.command(List.of("-XX:TieredStopAtLevel=1" /* starts faster */), args);
        return new ProcessBuilder(command).directory(root.toFile())
                .redirectOutput(root.resolve("build.out").toFile()).redirectError(root.resolve("build.err").toFile()).start();
    }

    @Test
    void aBuildKilledAtAnyMomentLeavesTheOldSiteOrTheNew() throws Exception {
        Path a = content("a", 200, "甲");
        Path b = content("b", 210, "乙");
        Path broken = root.resolve("broken/content");
        TestFiles.write(root.resolve("broken"), TestFiles.BASICS + "-- content/x.md --\n---\ntitle: [\n---\n");
        Map<Path, Map<String, byte[]>> expected = Map.of(a, site(a, "expect-a"), b, site(b, "expect-b"));
        assertFalse(Arrays.equals(expected.get(a).get("index.html"), expected.get(b).get("index.html")), "the sites differ");

        Path out = root.resolve("out");
        Path site = out.resolve("site");
        assertEquals(0, Run.of(build(a, site)).code());
        Path current = a;
        // when to kill: at once, as the staging folder appears, while pages are written, at the swap; the last
        // build is left to finish
        List<String> moments = List.of("start", "staging", "writing", "writing-late", "swap", "none");
        List<String> outcomes = new ArrayList<>();
        for (String moment : moments) {
            Path next = current == a ? b : a;
            Process p = launch(build(next, site));
            switch (moment) {
                case "start" -> Thread.sleep(300);
                case "staging" -> waitFor(p, () -> staging(out));
                case "writing" -> {
                    waitFor(p, () -> staging(out));
                    Thread.sleep(400);
                }
                case "writing-late" -> {
                    waitFor(p, () -> staging(out));
                    Thread.sleep(1000);
                }
                case "swap" -> {
                    waitFor(p, () -> staging(out));
                    waitFor(p, () -> Files.exists(out.resolve(".site-previous"))
                            || Files.exists(out.resolve(".site-committing")) || !staging(out));
                }
                default -> {
                }
            }
            if (moment.equals("none")) {
                assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the build ends");
                assertEquals(0, p.exitValue(), Files.readString(root.resolve("build.err")));
            } else {
                p.destroyForcibly();
                assertTrue(p.waitFor(1, TimeUnit.MINUTES));
            }

            // right after the kill: the old site or the new, or none with the old one whole beside it, or a commit
            // in place under way, which the next command finishes
            if (Files.exists(out.resolve(".site-committing"))) {
                outcomes.add(moment + ": committing");
                current = next;
            } else if (Files.exists(site)) {
                Map<String, byte[]> now = snapshot(site);
                Path which = same(expected.get(current), now) ? current : same(expected.get(next), now) ? next : null;
                if (which == null) {
                    fail("killed at '" + moment + "', the site is neither the old one nor the new one: " + differences(expected.get(current), now));
                }
                outcomes.add(moment + ": " + (which == next ? "new" : "old"));
                current = which;
            } else {
                outcomes.add(moment + ": none");
                assertTrue(same(expected.get(current), snapshot(out.resolve(".site-previous"))),
                        "killed at '" + moment + "' between the renames: the old site is whole beside the output");
            }
            for (String n : names(out)) {
                assertTrue(n.equals("site") || n.equals(".site-previous") || n.startsWith(".site-building-")
                        || n.equals(".site-committing") || n.equals(".site-cache") || n.equals(".site.lock"), n);
            }

            // the next build, even one that fails at once on a content error, first puts everything right
            Run failed = Run.of(build(broken, site));
            assertEquals(1, failed.code(), failed.err());
            assertTrue(same(expected.get(current), snapshot(site)), "after '" + moment + "' the next build restores the site");
            assertEquals(List.of("site"), names(out).stream().filter(n -> !n.equals(".site-cache") && !n.equals(".site.lock"))
                    .toList(), "and leaves nothing beside it but the build cache and the lock file");
        }
        assertEquals("none: new", outcomes.get(outcomes.size() - 1), "the last build finished");
        assertTrue(outcomes.contains("staging: old"), "a kill while writing left the old site: " + outcomes);
    }

    @Test
    void aSiteLeftBetweenTheRenamesIsPutBackByTheNextPdfCommandToo() throws IOException {
        Path a = content("a", 2, "甲");
        Path out = root.resolve("out");
        Path site = out.resolve("site");
        assertEquals(0, Run.of(build(a, site)).code());
        Map<String, byte[]> old = snapshot(site);
        // the state a kill between the two renames leaves: the old site moved aside, the new one staged
        Files.move(site, out.resolve(".site-previous"));
        Files.createDirectories(out.resolve(".site-building-1"));
        Files.writeString(out.resolve(".site-building-1/index.html"), "new");
        Run r = Run.of("pdf", "--content", a.toString(), "--templates", TestFiles.templates().toString(), "--output", site.toString());
        assertEquals(0, r.code(), r.err());
        Map<String, byte[]> now = snapshot(site);
        assertTrue(now.keySet().containsAll(old.keySet()), "the old site is back, not a site of PDFs alone");
        old.forEach((k, v) -> assertArrayEquals(v, now.get(k), k));
        assertTrue(now.containsKey("pdf/yearbook-2017.pdf"), now.keySet().toString());
        assertEquals(List.of(".site-cache", ".site.lock", "site"), names(out),
                "the build's cache and lock file, and nothing of the PDF command");
    }

    private Map<String, byte[]> site(Path content, String name) throws IOException {
        Run r = Run.of(build(content, root.resolve(name)));
        assertEquals(0, r.code(), r.err());
        return snapshot(root.resolve(name));
    }

    private static boolean staging(Path out) {
        try {
            return names(out).stream().anyMatch(n -> n.startsWith(".site-building-"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until {@code condition} holds or the process ended. */
    private static void waitFor(Process p, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!condition.getAsBoolean() && p.isAlive() && System.nanoTime() < until) {
            Thread.sleep(2);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> l = Files.list(dir)) {
            return l.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return out;
    }

    private static boolean same(Map<String, byte[]> x, Map<String, byte[]> y) {
        return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(k -> Arrays.equals(x.get(k), y.get(k)));
    }

    private static String differences(Map<String, byte[]> x, Map<String, byte[]> y) {
        List<String> d = new ArrayList<>();
        for (String k : x.keySet()) {
            if (!y.containsKey(k) || !Arrays.equals(x.get(k), y.get(k))) {
                d.add(k);
            }
        }
        for (String k : y.keySet()) {
            if (!x.containsKey(k)) {
                d.add("+" + k);
            }
        }
        return d.size() + " files, e.g. " + d.subList(0, Math.min(5, d.size()));
    }
}
