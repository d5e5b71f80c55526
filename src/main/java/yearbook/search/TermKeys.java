package yearbook.search;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Numbers for terms, so that counting the terms of thousands of articles makes no string per occurrence:
 * a Chinese character is its code point (below 2<sup>18</sup>, where all of them are), a pair of them
 * {@code 1 << 36 | first << 18 | second}, and any other term (words, and characters beyond that range) a
 * number handed out on first sight, {@code 2 << 36 | n}. Every key fits in 38 bits. Thread-safe.
 */
final class TermKeys {
    static final int HAN_LIMIT = 1 << 18;
    private static final long PAIR = 1L << 36;
    private static final long OTHER = 2L << 36;
    private static final long LOW = HAN_LIMIT - 1;

    private final ConcurrentHashMap<String, Long> ids = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, String> names = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong();

    long character(int cp) {
        return cp < HAN_LIMIT ? cp : other(Character.toString(cp));
    }

    long pair(int first, int second) {
        if (first < HAN_LIMIT && second < HAN_LIMIT) {
            return PAIR | (long) first << 18 | second;
        }
        return other(Character.toString(first) + Character.toString(second));
    }

    long other(String term) {
        return ids.computeIfAbsent(term, t -> {
            long key = OTHER | next.getAndIncrement();
            names.put(key, t);
            return key;
        });
    }

    /** The term a key stands for. */
    String term(long key) {
        if (key < HAN_LIMIT) {
            return Character.toString((int) key);
        }
        if (key < OTHER) {
            return Character.toString((int) (key >>> 18 & LOW)) + Character.toString((int) (key & LOW));
        }
        return names.get(key);
    }

    /** The key's term's bucket: the top 12 bits of its hash, see {@link Terms#shard(String, int)}. */
    int bucket(long key) {
        int h;
        if (key < HAN_LIMIT) {
            h = Terms.fnvCodePoint(Terms.FNV_START, (int) key);
        } else if (key < OTHER) {
            h = Terms.fnvCodePoint(Terms.fnvCodePoint(Terms.FNV_START, (int) (key >>> 18 & LOW)), (int) (key & LOW));
        } else {
            String term = names.get(key);
            h = Terms.FNV_START;
            for (int i = 0; i < term.length(); i++) {
                h = Terms.fnv(h, term.charAt(i));
            }
        }
        return Terms.bucket(h);
    }

    /** Whether the term is a pair of Chinese characters that has a key of its own, as {@link #isPair(long)}. */
    static boolean isPair(String term) {
        if (term.isEmpty() || term.codePointCount(0, term.length()) != 2) {
            return false;
        }
        int first = term.codePointAt(0);
        int second = term.codePointAt(Character.charCount(first));
        return Terms.isHan(first) && first < HAN_LIMIT && second < HAN_LIMIT;
    }

    /** Whether the key is a pair of Chinese characters (the terms that carry positions). */
    static boolean isPair(long key) {
        return key >= PAIR && key < OTHER;
    }
}
