package yearbook.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A term's postings in a file of their own (see {@link ShardTerms}), laid out so that a query reads only what its
 * first results need. A term such as 职工 is in nearly every article: its articles alone cost next to nothing to
 * send (every gap is 0), but their weights are most of its list. A query needs every article of a list (to know
 * which articles have all its terms, and how many), but the weights only of the articles that can still be among
 * the results shown. So the list has two files, {@code shards/<n>-<j>.json} and {@code shards/<n>-<j>.bin}:
 * <ul>
 * <li>{@code shards/<n>-<j>.json}: {@code {"docs":D,"first":T,"tiers":[[k0],[k1,offset,length],...]}}. {@code D} is
 * the list's articles, as {@link Postings} with no weights. The weights come in tiers: the entries (by their place
 * in {@code D}) sorted by key, highest first, then cut into tiers of {@value #FIRST} entries, then {@value #GROWTH} times
 * as many each time, never between two entries of the same key, and where the title matches end, so that a tier
 * holds title matches only or none; each tier written as {@link Postings} of entry and weight.
 * {@code T} is the first tier; {@code k} a tier's highest key; the others are deflated (zlib) one after the other in
 * {@code shards/<n>-<j>.bin}, each at its offset and length.</li>
 * </ul>
 * A weight's key puts a title match first, then the count: {@code (weight & 1) * 256 + (weight >> 1)}. Every entry
 * of a later tier has a key no higher than the tier's {@code k}, which is what lets a query stop reading: an article
 * whose weight is not yet read counts no more, as a title match, than the next title tier's {@code k}, and no more,
 * either way, than the higher of that and the first tier without title matches.
 */
final class OwnPostings {
    /**
     * Entries in the first tier, which comes with the articles. Each further tier a query reads is a round trip it waits
     * for: at 100 000 articles, 困难职工帮扶 read five tiers one after another with a first tier of 512, two with 4 096,
     * for a few kilobytes more.
     */
    static final int FIRST = 4096;
    /** Each tier holds this many times the entries of the one before. */
    static final int GROWTH = 3;
    private static final int KEYS = 512;
    private static final String DOCS = "{\"docs\":\"";
    private static final String FIRST_TIER = "\",\"first\":\"";
    private static final String TIERS = "\",\"tiers\":[";

    private OwnPostings() {
    }

    /** The two files of a list: the JSON file and the deflated tiers after the first (empty when there are none). */
    record Files(byte[] json, byte[] tiers) {
    }

    static int key(int weight) {
        return (weight & 1) * 256 + Math.min(weight >> 1, 255);
    }

    static Files write(String postings) {
        return write(postings, FIRST);
    }

    /** As above, with {@code first} entries in the first tier. */
    static Files write(String postings, int first) {
        int[] pairs = Postings.decode(postings);
        int n = pairs.length / 2;
        Postings docs = new Postings();
        int[] perKey = new int[KEYS + 1];
        for (int i = 0; i < n; i++) {
            docs.add(pairs[2 * i], 1, false);
            perKey[KEYS - 1 - key(pairs[2 * i + 1])]++;
        }
        // entries by key, highest first, each key's in entry order (a counting sort)
        int[] start = new int[KEYS + 1];
        for (int k = 0; k < KEYS; k++) {
            start[k + 1] = start[k] + perKey[k];
        }
        int titled = 0; // the title matches, which come first
        for (int k = 0; k < KEYS / 2; k++) {
            titled += perKey[k];
        }
        int[] byKey = new int[n];
        for (int i = 0; i < n; i++) {
            byKey[start[KEYS - 1 - key(pairs[2 * i + 1])]++] = i;
        }
        StringBuilder json = new StringBuilder(DOCS).append(docs.text()).append(FIRST_TIER);
        StringBuilder directory = new StringBuilder();
        ByteArrayOutputStream bin = new ByteArrayOutputStream();
        int size = first;
        for (int from = 0, tier = 0; from < n; tier++) {
            int to = Math.min(n, from + size);
            if (from < titled) {
                to = Math.min(to, titled);
            }
            while (to < n && key(pairs[2 * byKey[to] + 1]) == key(pairs[2 * byKey[to - 1] + 1])) {
                to++;
            }
            int[] entries = java.util.Arrays.copyOfRange(byKey, from, to);
            java.util.Arrays.sort(entries);
            Postings weights = new Postings();
            for (int e : entries) {
                int w = pairs[2 * e + 1];
                weights.add(e, w >> 1, (w & 1) == 1);
            }
            int highest = key(pairs[2 * byKey[from] + 1]);
            directory.append(tier == 0 ? "[" : ",[").append(highest);
            if (tier == 0) {
                json.append(weights.text());
            } else {
                byte[] deflated = PackedText.deflate(weights.text().getBytes(StandardCharsets.US_ASCII),
                        Deflater.DEFAULT_COMPRESSION);
                directory.append(',').append(bin.size()).append(',').append(deflated.length);
                bin.writeBytes(deflated);
            }
            directory.append(']');
            from = to;
            size *= GROWTH;
        }
        json.append(TIERS).append(directory).append("]}");
        return new Files(json.toString().getBytes(StandardCharsets.US_ASCII), bin.toByteArray());
    }

    /** Where the articles' postings are in a list's JSON file: from and to (exclusive). */
    static int[] docs(byte[] json) {
        if (!startsWith(json, 0, DOCS)) {
            throw new IllegalArgumentException("a list's file does not begin as written");
        }
        int from = DOCS.length();
        int to = from;
        while (to < json.length && json[to] != '"') {
            to++;
        }
        return new int[] {from, to};
    }

    /** Whether a list's JSON file lists any of the articles {@code docs} (ascending). */
    static boolean listsAny(byte[] json, int[] docs) {
        int[] at = docs(json);
        return ShardFile.listsAny(json, at[0], at[1], docs);
    }

    /**
     * The postings written into a list's files, as {@link Postings} text; throws {@link IllegalArgumentException} when
     * the files are not as written.
     */
    static String read(byte[] json, byte[] tiers) {
        int[] at = docs(json);
        int[] docs = Postings.decode(new String(json, at[0], at[1] - at[0], StandardCharsets.US_ASCII));
        int n = docs.length / 2;
        int[] weights = new int[n];
        java.util.Arrays.fill(weights, -1);
        if (!startsWith(json, at[1], FIRST_TIER)) {
            throw new IllegalArgumentException("a list's file has no first tier");
        }
        int from = at[1] + FIRST_TIER.length();
        int to = from;
        while (to < json.length && json[to] != '"') {
            to++;
        }
        fill(weights, new String(json, from, to - from, StandardCharsets.US_ASCII));
        if (!startsWith(json, to, TIERS)) {
            throw new IllegalArgumentException("a list's file has no tiers");
        }
        List<Integer> numbers = new ArrayList<>();
        int number = -1;
        for (int i = to + TIERS.length(); i < json.length; i++) {
            int c = json[i];
            if (c >= '0' && c <= '9') {
                number = (number < 0 ? 0 : number * 10) + (c - '0');
            } else if (number >= 0) {
                numbers.add(number);
                number = -1;
            }
        }
        // [k0], then [k, offset, length] for each tier in the .bin file
        for (int k = 1; k + 2 < numbers.size(); k += 3) {
            int offset = numbers.get(k + 1);
            int length = numbers.get(k + 2);
            if (tiers == null || offset + length > tiers.length) {
                throw new IllegalArgumentException("a list's tiers are not in their file");
            }
            fill(weights, inflate(tiers, offset, length));
        }
        Postings out = new Postings();
        for (int i = 0; i < n; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("a list's tiers leave out an entry");
            }
            out.add(docs[2 * i], weights[i] >> 1, (weights[i] & 1) == 1);
        }
        return out.text();
    }

    private static void fill(int[] weights, String tier) {
        int[] pairs = Postings.decode(tier);
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i] >= weights.length) {
                throw new IllegalArgumentException("a list's tier names an entry it does not have");
            }
            weights[pairs[i]] = pairs[i + 1];
        }
    }

    private static String inflate(byte[] bytes, int offset, int length) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes, offset, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(length * 4);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int got = inflater.inflate(buffer);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("a list's tier is cut short");
                }
                out.write(buffer, 0, got);
            }
            return out.toString(StandardCharsets.US_ASCII);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("a list's tier cannot be read: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    private static boolean startsWith(byte[] bytes, int at, String s) {
        if (at + s.length() > bytes.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (bytes[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
