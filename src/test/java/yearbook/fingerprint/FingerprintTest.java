package yearbook.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class FingerprintTest {
    record Item(String title, int year, List<String> tags) {
    }

    record Page(String url, List<Item> items, Map<String, Integer> counts) {
    }

    private static Page page(String title, Map<String, Integer> counts) {
        return new Page("/yb/2019/", List.of(new Item(title, 2019, List.of("劳模", "送温暖")), new Item("乙", 2018, List.of())),
                counts);
    }

    @Test
    void equalValuesMadeApartHaveOneFingerprintAndAnyChangeDeepDownChangesIt() {
        String a = Fingerprint.once(page("甲", Map.of("a", 1, "b", 2)));
        assertEquals(a, Fingerprint.once(page("甲", new HashMap<>(Map.of("b", 2, "a", 1)))));
        assertNotEquals(a, Fingerprint.once(page("甲改", Map.of("a", 1, "b", 2))), "a title inside a list inside the record");
        assertNotEquals(a, Fingerprint.once(page("甲", Map.of("a", 1, "b", 3))), "a value in a map");
        assertEquals(32, a.length());
    }

    @Test
    void orderCountsWhereTheCollectionHasOneAndOnlyThere() {
        assertNotEquals(Fingerprint.once(List.of("a", "b")), Fingerprint.once(List.of("b", "a")));
        Map<String, Integer> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Integer> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);
        assertNotEquals(Fingerprint.once(ab), Fingerprint.once(ba), "a map in insertion order is listed in that order");
        assertEquals(Fingerprint.once(Set.of("x", "y", "z")), Fingerprint.once(Set.of("z", "y", "x")), "a set has no order");
        assertEquals(Fingerprint.once(new TreeMap<>(ab)), Fingerprint.once(new TreeMap<>(ba)));
    }

    @Test
    void valuesAreNotConfusedAcrossKindsOrBoundaries() {
        assertNotEquals(Fingerprint.once("ab", "c"), Fingerprint.once("a", "bc"));
        assertNotEquals(Fingerprint.once("1"), Fingerprint.once(1));
        assertNotEquals(Fingerprint.once((Object) null), Fingerprint.once(""));
        assertNotEquals(Fingerprint.once(List.of()), Fingerprint.once(Map.of()));
    }

    @Test
    void textAllAsciiAndTextWithOtherCharactersAreToldApartAndAStringsFingerprintIsThatOfItsCharacters() {
        // ASCII text is hashed one byte a character, other text as UTF-16: a text of either kind, with what follows
        // it, must not read as one of the other. "慢" is U+6162, the bytes of "ab" as one UTF-16 unit.
        List<Object> values = List.of("ab", "慢", "e", "é", "ab\u0100", "\u0100ab", "a😀", "a\ud800", "a?", "1", 1, 1L,
                List.of("ab", "cd"), List.of("慢", "cd"), List.of("慢\u0000", "\u0002cd"));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Object v : values) {
            assertTrue(seen.add(Fingerprint.once(v)), "a fingerprint of its own: " + v);
        }
        String ascii = new StringBuilder("甲ab").deleteCharAt(0).toString(); // made from text that was not all ASCII
        assertEquals(Fingerprint.once("ab"), Fingerprint.once(ascii));
        assertNotEquals(Fingerprint.once(123), Fingerprint.once("Integer:123"), "a number is not its text");
    }

    @Test
    void aLongTextChangedAtItsEndChangesItAndDoesNotDisturbWhatComesAfter() {
        String body = "工会".repeat(60_000);
        Fingerprint f = new Fingerprint();
        String whole = f.of(new Item(body + "甲", 2019, List.of()));
        assertNotEquals(whole, f.of(new Item(body + "乙", 2019, List.of())), "the last character of a 240 KB text");
        assertEquals(Fingerprint.once(page("甲", Map.of())), f.of(page("甲", Map.of())),
                "a short value after a long one, with the same instance, as with a fresh one");
        assertEquals(Fingerprint.ofBytes(new byte[] {1, 2, 3}), Fingerprint.ofBytes(new byte[] {1, 2, 3}));
        assertNotEquals(Fingerprint.ofBytes(new byte[] {1, 2, 3}), Fingerprint.ofBytes(new byte[] {1, 2, 4}));
    }

    @Test
    void aValueThatCannotBeFollowedHasNoFingerprint() {
        assertThrows(Fingerprint.Unknown.class, () -> Fingerprint.once(List.of(new StringBuilder("可变"))));
    }

    @Test
    void recordsOfASharedKindAreFollowedOnceForEveryInstanceAndGiveTheSameFingerprint() {
        Map<Record, byte[]> shared = new java.util.concurrent.ConcurrentHashMap<>();
        Page first = page("甲", Map.of("a", 1));
        String alone = Fingerprint.once(first);
        assertEquals(alone, new Fingerprint(shared, Set.of(Item.class)).of(first), "sharing does not change it");
        assertEquals(2, shared.size(), "both items are kept for the next instance");
        assertEquals(Set.of(Item.class), shared.keySet().stream().map(Object::getClass).collect(java.util.stream.Collectors.toSet()));

        // another instance takes an equal item's digest from the map rather than following it: a digest put there
        // by hand shows in its result
        Item item = first.items().get(0);
        Item equal = new Item(item.title(), item.year(), List.copyOf(item.tags()));
        Page again = new Page(first.url(), List.of(equal, first.items().get(1)), first.counts());
        assertEquals(alone, new Fingerprint(shared, Set.of(Item.class)).of(again));
        shared.put(equal, new byte[16]);
        assertNotEquals(alone, new Fingerprint(shared, Set.of(Item.class)).of(again), "the shared digest is used");
        assertEquals(alone, Fingerprint.once(again), "an instance without the map follows the item itself");
    }
}
