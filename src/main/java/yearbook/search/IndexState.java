package yearbook.search;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

import yearbook.cachefile.Records;

/**
 * What a search index was made from, kept by the build cache so that the next build can bring the index up to
 * date from the articles that changed rather than make it again: the fingerprint of what every file depends on
 * (the themes, volumes and base path), the shard counts, the articles in index order with each one's fingerprint
 * and sizes (terms, positions, compressed text), how many terms each shard holds, and each file's fingerprint.
 *
 * @param global         the fingerprint of what every file of the index depends on besides the articles
 * @param keys           each article's fingerprint (see {@link SearchIndex#docKey}), in index order
 * @param termCounts     how many terms each article has (its postings)
 * @param positionBytes  how many characters of positions each article has
 * @param textBytes      the length of each article's compressed text
 * @param headBytes      the length of its head, the first of its two compressed parts (see {@link PackedText})
 * @param perPack        articles per text pack
 * @param termsPerShard  how many terms each postings shard holds
 * @param ownTerms       each postings shard's terms with a file of their own, in the order of their files
 * @param files          each file of the index (its site path) with the fingerprint of its bytes
 */
record IndexState(String global, String[] urls, String[] keys, int[] termCounts, int[] positionBytes,
                  int[] textBytes, int[] headBytes, int shards, int positionShards, int perPack, int[] termsPerShard,
                  String[][] ownTerms, Map<String, String> files) {
    private static final int FORMAT = 4;

    byte[] write() {
        // not compressed: it is written whole by every build and read by the next (10 MB at 100 000 articles)
        Records.Writer out = Records.writer();
        try (out) {
            out.writeInt(FORMAT);
            out.writeUTF(global);
            out.writeInt(urls.length);
            for (int i = 0; i < urls.length; i++) {
                out.writeUTF(urls[i]);
                out.writeUTF(keys[i]);
                out.writeInt(termCounts[i]);
                out.writeInt(positionBytes[i]);
                out.writeInt(textBytes[i]);
                out.writeInt(headBytes[i]);
            }
            out.writeInt(shards);
            out.writeInt(positionShards);
            out.writeInt(perPack);
            for (int s = 0; s < shards; s++) {
                out.writeInt(termsPerShard[s]);
                out.writeInt(ownTerms[s].length);
                for (String term : ownTerms[s]) {
                    out.writeUTF(term);
                }
            }
            out.writeInt(files.size());
            for (Map.Entry<String, String> f : files.entrySet()) {
                out.writeUTF(f.getKey());
                out.writeUTF(f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.bytes();
    }

    /** The state written by {@link #write()}, or null when the bytes are not one (another format, cut short). */
    static IndexState read(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try (DataInputStream in = Records.checked(bytes)) {
            if (in.readInt() != FORMAT) {
                return null;
            }
            String global = in.readUTF();
            int n = in.readInt();
            String[] urls = new String[n];
            String[] keys = new String[n];
            int[] terms = new int[n];
            int[] positions = new int[n];
            int[] texts = new int[n];
            int[] heads = new int[n];
            for (int i = 0; i < n; i++) {
                urls[i] = in.readUTF();
                keys[i] = in.readUTF();
                terms[i] = in.readInt();
                positions[i] = in.readInt();
                texts[i] = in.readInt();
                heads[i] = in.readInt();
            }
            int shards = in.readInt();
            int positionShards = in.readInt();
            int perPack = in.readInt();
            int[] termsPerShard = new int[shards];
            String[][] ownTerms = new String[shards][];
            for (int s = 0; s < shards; s++) {
                termsPerShard[s] = in.readInt();
                ownTerms[s] = new String[in.readInt()];
                for (int j = 0; j < ownTerms[s].length; j++) {
                    ownTerms[s][j] = in.readUTF();
                }
            }
            int fileCount = in.readInt();
            Map<String, String> files = new TreeMap<>();
            for (int i = 0; i < fileCount; i++) {
                files.put(in.readUTF(), in.readUTF());
            }
            return new IndexState(global, urls, keys, terms, positions, texts, heads, shards, positionShards, perPack,
                    termsPerShard, ownTerms, files);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
