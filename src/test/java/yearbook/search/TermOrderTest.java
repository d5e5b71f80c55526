package yearbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** An article's terms put in order by their buckets: the order of a general sort, whatever the spread. */
class TermOrderTest {

    private static long term(long bucket, long key, int weight) {
        return bucket << SearchIndex.SHARD_SHIFT | (key & SearchIndex.KEY_MASK) << SearchIndex.KEY_SHIFT | weight;
    }

    private static void assertSortedAsArraysSort(long[] terms) {
        long[] expected = terms.clone();
        Arrays.sort(expected);
        long[] actual = terms.clone();
        int[] starts = new int[Terms.MAX_SHARDS + 1];
        Arrays.fill(starts, 7); // what the scratch held before must not matter
        SearchIndex.inOrder(actual, starts);
        assertArrayEquals(expected, actual);
    }

    @Test
    void spreadOverManyBucketsAFewInEach() {
        Random random = new Random(20);
        for (int round = 0; round < 200; round++) {
            long[] terms = new long[random.nextInt(5000)];
            for (int i = 0; i < terms.length; i++) {
                terms[i] = term(random.nextInt(Terms.MAX_SHARDS), random.nextLong(), random.nextInt(512));
            }
            assertSortedAsArraysSort(terms);
        }
    }

    @Test
    void manyInOneBucketAndTheLastBucket() {
        Random random = new Random(21);
        long[] terms = new long[3000];
        for (int i = 0; i < terms.length; i++) {
            long bucket = i % 3 == 0 ? 5 : i % 3 == 1 ? Terms.MAX_SHARDS - 1 : random.nextInt(4);
            terms[i] = term(bucket, random.nextLong(), random.nextInt(512));
        }
        assertSortedAsArraysSort(terms);
        assertSortedAsArraysSort(new long[0]);
        assertSortedAsArraysSort(new long[] {term(0, 3, 1), term(0, 2, 1), term(0, 1, 1)});
    }
}
