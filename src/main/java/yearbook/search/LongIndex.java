package yearbook.search;

import java.util.Arrays;

/**
 * Numbers distinct {@code long} keys 0, 1, 2, … in order of first sight: an open-addressing table without boxing.
 * The table holds each key plus one, so that a new table, all zeros, is empty without being filled.
 */
final class LongIndex {
    private static final long EMPTY = 0;

    private long[] table;
    private int[] ids;
    private long[] keys = new long[16];
    private int size;

    LongIndex(int expected) {
        int capacity = capacityFor(expected);
        table = new long[capacity];
        ids = new int[capacity];
    }

    private static int capacityFor(int expected) {
        return Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    }

    /**
     * Forgets every key, to number others, about {@code expected} of them: the table is emptied where it is, not
     * made again (one for each article of an index is a gigabyte to collect at 10 000 articles), unless it is too
     * small for them or much larger than they need.
     */
    void clear(int expected) {
        int capacity = capacityFor(expected);
        if (table.length > capacity * 4 || table.length < capacity) {
            table = new long[capacity];
            ids = new int[capacity];
        } else if (size > 0) {
            Arrays.fill(table, EMPTY);
        }
        size = 0;
    }

    /** The key's number, given it now if it has none. Keys must not be negative (nor {@link Long#MAX_VALUE}). */
    int id(long key) {
        int mask = table.length - 1;
        int i = slot(key, mask);
        long stored = key + 1;
        while (table[i] != EMPTY) {
            if (table[i] == stored) {
                return ids[i];
            }
            i = (i + 1) & mask;
        }
        if ((size + 1) * 2 > table.length) {
            grow();
            return id(key);
        }
        table[i] = stored;
        ids[i] = size;
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size] = key;
        return size++;
    }

    /** The key's number, or -1 when it has none. */
    int find(long key) {
        int mask = table.length - 1;
        long stored = key + 1;
        for (int i = slot(key, mask); table[i] != EMPTY; i = (i + 1) & mask) {
            if (table[i] == stored) {
                return ids[i];
            }
        }
        return -1;
    }

    int size() {
        return size;
    }

    /** The key numbered {@code id}. */
    long key(int id) {
        return keys[id];
    }

    private static int slot(long key, int mask) {
        return (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
    }

    private void grow() {
        table = new long[table.length * 2];
        ids = new int[table.length];
        int mask = table.length - 1;
        for (int id = 0; id < size; id++) {
            int i = slot(keys[id], mask);
            while (table[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            table[i] = keys[id] + 1;
            ids[i] = id;
        }
    }
}
