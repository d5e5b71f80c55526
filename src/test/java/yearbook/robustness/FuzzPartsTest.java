package yearbook.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.diag.Diagnostic;
import yearbook.diag.Diagnostics;
import yearbook.pipeline.Pipeline;
import yearbook.pipeline.Progress;
import yearbook.testing.TestFiles;

/**
 * The files of a volume's parts — the repository's chronicle, statistics tables and honour rolls — mutated at random
 * and read as a run reads them: every run ends, with the site or with findings, never with an exception, and every
 * error about a part's file names a line in it.
 */
class FuzzPartsTest {
    @TempDir
    Path dir;

    @Test
    void mutatedPartFilesGiveFindingsAtTheirLinesNeverACrash() throws IOException {
        Mutator m = new Mutator(Mutator.seed());
        List<String> sources = List.of("chronicle/2019.yaml", "statistics/shangluo-funds-2018.csv",
                "statistics/hohhot-organisation-2018.csv", "honours/shangluo-model-collectives.yaml");
        int cases = Mutator.count(300, 0.01);
        TestFiles.copyTree(Path.of("content"), dir.resolve("content"));
        int withErrors = 0;
        for (int i = 0; i < cases; i++) {
            String source = sources.get(i % sources.size());
            Path file = dir.resolve("content").resolve(source);
            String original = Files.readString(Path.of("content").resolve(source), StandardCharsets.UTF_8);
            String mutant = m.mutateText(original);
            Files.write(file, i % 7 == 0 ? m.mutateBytes(mutant.getBytes(StandardCharsets.UTF_8))
                    : mutant.getBytes(StandardCharsets.UTF_8));
            Diagnostics d = new Diagnostics();
            try {
                Pipeline.once("t").run(new Pipeline.Request(dir.resolve("content"), TestFiles.templates(), false, false,
                        false, false, null), d, Progress.NONE);
            } catch (RuntimeException e) {
                fail(Mutator.reproduce(i + " on " + source) + ": " + e, e);
            }
            for (Diagnostic x : d.all()) {
                if (x.isError() && x.file() != null && x.file().equals(file)) {
                    withErrors++;
                    assertTrue(x.line() >= 1, Mutator.reproduce(i + " on " + source) + ": no line in " + x);
                }
            }
            Files.writeString(file, original, StandardCharsets.UTF_8);
        }
        assertTrue(withErrors > 0, "some mutants were wrong and reported");
    }
}
