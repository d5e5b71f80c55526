package yearbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.testing.TestFiles;

/** The repository's own content/ builds cleanly: it is the yearbook `./yearbook build` shows. */
class DefaultYearbookTest {
    @TempDir
    Path out;

    @Test
    void theDefaultYearbookBuildsWithoutWarnings() throws IOException {
        BuildOptions o = new BuildOptions(Path.of("content"), TestFiles.templates(), out.resolve("site"));
        BuildResult r = new BuildService("t").build(o, Progress.NONE);
        assertTrue(r.articles() >= 2, "at least two articles from the seeds");
        assertEquals(List.of(), r.warnings());
        String home = Files.readString(out.resolve("site/index.html"));
        assertTrue(home.contains("内蒙古自治区"), "the region tree shows the seeds' provinces");
        assertTrue(Files.exists(out.resolve("site/regions/150623-etuokeqianqi/index.html")));
    }
}
