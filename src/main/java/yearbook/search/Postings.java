package yearbook.search;

/**
 * One term's postings as compact text: for each article (in ascending index order) the gap from the
 * previous one, with a flag telling whether a weight follows; the weight is {@code count * 2 + inTitle}
 * and is left out for the common case of one occurrence outside the title. Numbers are written in
 * base 32, high digits first, with two alphabets: the last digit of a number from {@code 0-9A-V}, the
 * digits before it from {@code W-Za-z-_}. Everything is plain ASCII that JSON strings carry unescaped.
 */
final class Postings {
    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    /** Each digit's value in {@link #DIGITS}, -1 for other characters. */
    private static final byte[] DIGIT = new byte[128];

    static {
        java.util.Arrays.fill(DIGIT, (byte) -1);
        for (int i = 0; i < DIGITS.length(); i++) {
            DIGIT[DIGITS.charAt(i)] = (byte) i;
        }
    }

    /** A digit's value in {@link #DIGITS} (below 32: the last digit of a number), or -1. */
    static int digit(int c) {
        return c >= 0 && c < 128 ? DIGIT[c] : -1;
    }

    static final int DEFAULT_WEIGHT = 2;
    static final int MAX_COUNT = 255;

    private final StringBuilder text = new StringBuilder();
    private int last = -1;
    private int count;

    /** Adds an article; articles must come in ascending order. */
    void add(int article, int occurrences, boolean inTitle) {
        if (article <= last) {
            throw new IllegalArgumentException("articles out of order: " + article + " after " + last);
        }
        int weight = Math.min(occurrences, MAX_COUNT) * 2 + (inTitle ? 1 : 0);
        int gap = article - last - 1;
        write(gap * 2 + (weight == DEFAULT_WEIGHT ? 0 : 1));
        if (weight != DEFAULT_WEIGHT) {
            write(weight);
        }
        last = article;
        count++;
    }

    int size() {
        return count;
    }

    String text() {
        return text.toString();
    }

    private void write(int n) {
        write(text, n);
    }

    /** Writes a number as described above: high digits from {@code W-Za-z-_}, the last from {@code 0-9A-V}. */
    static void write(StringBuilder text, int n) {
        int groups = 1;
        while (groups < 7 && n >>> (5 * groups) != 0) {
            groups++;
        }
        for (int g = groups - 1; g > 0; g--) {
            text.append(DIGITS.charAt(32 + ((n >>> (5 * g)) & 31)));
        }
        text.append(DIGITS.charAt(n & 31));
    }

    /** {@link #DIGITS} as bytes. */
    private static final byte[] DIGIT_BYTES = DIGITS.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The most bytes {@link #write(byte[], int, int)} writes for one number. */
    static final int MAX_DIGITS = 7;

    /** As {@link #write(StringBuilder, int)}, into {@code out} at {@code at}; returns where the number ends. */
    static int write(byte[] out, int at, int n) {
        int groups = 1;
        while (groups < MAX_DIGITS && n >>> (5 * groups) != 0) {
            groups++;
        }
        for (int g = groups - 1; g > 0; g--) {
            out[at++] = DIGIT_BYTES[32 + ((n >>> (5 * g)) & 31)];
        }
        out[at++] = DIGIT_BYTES[n & 31];
        return at;
    }

    /** Reads postings back: pairs of article index and weight. For tests and tools. */
    static int[] decode(String s) {
        int[] out = new int[s.length() * 2];
        int size = 0;
        int previous = -1;
        int i = 0;
        while (i < s.length()) {
            int[] read = read(s, i);
            int n = read[0];
            i = read[1];
            int weight = DEFAULT_WEIGHT;
            if ((n & 1) == 1) {
                read = read(s, i);
                weight = read[0];
                i = read[1];
            }
            previous += (n >>> 1) + 1;
            out[size++] = previous;
            out[size++] = weight;
        }
        return java.util.Arrays.copyOf(out, size);
    }

    /** The number at {@code i}: its value and the index after it. */
    static int[] read(CharSequence s, int i) {
        int n = 0;
        while (true) {
            int d = digit(s.charAt(i++));
            n = n * 32 + (d & 31);
            if (d < 32) {
                return new int[] {n, i};
            }
        }
    }

    /**
     * The postings {@code was} with the articles {@code changed} (ascending) taken out and the articles
     * {@code freshDocs} put in with their weights {@code freshWeights} (ascending by article; each weight
     * {@code count * 2 + inTitle}): the same text as decoding, merging and writing them all again, but an entry
     * whose article and preceding article are as before is copied as it is, so a long list changed in one article is
     * read once and written mostly by copying.
     *
     * @param oldDocs given, in order, each article {@code was} lists; or null
     */
    static String splice(String was, int[] changed, int[] freshDocs, int[] freshWeights, java.util.function.IntConsumer oldDocs) {
        StringBuilder out = new StringBuilder(was.length() + 8 * freshDocs.length + 8);
        int lastOut = -1;
        int previous = -1;
        int runStart = -1; // where a run of entries copied as they are began in was, or -1
        int k = 0;
        int c = 0; // the first of changed not below the articles read so far
        int i = 0;
        int n = was.length();
        while (i < n) {
            int entryStart = i;
            int v = 0;
            int d;
            do {
                d = digit(was.charAt(i++));
                v = v * 32 + (d & 31);
            } while (d >= 32);
            int weight = DEFAULT_WEIGHT;
            if ((v & 1) == 1) {
                weight = 0;
                do {
                    d = digit(was.charAt(i++));
                    weight = weight * 32 + (d & 31);
                } while (d >= 32);
            }
            int before = previous;
            int doc = previous + (v >>> 1) + 1;
            previous = doc;
            if (oldDocs != null) {
                oldDocs.accept(doc);
            }
            while (k < freshDocs.length && freshDocs[k] < doc) {
                if (runStart >= 0) {
                    out.append(was, runStart, entryStart);
                    runStart = -1;
                }
                entry(out, freshDocs[k], lastOut, clamp(freshWeights[k]));
                lastOut = freshDocs[k++];
            }
            while (c < changed.length && changed[c] < doc) {
                c++;
            }
            if (c < changed.length && changed[c] == doc) {
                if (runStart >= 0) {
                    out.append(was, runStart, entryStart);
                    runStart = -1;
                }
                continue;
            }
            if (lastOut == before) {
                if (runStart < 0) {
                    runStart = entryStart; // the same gap as before: the same text
                }
            } else {
                if (runStart >= 0) {
                    out.append(was, runStart, entryStart);
                    runStart = -1;
                }
                entry(out, doc, lastOut, weight);
            }
            lastOut = doc;
        }
        if (runStart >= 0) {
            out.append(was, runStart, n);
        }
        while (k < freshDocs.length) {
            entry(out, freshDocs[k], lastOut, clamp(freshWeights[k]));
            lastOut = freshDocs[k++];
        }
        return out.toString();
    }

    /** A weight as {@link #add} writes it. */
    private static int clamp(int weight) {
        return Math.min(weight >> 1, MAX_COUNT) * 2 + (weight & 1);
    }

    /** One entry after the article {@code last}, as {@link #add} writes it. */
    private static void entry(StringBuilder out, int article, int last, int weight) {
        if (article <= last) {
            throw new IllegalArgumentException("articles out of order: " + article + " after " + last);
        }
        int gap = article - last - 1;
        write(out, gap * 2 + (weight == DEFAULT_WEIGHT ? 0 : 1));
        if (weight != DEFAULT_WEIGHT) {
            write(out, weight);
        }
    }
}
