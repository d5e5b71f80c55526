package yearbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** A term's postings changed in a few articles: spliced, they are the text that writing them all again gives. */
class PostingsTest {
    /** The postings written again from nothing: the old ones without {@code changed}, with {@code fresh}. */
    private static String rewritten(String was, TreeSet<Integer> changed, TreeMap<Integer, Integer> fresh) {
        int[] old = Postings.decode(was);
        TreeMap<Integer, Integer> all = new TreeMap<>();
        for (int i = 0; i < old.length; i += 2) {
            if (!changed.contains(old[i])) {
                all.put(old[i], old[i + 1]);
            }
        }
        all.putAll(fresh);
        Postings out = new Postings();
        all.forEach((doc, weight) -> out.add(doc, weight >> 1, (weight & 1) == 1));
        return out.text();
    }

    @Test
    void aSplicedListIsTheListWrittenAgain() {
        Random random = new Random(7);
        for (int round = 0; round < 3000; round++) {
            int articles = 1 + random.nextInt(round % 10 == 0 ? 5000 : 60);
            Postings before = new Postings();
            List<Integer> listed = new ArrayList<>();
            for (int d = 0; d < articles; d++) {
                if (random.nextInt(3) > 0) {
                    int occurrences = random.nextInt(10) == 0 ? 1 + random.nextInt(400) : 1 + random.nextInt(2);
                    before.add(d, occurrences, random.nextInt(8) == 0);
                    listed.add(d);
                }
            }
            String was = before.text();
            TreeSet<Integer> changed = new TreeSet<>();
            for (int c = random.nextInt(6); c > 0; c--) {
                changed.add(random.nextInt(articles + 3)); // listed or not, and beyond the last
            }
            TreeMap<Integer, Integer> fresh = new TreeMap<>();
            for (int d : changed) {
                if (random.nextBoolean()) {
                    fresh.put(d, random.nextInt(4) == 0 ? random.nextInt(1200) : 2 + random.nextInt(3));
                }
            }
            int[] changedDocs = changed.stream().mapToInt(Integer::intValue).toArray();
            int[] docs = fresh.keySet().stream().mapToInt(Integer::intValue).toArray();
            int[] weights = fresh.values().stream().mapToInt(Integer::intValue).toArray();
            List<Integer> seen = new ArrayList<>();
            String spliced = Postings.splice(was, changedDocs, docs, weights, seen::add);
            assertEquals(rewritten(was, changed, fresh), spliced, "round " + round);
            assertEquals(listed, seen, "the articles listed before, round " + round);
        }
    }

    @Test
    void aShardIsPassedOverExactlyWhenNoneOfItsListsHasAChangedArticle() {
        Random random = new Random(11);
        for (int round = 0; round < 2000; round++) {
            TreeMap<String, String> shard = new TreeMap<>();
            TreeSet<Integer> listed = new TreeSet<>();
            for (int t = random.nextInt(6); t >= 0; t--) {
                Postings list = new Postings();
                for (int d = random.nextInt(4); d < 400; d += 1 + random.nextInt(round % 2 == 0 ? 40 : 3)) {
                    list.add(d, random.nextInt(5) == 0 ? 1 + random.nextInt(300) : 1, random.nextInt(9) == 0);
                    listed.add(d);
                }
                // terms as the index has them, some with characters JSON escapes
                String term = switch (t % 3) {
                    case 0 -> "职工" + t;
                    case 1 -> "a\"b\\" + t;
                    default -> "word" + t;
                };
                shard.put(term, list.text());
            }
            TreeSet<Integer> changed = new TreeSet<>();
            for (int c = random.nextInt(4); c > 0; c--) {
                changed.add(random.nextInt(420));
            }
            int[] docs = changed.stream().mapToInt(Integer::intValue).toArray();
            boolean expected = changed.stream().anyMatch(listed::contains);
            byte[] json = SearchIndex.json(shard);
            assertEquals(shard, ShardFile.read(json), "round " + round);
            assertEquals(expected, ShardFile.anyListsAny(json, docs), "round " + round + ", changed " + changed);
            assertEquals(expected, shard.values().stream().anyMatch(v -> ShardFile.listsAny(v, docs)), "round " + round);
        }
        assertFalse(ShardFile.anyListsAny(SearchIndex.json(new TreeMap<>()), new int[] {1}));
    }

    @Test
    void aListEmptiedOrMadeFromNothing() {
        Postings one = new Postings();
        one.add(4, 1, false);
        assertEquals("", Postings.splice(one.text(), new int[] {4}, new int[0], new int[0], null));
        String made = Postings.splice("", new int[] {2, 9}, new int[] {2, 9}, new int[] {2, 7}, null);
        assertArrayEquals(new int[] {2, 2, 9, 7}, Postings.decode(made));
    }

    @Test
    void numbersWrittenAsBytesAreTheDigitsWrittenAsText() {
        Random random = new Random(32);
        int[] numbers = new int[2000];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = i < 100 ? i : i < 200 ? (1 << (i % 31)) - 1 + i % 3 : random.nextInt(Integer.MAX_VALUE);
        }
        numbers[numbers.length - 1] = Integer.MAX_VALUE;
        StringBuilder text = new StringBuilder();
        byte[] bytes = new byte[numbers.length * Postings.MAX_DIGITS];
        int at = 0;
        for (int n : numbers) {
            Postings.write(text, n);
            at = Postings.write(bytes, at, n);
        }
        assertEquals(text.toString(), new String(bytes, 0, at, java.nio.charset.StandardCharsets.US_ASCII));
    }
}
