package yearbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.diag.Msg;
import yearbook.testing.TestFiles;
import yearbook.testing.TestSites;

/** A build tells how far it got within a phase: articles read, pages written, articles laid out in the PDFs. */
class ProgressTest {
    @TempDir
    Path root;

    @Test
    void eachPhaseCountsUpToItsTotal() throws IOException {
        StringBuilder archive = new StringBuilder(TestFiles.BASICS);
        for (int i = 0; i < 12; i++) {
            archive.append(TestSites.article("a" + i, i % 2 == 0 ? "150623" : "150300", 2018, "model-workers"));
        }
        TestFiles.write(root, archive.toString());
        Map<String, List<long[]>> counts = new LinkedHashMap<>();
        Progress recording = new Progress() {
            String phase = "";

            @Override
            public synchronized void step(Msg message) {
                phase = message.code();
                counts.put(phase, new ArrayList<>());
            }

            @Override
            public synchronized void count(long done, long total) {
                counts.get(phase).add(new long[] {done, total});
            }
        };
        BuildResult r = new BuildService("test").build(new BuildOptions(root.resolve("content"), TestFiles.templates(),
                root.resolve("site")), recording);
        List<long[]> read = counts.get("progress.articles");
        assertEquals(12, read.size(), "one count per article read");
        assertTrue(read.stream().allMatch(c -> c[1] == 12));
        assertTrue(read.stream().anyMatch(c -> c[0] == 12), "up to all of them");
        List<long[]> written = counts.get("progress.pages");
        assertTrue(written.size() >= r.pages(), written.size() + " counts for " + r.pages() + " pages");
        long total = written.get(0)[1];
        assertTrue(written.stream().allMatch(c -> c[1] == total && c[0] >= 1 && c[0] <= total));
        assertEquals(total, written.stream().mapToLong(c -> c[0]).max().orElse(0));
        assertTrue(counts.keySet().stream().noneMatch(k -> k.startsWith("progress.pdf")), "no PDFs were asked for");
    }

    /**
     * The print phase counts the articles laid out, part by part (a province of a book at a time), in all the books
     * at once: every article of every book once, up to the sum of the books' articles.
     */
    @Test
    void thePrintPhaseCountsTheArticlesLaidOut() throws IOException {
        StringBuilder archive = new StringBuilder(TestFiles.BASICS);
        for (int i = 0; i < 6; i++) {
            archive.append(TestSites.article("a" + i, i % 2 == 0 ? "150623" : "610825", 2018, "model-workers"));
        }
        TestFiles.write(root, archive.toString());
        Map<String, List<long[]>> counts = recorded(root);
        List<long[]> laidOut = counts.get("progress.pdf.articles");
        assertTrue(laidOut != null && !laidOut.isEmpty(), counts.keySet().toString());
        // the volume (6 articles) and one book per province (3 and 3)
        assertTrue(laidOut.stream().allMatch(c -> c[1] == 12), "the total is every book's articles");
        assertEquals(12, laidOut.stream().mapToLong(c -> c[0]).max().orElse(0), "up to all of them");
        assertTrue(laidOut.size() >= 4, "the volume's two provinces are counted apart, and each province's book: "
                + laidOut.size());
        long[] done = laidOut.stream().mapToLong(c -> c[0]).sorted().toArray();
        for (int i = 1; i < done.length; i++) {
            assertTrue(done[i] > done[i - 1], "each count adds articles: " + java.util.Arrays.toString(done));
        }
    }

    private static Map<String, List<long[]>> recorded(Path root) throws IOException {
        Map<String, List<long[]>> counts = new LinkedHashMap<>();
        Progress recording = new Progress() {
            String phase = "";

            @Override
            public synchronized void step(Msg message) {
                phase = message.code();
                counts.put(phase, new ArrayList<>());
            }

            @Override
            public synchronized void count(long done, long total) {
                counts.get(phase).add(new long[] {done, total});
            }
        };
        new BuildService("test").build(BuildOptions.everything(root.resolve("content"), TestFiles.templates(),
                root.resolve("site")), recording);
        return counts;
    }
}
