package yearbook.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** A line of the build cache's record is read as splitting it at its tabs would read it, as it always was. */
class RecordLineTest {
    @Test
    void aLineSplitsAsSplitAtTabsSplitsIt() {
        Random random = new Random(11);
        String[] parts = {"", "a", "12", "2016/x/index.html", "\t", "\t\t"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder line = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                line.append(parts[random.nextInt(parts.length)]);
            }
            String[] split = line.toString().split("\t");
            String[] expected = split.length == 4 || split.length == 5 ? split : null;
            int[] ends = BuildCache.fields(line.toString());
            String[] fields = null;
            if (ends != null) {
                fields = new String[ends.length];
                for (int f = 0; f < ends.length; f++) {
                    fields[f] = line.substring(f == 0 ? 0 : ends[f - 1] + 1, ends[f]);
                }
            }
            assertArrayEquals(expected, fields, "line [" + line + "]");
        }
    }
}
