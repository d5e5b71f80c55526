package yearbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

    @Test
    void aBuildIntoAFolderAnotherProcessBuildsIntoStopsAndTheSiteStays() throws Exception {
        TestFiles.write(root, BuildServiceTest.SITE);
        build();
        Map<String, byte[]> before = ReproducibleBuildTest.snapshot(root.resolve("site"));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Holder.class.getName(),
                root.resolve("site").toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("held", out.readLine(), "the other process holds the folder");
            ContentException e = assertThrows(ContentException.class, this::build);
            assertEquals("output-busy", e.diagnostics().get(0).msg().code());
            assertEquals(root.resolve("site"), e.diagnostics().get(0).file());
            ReproducibleBuildTest.assertSameSite(before, ReproducibleBuildTest.snapshot(root.resolve("site")));
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS), "the other process ends");
        }
        // the folder let go: the next build runs
        assertTrue(build().pages() > 0);
    }
}
