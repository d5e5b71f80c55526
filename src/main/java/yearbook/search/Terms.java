package yearbook.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import yearbook.text.Cjk;

/**
 * How text becomes search terms, the same way here (at build time) and in {@code search.js} (in the
 * reader's browser). Text is normalised (NFKC, lower case), then split into runs:
 * <ul>
 * <li>a run of Chinese characters gives every single character and every pair of neighbours (character
 * bigrams), so a query matches without spaces or a word list: 职工之家 → 职工 工之 之家;</li>
 * <li>a run of other letters and digits is one word: {@code 2019}, {@code icu};</li>
 * <li>everything else separates runs.</li>
 * </ul>
 * A query looks up the bigrams of each Chinese run (a single character alone when the run has one) and
 * its words; an article matches when it has every one.
 */
public final class Terms {
    private Terms() {
    }

    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** A Chinese character for search: one that makes character terms and bigrams. */
    static boolean isHan(int cp) {
        return Cjk.isHanOrInUnifiedBlock(cp);
    }

    /** Every term occurrence in the text, for the index: characters, bigrams and words. */
    public static void index(String text, Consumer<String> sink) {
        visit(text, new Visitor() {
            @Override
            public void character(int cp) {
                sink.accept(Character.toString(cp));
            }

            @Override
            public void pair(int first, int second, int position) {
                sink.accept(Character.toString(first) + Character.toString(second));
            }

            @Override
            public void word(String word) {
                sink.accept(word);
            }
        });
    }

    /** Receives the terms of a text as they occur, without making a string for each Chinese one. */
    interface Visitor {
        void character(int cp);

        /**
         * A pair of neighbouring Chinese characters; {@code position} is where its first character is in the
         * normalised text (in UTF-16 units), so a phrase's pairs follow each other at the widths of its characters.
         */
        void pair(int first, int second, int position);

        void word(String word);
    }

    /** The same terms as {@link #index(String, Consumer)}, in the same order. */
    static void visit(String text, Visitor visitor) {
        runs(normalize(text), (run, han, start) -> {
            if (!han) {
                visitor.word(run);
                return;
            }
            int previous = -1;
            int previousAt = 0;
            for (int i = 0; i < run.length(); ) {
                int cp = run.codePointAt(i);
                visitor.character(cp);
                if (previous >= 0) {
                    visitor.pair(previous, cp, start + previousAt);
                }
                previous = cp;
                previousAt = i;
                i += Character.charCount(cp);
            }
        });
    }

    /** The terms a query looks up, each once, in query order. */
    public static List<String> query(String text) {
        List<String> terms = new ArrayList<>();
        runs(normalize(text), (run, han, start) -> {
            if (!han || run.codePointCount(0, run.length()) == 1) {
                add(terms, run);
                return;
            }
            for (int i = 0; ; ) {
                int first = Character.charCount(run.codePointAt(i));
                if (i + first >= run.length()) {
                    break;
                }
                int second = Character.charCount(run.codePointAt(i + first));
                add(terms, run.substring(i, i + first + second));
                i += first;
            }
        });
        return terms;
    }

    private static void add(List<String> terms, String term) {
        if (!terms.contains(term)) {
            terms.add(term);
        }
    }

    private interface RunSink {
        void accept(String run, boolean han, int start);
    }

    /** Splits normalised text into Chinese runs and word runs. */
    private static void runs(String t, RunSink sink) {
        int i = 0;
        int n = t.length();
        while (i < n) {
            int cp = t.codePointAt(i);
            if (isHan(cp)) {
                int start = i;
                while (i < n && isHan(cp = t.codePointAt(i))) {
                    i += Character.charCount(cp);
                }
                sink.accept(t.substring(start, i), true, start);
            } else if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(cp = t.codePointAt(i)) && !isHan(cp)) {
                    i += Character.charCount(cp);
                }
                sink.accept(t.substring(start, i), false, start);
            } else {
                i += Character.charCount(cp);
            }
        }
    }

    /** The most shards an index has: a term's bucket has 12 bits. */
    public static final int MAX_SHARDS = 1 << 12;

    /**
     * The shard a term's postings are in: the top 12 bits of FNV-1a over the term's UTF-16 code units (its
     * bucket), scaled to the shard count ({@code search.js} computes the same). With a power of two as the
     * count, the terms in bucket order fall into the shards in order, whatever the count.
     */
    public static int shard(String term, int shards) {
        int h = FNV_START;
        for (int i = 0; i < term.length(); i++) {
            h = fnv(h, term.charAt(i));
        }
        return shardOfBucket(bucket(h), shards);
    }

    static int bucket(int hash) {
        return hash >>> 20;
    }

    static int shardOfBucket(int bucket, int shards) {
        return bucket * shards >>> 12;
    }

    static final int FNV_START = 0x811c9dc5;

    static int fnv(int h, char c) {
        return (h ^ c) * 0x01000193;
    }

    /** Adds a code point's UTF-16 units to a hash. */
    static int fnvCodePoint(int h, int cp) {
        if (Character.isBmpCodePoint(cp)) {
            return fnv(h, (char) cp);
        }
        return fnv(fnv(h, Character.highSurrogate(cp)), Character.lowSurrogate(cp));
    }
}
