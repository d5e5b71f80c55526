package yearbook.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import tells how far it got: first how many files it is to read, then each file read, up to all of them. */
class ImportProgressTest {
    @TempDir
    Path root;

    @Test
    void theFilesReadAreCountedUpToAllOfThem() throws IOException {
        Path content = ImportServiceTestSupport.contentFolder(root, "content");
        List<String> told = new ArrayList<>();
        List<Long> done = new ArrayList<>();
        ImportService.Progress recording = new ImportService.Progress() {
            @Override
            public synchronized void files(int total) {
                told.add("files " + total);
            }

            @Override
            public synchronized void read(long n, long total) {
                told.add("read of " + total);
                done.add(n);
            }
        };
        ImportResult r = ImportService.forContent(content).run(new ImportOptions(List.of(Path.of("seeds")), content, false,
                null), recording);
        int files = r.outcomes().size();
        assertEquals(5, files, "the five seed pages");
        List<String> expected = new ArrayList<>(List.of("files 5"));
        for (int i = 0; i < files; i++) {
            expected.add("read of 5");
        }
        assertEquals(expected, told, "the total first, then one count per file read");
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), done.stream().sorted().toList(), "each file counted once");
    }
}
