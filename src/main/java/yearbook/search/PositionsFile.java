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
        TreeMap<String, String> values = new TreeMap<>();
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        for (Map.Entry<String, String> e : positions.entrySet()) {
            String all = e.getValue();
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

    /**
     * The pairs and their whole positions, from the JSON file and the {@code .bin} file ({@code chunks}, null when
     * there is none); throws {@link IllegalArgumentException} when a split pair's chunks are not there.
     */
    static TreeMap<String, String> read(byte[] json, byte[] chunks) {
        TreeMap<String, String> values = ShardFile.read(json);
        for (Map.Entry<String, String> e : values.entrySet()) {
            String value = e.getValue();
            if (value.isEmpty() || value.charAt(0) != SPLIT_MARK) {
                continue;
            }
            int[] read = Postings.read(value, 1);
            int offset = read[0];
            read = Postings.read(value, read[1]);
            int count = read[0];
            int length = 0;
            for (int k = 0, i = read[1]; k < count; k++) {
                i = Postings.read(value, i)[1]; // the chunk's articles
                read = Postings.read(value, i);
                length += read[0];
                i = read[1];
            }
            if (chunks == null || offset + length > chunks.length) {
                throw new IllegalArgumentException("the positions of " + e.getKey() + " are not in the chunks file");
            }
            e.setValue(new String(chunks, offset, length, StandardCharsets.US_ASCII));
        }
        return values;
    }
}
