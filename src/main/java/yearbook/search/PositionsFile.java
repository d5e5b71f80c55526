package yearbook.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A positions shard as its two files: {@code positions/<n>.json} and, when one of its pairs is split,
 * {@code positions/<n>.bin}. A pair as common as 职工 has positions in nearly every article, megabytes of them in a
 * large archive, while a phrase query needs them only for the results it shows. So a pair with more than
 * {@link #SPLIT} characters of positions is cut, between articles, into chunks of about {@link #CHUNK} characters,
 * written one after another into the {@code .bin} file; its value in the JSON file is then not its positions but
 * their directory: {@code ~}, then as {@link Postings} numbers where its chunks start in the {@code .bin} file, how
 * many chunks there are, and for each chunk how many articles and how many characters it holds. A reader fetches a
 * chunk by its byte range. Read back, the two files give the same pairs and positions as one file would.
 */
final class PositionsFile {
    /**
     * Pairs with more characters of positions than this are split into chunks. A page of results needs about 20
     * chunks of each split pair: fewer bytes than the whole positions of a pair this common, and as many more requests
     * (at once over HTTP/2, six at a time over HTTP/1.1).
     */
    static final int SPLIT = 16 * 1024;
    /** Characters of positions per chunk, about: a chunk ends at the first article's end past it. */
    static final int CHUNK = 1024;
    /** What a split pair's value in the JSON file starts with (not a {@link Postings#DIGITS} character). */
    static final char SPLIT_MARK = '~';

    private PositionsFile() {
    }

    /** The bytes of the two files; {@code chunks} is null when no pair is split. */
    record Written(byte[] json, byte[] chunks) {
    }

    /**
     * Writes the pairs' positions (each as {@link SearchIndex} makes it: one run of numbers per article), those of
     * more than {@code split} characters in chunks of about {@code chunk}.
     */
    static Written write(Map<String, String> positions, int split, int chunk) {
        return write(positions, null, split, chunk);
    }

    /**
     * As above, where a value may also be a split pair's directory as {@link #read} left it, its chunks in
     * {@code previous} (the chunks file read): they are copied as they are, not cut again, as a pair's chunks depend
     * on its positions alone.
     */
    static Written write(Map<String, String> positions, byte[] previous, int split, int chunk) {
        TreeMap<String, String> values = new TreeMap<>();
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        for (Map.Entry<String, String> e : positions.entrySet()) {
            String all = e.getValue();
            if (isSplit(all)) {
                Directory kept = Directory.of(all);
                StringBuilder directory = new StringBuilder().append(SPLIT_MARK);
                Postings.write(directory, chunks.size());
                values.put(e.getKey(), directory.append(all, kept.sizesFrom(), all.length()).toString());
                chunks.write(previous, kept.offset(), kept.length());
                continue;
            }
            if (all.length() <= split) {
                values.put(e.getKey(), all);
                continue;
            }
            byte[] bytes = all.getBytes(StandardCharsets.US_ASCII);
            StringBuilder directory = new StringBuilder().append(SPLIT_MARK);
            Postings.write(directory, chunks.size());
            StringBuilder sizes = new StringBuilder();
            int count = 0;
            int at = 0;
            while (at < bytes.length) {
                int start = at;
                int articles = 0;
                while (at < bytes.length && at - start < chunk) {
                    at = SearchIndex.skipBlock(bytes, at);
                    articles++;
                }
                Postings.write(sizes, articles);
                Postings.write(sizes, at - start);
                count++;
            }
            Postings.write(directory, count);
            values.put(e.getKey(), directory.append(sizes).toString());
            chunks.writeBytes(bytes);
        }
        return new Written(SearchIndex.json(values), chunks.size() == 0 ? null : chunks.toByteArray());
    }

    private static boolean isSplit(String value) {
        return !value.isEmpty() && value.charAt(0) == SPLIT_MARK;
    }

    /**
     * A split pair's directory: where its chunks start in the chunks file and how many characters they hold, and
     * where in the directory the chunks' sizes begin (after the offset).
     */
    private record Directory(int offset, int length, int sizesFrom) {
        static Directory of(String value) {
            int[] read = Postings.read(value, 1);
            int offset = read[0];
            int sizesFrom = read[1];
            read = Postings.read(value, sizesFrom);
            int count = read[0];
            int length = 0;
            for (int k = 0, i = read[1]; k < count; k++) {
                i = Postings.read(value, i)[1]; // the chunk's articles
                read = Postings.read(value, i);
                length += read[0];
                i = read[1];
            }
            return new Directory(offset, length, sizesFrom);
        }
    }

    /** A positions file read back: each pair's value (a split pair's directory) and the chunks file, or null. */
    record Read(TreeMap<String, String> values, byte[] chunks) {
        /** A pair's whole positions, or null when the file has none for it. */
        String whole(String term) {
            String value = values.get(term);
            if (value == null || !isSplit(value)) {
                return value;
            }
            Directory d = Directory.of(value);
            return new String(chunks, d.offset(), d.length(), StandardCharsets.US_ASCII);
        }

        /** Every pair with its whole positions. */
        TreeMap<String, String> all() {
            TreeMap<String, String> out = new TreeMap<>();
            values.keySet().forEach(term -> out.put(term, whole(term)));
            return out;
        }
    }

    /**
     * The JSON file and the {@code .bin} file ({@code chunks}, null when there is none) read back; throws
     * {@link IllegalArgumentException} when a split pair's chunks are not there.
     */
    static Read read(byte[] json, byte[] chunks) {
        TreeMap<String, String> values = ShardFile.read(json);
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!isSplit(e.getValue())) {
                continue;
            }
            Directory d = Directory.of(e.getValue());
            if (chunks == null || d.offset() + d.length() > chunks.length) {
                throw new IllegalArgumentException("the positions of " + e.getKey() + " are not in the chunks file");
            }
        }
        return new Read(values, chunks);
    }
}
