package yearbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** A postings shard written as its file and its long terms' own files, and read back. */
class ShardTermsTest {
    private static String postings(int articles, int step) {
        Postings p = new Postings();
        for (int d = 0; d < articles; d++) {
            p.add(d * step, 1 + d % 7, d % 5 == 0);
        }
        return p.text();
    }

    @Test
    void aLongListGoesToFilesOfItsOwnAndReadsBack() {
        Map<String, String> in = new TreeMap<>();
        in.put("职工", postings(3000, 1));
        in.put("工会", postings(2000, 2));
        in.put("家", postings(10, 3));
        in.put("#r:150000", postings(5, 1));
        ShardTerms.Written written = ShardTerms.write(in, 1000, OwnPostings.FIRST);

        assertEquals(2, written.terms().size(), "the two long lists");
        TreeMap<String, String> shard = ShardFile.read(written.json());
        assertEquals(in.get("家"), shard.get("家"), "a short list stays in the shard");
        assertEquals(in.get("#r:150000"), shard.get("#r:150000"));
        assertEquals("~0", shard.get("工会"), "the long lists by their file, in term order");
        assertEquals("~1", shard.get("职工"));
        assertEquals(in.get("工会"), OwnPostings.read(written.terms().get(0), written.tiers().get(0)));
        assertTrue(written.json().length < 200, "the shard file without the long lists");
        assertEquals(in, ShardTerms.read(written.json(), written.terms()::get, written.tiers()::get));
        // the articles listed in place are those of the short lists only: the long ones are looked at in their files
        assertTrue(ShardFile.anyListsAny(written.json(), new int[] {3}));
        assertEquals(false, ShardFile.anyListsAny(written.json(), new int[] {2999}));
    }

    @Test
    void aLongListWithoutItsFileIsRefused() {
        Map<String, String> in = new TreeMap<>(Map.of("职工", postings(3000, 1)));
        ShardTerms.Written written = ShardTerms.write(in, 1000, OwnPostings.FIRST);
        assertThrows(IllegalArgumentException.class, () -> ShardTerms.read(written.json(), j -> null, j -> null));
    }
}
