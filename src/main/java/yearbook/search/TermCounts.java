package yearbook.search;

import java.util.Arrays;

/** How often each term key occurs in one article, and whether it is in the title. */
final class TermCounts {
    private final LongIndex index;
    private int[] values = new int[256]; // count << 1 | in title, by the key's number

    TermCounts(int expected) {
        index = new LongIndex(expected);
    }

    /** Forgets every count, to count another article's terms, about {@code expected} of them. */
    void clear(int expected) {
        Arrays.fill(values, 0, Math.min(values.length, index.size()), 0);
        index.clear(expected);
    }

    /** Counts one more occurrence of the key; returns its number, 0, 1, 2, … in order of first sight. */
    int add(long key) {
        int id = slot(key);
        values[id] = Math.min(values[id] + 2, Integer.MAX_VALUE - 1);
        return id;
    }

    /** The number {@link #add} gave the key. */
    int find(long key) {
        return index.find(key);
    }

    /** Marks the key as in the title; returns its number, as {@link #add}. */
    int markTitle(long key) {
        int id = slot(key);
        values[id] |= 1;
        return id;
    }

    int size() {
        return index.size();
    }

    /** Each key with its weight: {@code key << 9 | min(count, 255) * 2 + inTitle}, in no particular order. */
    long[] weighted() {
        long[] out = new long[index.size()];
        for (int id = 0; id < out.length; id++) {
            int count = Math.min(values[id] >>> 1, Postings.MAX_COUNT);
            out[id] = index.key(id) << 9 | (count * 2L + (values[id] & 1));
        }
        return out;
    }

    private int slot(long key) {
        int id = index.id(key);
        if (id == values.length) {
            values = Arrays.copyOf(values, id * 2);
        }
        return id;
    }
}
