package yearbook.search;

import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

/**
 * Reads a shard or positions file back, as {@link SearchIndex#json} wrote it: one JSON object whose keys are the
 * terms and whose values are their postings or positions (plain ASCII, see {@link Postings}).
 */
final class ShardFile {
    private ShardFile() {
    }

    /** The terms and their values, in term order; throws {@link IllegalArgumentException} for another shape. */
    static TreeMap<String, String> read(byte[] json) {
        TreeMap<String, String> out = new TreeMap<>();
        int i = expect(json, 0, '{');
        if (json[i] == '}') {
            return out;
        }
        while (true) {
            int[] end = new int[1];
            String term = string(json, i, end);
            i = expect(json, end[0], ':');
            String value = string(json, i, end);
            out.put(term, value);
            i = end[0];
            if (json[i] == '}') {
                return out;
            }
            i = expect(json, i, ',');
        }
    }

    private static int expect(byte[] json, int i, char c) {
        if (i >= json.length || json[i] != c) {
            throw new IllegalArgumentException("not a shard file: expected " + c + " at " + i);
        }
        return i + 1;
    }

    /** The JSON string starting at {@code i} (its quote), unescaped; {@code end[0]} is set to the index after it. */
    private static String string(byte[] json, int i, int[] end) {
        int start = expect(json, i, '"');
        int j = start;
        boolean escaped = false;
        while (json[j] != '"') {
            if (json[j] == '\\') {
                escaped = true;
                j++;
            }
            j++;
        }
        end[0] = j + 1;
        String raw = new String(json, start, j - start, StandardCharsets.UTF_8);
        return escaped ? unescape(raw) : raw;
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    /**
     * Whether any term of a shard file lists any of the articles {@code docs} (ascending): read in place, term by
     * term, making nothing, so that a shard none of whose lists changes is passed over at the cost of reading it.
     * The terms with a file of their own (see {@link ShardTerms}) are not looked at.
     */
    static boolean anyListsAny(byte[] json, int[] docs) {
        if (docs.length == 0) {
            return false;
        }
        int i = expect(json, 0, '{');
        if (json[i] == '}') {
            return false;
        }
        while (true) {
            i = expect(json, skipString(json, i), ':');
            int start = expect(json, i, '"');
            int end = start;
            while (json[end] != '"') {
                end++; // postings are plain ASCII, never escaped
            }
            if (json[start] != ShardTerms.OWN_MARK && listsAny(json, start, end, docs)) {
                return true;
            }
            i = end + 1;
            if (json[i] == '}') {
                return false;
            }
            i = expect(json, i, ',');
        }
    }

    /** The index after the JSON string starting at {@code i} (its quote). */
    private static int skipString(byte[] json, int i) {
        int j = expect(json, i, '"');
        while (json[j] != '"') {
            j += json[j] == '\\' ? 2 : 1;
        }
        return j + 1;
    }

    /**
     * As {@link #listsAny(String, int[])}, for postings written from {@code from} to {@code to} of {@code bytes} (a
     * term's own file, inside its quotes).
     */
    static boolean listsAny(byte[] bytes, int from, int to, int[] docs) {
        if (docs.length == 0) {
            return false;
        }
        int previous = -1;
        int next = 0;
        int i = from;
        while (i < to) {
            int value = 0;
            int d;
            do {
                d = Postings.digit(bytes[i++]);
                value = value * 32 + (d & 31);
            } while (d >= 32);
            previous += (value >>> 1) + 1;
            if ((value & 1) == 1) {
                while (Postings.digit(bytes[i++]) >= 32) {
                    // the weight's digits
                }
            }
            while (docs[next] < previous) {
                if (++next == docs.length) {
                    return false;
                }
            }
            if (docs[next] == previous) {
                return true;
            }
        }
        return false;
    }

    /** Whether postings list any of the articles {@code docs} (ascending), read only as far as needed. */
    static boolean listsAny(String postings, int[] docs) {
        if (docs.length == 0) {
            return false;
        }
        byte[] ascii = postings.getBytes(StandardCharsets.ISO_8859_1); // plain ASCII: a copy of its bytes
        return listsAny(ascii, 0, ascii.length, docs);
    }
}
