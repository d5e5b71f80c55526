package yearbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildService;
import yearbook.pipeline.BuildServiceTest;
import yearbook.pipeline.Progress;
import yearbook.testing.CommandProcess;
import yearbook.testing.TestFiles;
import yearbook.testing.TestSites;

/**
 * A build that needs more memory than Java was given ends with a message that says so and how to give more,
 * exit status 1, no stack trace, and the previous site as it was. Run as a real process with a small heap.
 */
class OutOfMemoryTest {
    @TempDir
    Path root;

    @Test
    void runningOutOfMemoryIsAMessageNotACrash() throws Exception {
        TestFiles.write(root, TestFiles.BASICS + TestSites.article("a", "150623", 2018, "model-workers"));
        Path site = root.resolve("site");
        new BuildService("t").build(new BuildOptions(root.resolve("content"), TestFiles.templates(), site), Progress.NONE);
        Map<String, byte[]> before = BuildServiceTest.snapshot(site);

        // An article of 24 million characters: its text alone is more than the 32 MB Java may use below.
        StringBuilder body = new StringBuilder(24_000_000);
        String paragraph = "职工之家建设稳步推进，劳模工匠不断涌现，困难职工帮扶更加精准。".repeat(20) + "\n\n";
        while (body.length() < 24_000_000) {
            body.append(paragraph);
        }
        Files.writeString(root.resolve("content/huge.md"), "---\ntitle: 巨\norganization: o\nregion: 150623\nyear: 2018\n"
                + "slug: huge\n---\n" + body, StandardCharsets.UTF_8);

        Process p = new ProcessBuilder(CommandProcess.command(List.of("-Xmx32m"),
                "build", "--no-pdf", "--content", root.resolve("content").toString(),
                "--templates", TestFiles.templates().toString(), "--output", site.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        // (log4j's complaint comes from a test library on the class path, not from the tool)
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("log4j:")).collect(Collectors.joining("\n"));
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the process ended");
        assertEquals(1, p.exitValue(), err);
        assertTrue(err.startsWith("error: yearbook ran out of memory (it may use "), err);
        assertTrue(err.contains("YEARBOOK_JAVA_OPTS=\"-Xss4m -Xmx8g\" ./yearbook build"), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception in thread") || err.contains("java.lang."), err);
        assertSameFiles(before, BuildServiceTest.snapshot(site));
        try (var l = Files.list(root)) {
            assertEquals(List.of(".site.lock", "content", "site"), l.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no staging folder left behind (the lock file stays)");
        }
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((k, v) -> assertTrue(Arrays.equals(v, actual.get(k)), k));
    }
}
