package yearbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.diag.ContentException;
import yearbook.publish.Publisher;
import yearbook.testing.TestFiles;

/**
 * One build at a time into an output folder: a build started while another process builds into the same folder
 * stops with an error naming the folder, and the site stays as it was (it would otherwise delete the other build's
 * unfinished folder, taking it for one left behind).
 */
class OneBuildAtATimeTest {
    @TempDir
    Path root;

    /** Holds the output folder named by its argument, as a build does, until its input is closed. */
    public static final class Holder {
        public static void main(String[] args) throws IOException {
            try (Closeable held = Publisher.lock(Path.of(args[0]))) {
                System.out.println("held");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // until the test closes the input
                }
            }
        }
    }

    private BuildResult build() throws IOException {
        return new BuildService("yearbook test").build(
                new BuildOptions(root.resolve("content"), TestFiles.templates(), root.resolve("site")), Progress.NONE);
    }

    /** Starts a process that holds {@code folder}, and waits until it does. */
    private static Process hold(Path folder) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Holder.class.getName(),
                folder.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("held", out.readLine(), "the other process holds the folder");
        return holder;
    }

    private static void release(Process holder) throws Exception {
        holder.getOutputStream().close();
        assertTrue(holder.waitFor(30, TimeUnit.SECONDS), "the other process ends");
    }

    @Test
    void aFirstBuildFillingANewFolderMakesTheSecondHearItIsBusyNotForeign() throws Exception {
        TestFiles.write(root, BuildServiceTest.SITE);
        // a first build into a new folder writes its pages before the folder is marked as a site
        Files.createDirectories(root.resolve("site/2019"));
        Files.writeString(root.resolve("site/2019/index.html"), "half written");
        Process holder = hold(root.resolve("site"));
        try {
            ContentException e = assertThrows(ContentException.class, this::build);
            assertEquals("output-busy", e.diagnostics().get(0).msg().code(), e.diagnostics().toString());
            assertEquals("half written", Files.readString(root.resolve("site/2019/index.html")), "the folder is left alone");
        } finally {
            release(holder);
        }
    }

    @Test
    void aBuildIntoAFolderAnotherProcessBuildsIntoStopsAndTheSiteStays() throws Exception {
        TestFiles.write(root, BuildServiceTest.SITE);
        build();
        Map<String, byte[]> before = ReproducibleBuildTest.snapshot(root.resolve("site"));

        Process holder = hold(root.resolve("site"));
        try {
            ContentException e = assertThrows(ContentException.class, this::build);
            assertEquals("output-busy", e.diagnostics().get(0).msg().code());
            assertEquals(root.resolve("site"), e.diagnostics().get(0).file());
            ReproducibleBuildTest.assertSameSite(before, ReproducibleBuildTest.snapshot(root.resolve("site")));
        } finally {
            release(holder);
        }
        // the folder let go: the next build runs
        assertTrue(build().pages() > 0);
    }
}
