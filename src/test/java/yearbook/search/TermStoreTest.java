package yearbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The articles' terms and positions kept in a file while an index is made: written from many threads at once, read
 * back run by run exactly as counted, with no article's run split between two mappings.
 */
class TermStoreTest {

    /** An article's counted terms as {@link SearchIndex#count} makes them: sorted, the bucket in the top bits. */
    private static SearchIndex.DocTerms article(Random random) {
        int n = random.nextInt(300);
        long[] terms = new long[n];
        for (int i = 0; i < n; i++) {
            long bucket = random.nextInt(Terms.MAX_SHARDS);
            long key = random.nextLong() & SearchIndex.KEY_MASK;
            terms[i] = bucket << SearchIndex.SHARD_SHIFT | key << SearchIndex.KEY_SHIFT | random.nextInt(512);
        }
        Arrays.sort(terms);
        byte[] positions = new byte[random.nextInt(900)];
        random.nextBytes(positions);
        int[] starts = new int[Terms.MAX_SHARDS / SearchIndex.BUCKETS_PER_START + 1];
        for (int i = 1; i < starts.length - 1; i++) {
            starts[i] = Math.max(starts[i - 1], random.nextInt(positions.length + 1));
        }
        Arrays.sort(starts, 1, starts.length - 1);
        starts[starts.length - 1] = positions.length;
        return new SearchIndex.DocTerms(PackedText.of(""), terms, positions, starts);
    }

    @Test
    void readsBackEveryRunWrittenFromManyThreads() {
        Random random = new Random(7);
        List<SearchIndex.DocTerms> articles = IntStream.range(0, 400).mapToObj(i -> article(random)).toList();
        long chunk = 12_000; // small, so that many articles would cross a mapping's end
        try (TermStore store = TermStore.create(chunk)) {
            TermStore.Stored[] stored = new TermStore.Stored[articles.size()];
            IntStream.range(0, stored.length).parallel().forEach(i -> stored[i] = store.put(articles.get(i)));
            store.seal();
            for (int i = 0; i < stored.length; i++) {
                SearchIndex.DocTerms a = articles.get(i);
                TermStore.Stored s = stored[i];
                assertEquals(s.at() / chunk, (s.at() + 8L * s.terms() + s.positions() - 1) / chunk,
                        "article " + i + " lies in one mapping");
                assertEquals(0, s.at() % 8, "terms are aligned");
                long[] terms = new long[a.terms().length];
                store.terms(s, 0, terms.length, terms);
                assertArrayEquals(a.terms(), terms, "terms of article " + i);
                byte[] positions = new byte[a.positions().length];
                store.positions(s, 0, positions.length, positions);
                assertArrayEquals(a.positions(), positions, "positions of article " + i);
                // each 128 buckets' run starts where the first term of those buckets is
                for (int k = 0; k < s.termStarts().length; k++) {
                    int start = s.termStarts()[k];
                    long firstBucket = (long) k * SearchIndex.BUCKETS_PER_START;
                    assertTrue(start == terms.length || terms[start] >>> SearchIndex.SHARD_SHIFT >= firstBucket);
                    assertTrue(start == 0 || terms[start - 1] >>> SearchIndex.SHARD_SHIFT < firstBucket);
                }
                // a part of a run reads as that part
                if (terms.length > 10) {
                    long[] part = new long[5];
                    store.terms(s, 3, 8, part);
                    assertArrayEquals(Arrays.copyOfRange(a.terms(), 3, 8), part);
                }
            }
        }
    }

    @Test
    void anEmptyRunAtTheEndReadsAsNothing() {
        try (TermStore store = TermStore.create(64)) {
            long[] eight = new long[8]; // fills the first mapping exactly
            for (int i = 0; i < 8; i++) {
                eight[i] = (long) i << SearchIndex.SHARD_SHIFT;
            }
            int[] starts = new int[Terms.MAX_SHARDS / SearchIndex.BUCKETS_PER_START + 1];
            TermStore.Stored full = store.put(new SearchIndex.DocTerms(PackedText.of(""), eight, new byte[0], starts));
            TermStore.Stored empty = store.put(new SearchIndex.DocTerms(PackedText.of(""), new long[0], new byte[0], starts));
            store.seal();
            assertEquals(64, empty.at(), "the empty run lies where the next mapping would begin");
            store.terms(empty, 0, 0, new long[0]);
            store.positions(empty, 0, 0, new byte[0]);
            long[] back = new long[8];
            store.terms(full, 0, 8, back);
            assertArrayEquals(eight, back);
        }
    }

    @Test
    void leavesNoFileBehind() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = stores(tmp);
        TermStore store = TermStore.create();
        SearchIndex.DocTerms a = article(new Random(1));
        TermStore.Stored s = store.put(a);
        store.seal();
        long[] terms = new long[a.terms().length];
        store.terms(s, 0, terms.length, terms);
        assertArrayEquals(a.terms(), terms);
        store.close();
        List<Path> after = stores(tmp);
        after.removeAll(before);
        assertEquals(List.of(), after, "the temporary file is deleted");
    }

    private static List<Path> stores(Path tmp) throws java.io.IOException {
        try (var s = Files.list(tmp)) {
            return new java.util.ArrayList<>(s.filter(p -> p.getFileName().toString().startsWith("yearbook-terms-")).toList());
        }
    }
}
