package yearbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;

import org.junit.jupiter.api.Test;

class OwnPostingsTest {
    /** A list of {@code articles} articles, every {@code step}th, with counts and title matches varied. */
    private static String postings(int articles, int step, long seed) {
        Random random = new Random(seed);
        Postings p = new Postings();
        for (int d = 0; d < articles; d++) {
            p.add(d * step + random.nextInt(step), 1 + random.nextInt(random.nextBoolean() ? 4 : 300), random.nextInt(40) == 0);
        }
        return p.text();
    }

    private static String json(OwnPostings.Files files) {
        return new String(files.json(), StandardCharsets.US_ASCII);
    }

    /** The tiers' directory: [key] for the first, [key, offset, length] for the others. */
    private static List<int[]> directory(OwnPostings.Files files) {
        String json = json(files);
        Matcher m = Pattern.compile("\\[([0-9,]+)\\]").matcher(json.substring(json.indexOf("\"tiers\":")));
        List<int[]> out = new ArrayList<>();
        while (m.find()) {
            String[] parts = m.group(1).split(",");
            int[] numbers = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                numbers[i] = Integer.parseInt(parts[i]);
            }
            out.add(numbers);
        }
        return out;
    }

    private static String tier(OwnPostings.Files files, int[] entry) throws Exception {
        if (entry.length == 1) {
            String json = json(files);
            int from = json.indexOf("\"first\":\"") + 9;
            return json.substring(from, json.indexOf('"', from));
        }
        Inflater inflater = new Inflater();
        inflater.setInput(files.tiers(), entry[1], entry[2]);
        byte[] out = new byte[1 << 22];
        int n = inflater.inflate(out);
        assertTrue(inflater.finished(), "a tier is one zlib stream of its own");
        inflater.end();
        return new String(out, 0, n, StandardCharsets.US_ASCII);
    }

    @Test
    void aListReadsBackAsWritten() {
        for (long seed = 0; seed < 5; seed++) {
            String in = postings(20_000, 1 + (int) seed * 3, seed);
            OwnPostings.Files files = OwnPostings.write(in);
            assertEquals(in, OwnPostings.read(files.json(), files.tiers()));
        }
    }

    @Test
    void theArticlesComeWithoutWeightsAndTheWeightsInTiersHighestFirst() throws Exception {
        String in = postings(20_000, 2, 7);
        int[] pairs = Postings.decode(in);
        OwnPostings.Files files = OwnPostings.write(in, 256);
        // the articles alone, in order
        String json = json(files);
        int[] docs = Postings.decode(json.substring(9, json.indexOf('"', 9)));
        assertEquals(pairs.length, docs.length);
        for (int i = 0; i < pairs.length; i += 2) {
            assertEquals(pairs[i], docs[i]);
            assertEquals(Postings.DEFAULT_WEIGHT, docs[i + 1], "no weights with the articles");
        }
        List<int[]> directory = directory(files);
        assertTrue(directory.size() >= 4, "a long list has several tiers: " + directory.size());
        int entries = pairs.length / 2;
        boolean[] seen = new boolean[entries];
        int previousLowest = Integer.MAX_VALUE;
        int expectedSize = 256;
        for (int t = 0; t < directory.size(); t++) {
            int[] tier = Postings.decode(tier(files, directory.get(t)));
            int highest = -1;
            int lowest = Integer.MAX_VALUE;
            int titles = 0;
            for (int i = 0; i < tier.length; i += 2) {
                int entry = tier[i];
                assertFalse(seen[entry], "an entry is in one tier only");
                seen[entry] = true;
                assertEquals(pairs[2 * entry + 1], tier[i + 1], "its weight as in the list");
                int key = OwnPostings.key(tier[i + 1]);
                titles += tier[i + 1] & 1;
                highest = Math.max(highest, key);
                lowest = Math.min(lowest, key);
            }
            assertEquals(directory.get(t)[0], highest, "the directory gives each tier's highest key");
            assertTrue(titles == 0 || titles == tier.length / 2, "a tier holds title matches only or none: " + titles);
            assertTrue(highest <= previousLowest, "no entry of a tier is above the tier before");
            boolean titlesEnd = titles > 0 && t + 1 < directory.size() && directory.get(t + 1)[0] < 256;
            if (t < directory.size() - 1 && !titlesEnd) {
                assertTrue(tier.length / 2 >= expectedSize, "a tier holds at least its share, unless the title matches end");
                assertTrue(highest < previousLowest || t == 0, "a key is never split between tiers");
            }
            previousLowest = lowest;
            expectedSize *= OwnPostings.GROWTH;
        }
        for (boolean s : seen) {
            assertTrue(s, "every entry has its weight in a tier");
        }
    }

    @Test
    void aTitleMatchComesBeforeAnyCount() {
        assertTrue(OwnPostings.key(1 * 2 + 1) > OwnPostings.key(255 * 2));
        assertTrue(OwnPostings.key(9 * 2) > OwnPostings.key(8 * 2));
    }

    @Test
    void theArticlesListedAreFoundInTheJsonFile() {
        Postings p = new Postings();
        for (int d = 0; d < 3000; d += 3) {
            p.add(d, 2, false);
        }
        OwnPostings.Files files = OwnPostings.write(p.text());
        assertTrue(OwnPostings.listsAny(files.json(), new int[] {1, 2, 2997}));
        assertFalse(OwnPostings.listsAny(files.json(), new int[] {1, 2, 2998}));
    }

    @Test
    void aDamagedFileIsRefused() {
        OwnPostings.Files files = OwnPostings.write(postings(5000, 1, 3));
        byte[] cut = java.util.Arrays.copyOf(files.tiers(), files.tiers().length / 2);
        assertThrows(IllegalArgumentException.class, () -> OwnPostings.read(files.json(), cut));
        assertThrows(IllegalArgumentException.class, () -> OwnPostings.read(files.json(), null));
        assertThrows(IllegalArgumentException.class,
                () -> OwnPostings.read("\"0000\"".getBytes(StandardCharsets.US_ASCII), files.tiers()));
        assertArrayEquals(files.json(), OwnPostings.write(postings(5000, 1, 3)).json(), "the same list, the same file");
    }
}
