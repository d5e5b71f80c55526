package yearbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** A positions shard written as its JSON file and chunks file, and read back. */
class PositionsFileTest {
    /** Positions as the index writes them: for each article, how many, then the first and the gaps less one. */
    private static String positions(List<int[]> articles) {
        StringBuilder sb = new StringBuilder();
        for (int[] at : articles) {
            Postings.write(sb, at.length);
            for (int k = 0; k < at.length; k++) {
                Postings.write(sb, k == 0 ? at[0] : at[k] - at[k - 1] - 1);
            }
        }
        return sb.toString();
    }

    private static List<int[]> articles(Random random, int count) {
        List<int[]> out = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            int[] at = new int[1 + random.nextInt(12)];
            int p = random.nextInt(50);
            for (int k = 0; k < at.length; k++) {
                at[k] = p;
                p += 2 + random.nextInt(3000);
            }
            out.add(at);
        }
        return out;
    }

    @Test
    void aCommonPairIsCutBetweenArticlesIntoChunksAndReadsBackWhole() {
        Random random = new Random(7);
        List<int[]> common = articles(random, 400);
        Map<String, String> in = new TreeMap<>();
        in.put("职工", positions(common));
        in.put("之家", positions(articles(random, 3)));
        in.put("工会", positions(articles(random, 300)));
        PositionsFile.Written written = PositionsFile.write(in, 2000, 200);

        TreeMap<String, String> json = ShardFile.read(written.json());
        assertEquals(in.get("之家"), json.get("之家"), "a pair with few positions stays in the JSON file");
        String directory = json.get("职工");
        assertEquals(PositionsFile.SPLIT_MARK, directory.charAt(0));
        assertTrue(directory.length() < in.get("职工").length() / 10, directory);

        // the directory: where its chunks start, how many, and each chunk's articles and characters
        int[] read = Postings.read(directory, 1);
        int offset = read[0];
        read = Postings.read(directory, read[1]);
        int chunks = read[0];
        int i = read[1];
        int article = 0;
        String bin = new String(written.chunks(), StandardCharsets.US_ASCII);
        for (int c = 0; c < chunks; c++) {
            read = Postings.read(directory, i);
            int articles = read[0];
            read = Postings.read(directory, read[1]);
            int length = read[0];
            i = read[1];
            assertTrue(articles >= 1 && length < 200 + 60, "about 200 characters a chunk: " + length);
            // a chunk read alone is its articles' positions, whole
            int at = 0;
            for (int a = 0; a < articles; a++) {
                int[][] one = SearchIndex.readPositions(bin.substring(offset, offset + length), at);
                assertArrayEquals(common.get(article++), one[0]);
                at = one[1][0];
            }
            assertEquals(length, at, "a chunk ends where an article's positions end");
            offset += length;
        }
        assertEquals(directory.length(), i);
        assertEquals(common.size(), article, "every article is in a chunk");

        assertEquals(in, PositionsFile.read(written.json(), written.chunks()).all());

        // written again from what was read, 职工's chunks copied and the other pairs changed: the same files as
        // written from the whole positions
        PositionsFile.Read back = PositionsFile.read(written.json(), written.chunks());
        TreeMap<String, String> again = new TreeMap<>(back.values());
        in.put("之家", positions(articles(random, 5)));
        again.put("之家", in.get("之家"));
        in.put("工会", positions(articles(random, 250))); // split still, shorter: 职工's chunks move
        again.put("工会", in.get("工会"));
        again.put("一一", positions(articles(random, 2)));
        in.put("一一", again.get("一一"));
        PositionsFile.Written copied = PositionsFile.write(again, written.chunks(), 2000, 200);
        PositionsFile.Written whole = PositionsFile.write(in, 2000, 200);
        assertArrayEquals(whole.json(), copied.json());
        assertArrayEquals(whole.chunks(), copied.chunks());
    }

    @Test
    void withoutACommonPairThereIsNoChunksFile() {
        Map<String, String> in = new TreeMap<>(Map.of("职工", positions(articles(new Random(3), 20))));
        PositionsFile.Written written = PositionsFile.write(in, PositionsFile.SPLIT, PositionsFile.CHUNK);
        assertNull(written.chunks());
        assertEquals(in, ShardFile.read(written.json()));
        assertEquals(in, PositionsFile.read(written.json(), null).all());
    }

    @Test
    void aSplitPairWithoutItsChunksIsRefused() {
        Map<String, String> in = new TreeMap<>(Map.of("职工", positions(articles(new Random(5), 300))));
        PositionsFile.Written written = PositionsFile.write(in, 1000, 100);
        assertThrows(IllegalArgumentException.class, () -> PositionsFile.read(written.json(), null));
        byte[] cut = java.util.Arrays.copyOf(written.chunks(), written.chunks().length - 1);
        assertThrows(IllegalArgumentException.class, () -> PositionsFile.read(written.json(), cut));
    }
}
