package yearbook.search;

/** How often each term key occurs in one article, and whether it is in the title: an open-addressing table. */
final class TermCounts {
    private static final long EMPTY = -1;

    private long[] keys;
    private int[] values; // count << 1 | in title
    private int size;

    TermCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        java.util.Arrays.fill(keys, EMPTY);
        values = new int[capacity];
    }

    void add(long key) {
        int slot = slot(key);
        values[slot] = Math.min(values[slot] + 2, Integer.MAX_VALUE - 1);
    }

    void markTitle(long key) {
        values[slot(key)] |= 1;
    }

    int size() {
        return size;
    }

    interface Entry {
        void accept(long key, int count, boolean inTitle);
    }

    void forEach(Entry entry) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                entry.accept(keys[i], values[i] >>> 1, (values[i] & 1) == 1);
            }
        }
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            if (size * 2 >= keys.length) {
                grow();
                return slot(key);
            }
            keys[i] = key;
            size++;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        java.util.Arrays.fill(keys, EMPTY);
        values = new int[keys.length];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                values[slot(oldKeys[i])] = oldValues[i];
            }
        }
    }
}
