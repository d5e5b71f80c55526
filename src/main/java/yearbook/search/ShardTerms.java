package yearbook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * A postings shard as its files: {@code shards/<n>.json} and, for each term with more than {@link #OWN} characters
 * of postings, files of their own, {@code shards/<n>-<j>.json} and {@code .bin}, laid out by {@link OwnPostings}. A query fetches the
 * shard of each of its terms; a term found in most articles has postings of hundreds of kilobytes at 100 000
 * articles, and its neighbours in the shard would come with it. In the shard file such a term's value is
 * {@code ~} and the number {@code j} of its file (as a {@link Postings} number), its long neighbours being in files
 * of their own too. Read back, the files give the same terms and postings as one file would.
 */
final class ShardTerms {
    /** Terms with more characters of postings than this have a file of their own. */
    static final int OWN = 16 * 1024;
    /** What a value in the shard file that names a term's own file starts with. */
    static final char OWN_MARK = '~';

    private ShardTerms() {
    }

    /**
     * The shard file and the terms' own files, {@code terms.get(j)} and {@code tiers.get(j)} being
     * {@code shards/<n>-<j>.json} and {@code .bin}, the postings of term {@code names.get(j)}.
     */
    record Written(byte[] json, List<byte[]> terms, List<byte[]> tiers, List<String> names) {
    }

    static String path(int shard) {
        return SearchIndex.FOLDER + "shards/" + shard + ".json";
    }

    static String path(int shard, int own) {
        return SearchIndex.FOLDER + "shards/" + shard + "-" + own + ".json";
    }

    /** Where the tiers of a term's own list are (see {@link OwnPostings}). */
    static String tiersPath(int shard, int own) {
        return SearchIndex.FOLDER + "shards/" + shard + "-" + own + ".bin";
    }

    /** The files of a shard whose terms with more than {@code own} characters of postings have files of their own. */
    static Written write(Map<String, String> terms, int own, int firstTier) {
        TreeMap<String, String> values = new TreeMap<>();
        List<byte[]> files = new ArrayList<>();
        List<byte[]> tiers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, String> e : terms.entrySet()) {
            if (e.getValue().length() <= own) {
                values.put(e.getKey(), e.getValue());
                continue;
            }
            StringBuilder ref = new StringBuilder().append(OWN_MARK);
            Postings.write(ref, files.size());
            values.put(e.getKey(), ref.toString());
            OwnPostings.Files file = OwnPostings.write(e.getValue(), firstTier);
            files.add(file.json());
            tiers.add(file.tiers());
            names.add(e.getKey());
        }
        return new Written(SearchIndex.json(values), files, tiers, names);
    }

    /**
     * The shard's terms with their postings, from its file and the terms' own files ({@code own.apply(j)} and
     * {@code tiers.apply(j)}); throws {@link IllegalArgumentException} when a file is not as written.
     */
    static TreeMap<String, String> read(byte[] json, IntFunction<byte[]> own, IntFunction<byte[]> tiers) {
        TreeMap<String, String> values = ShardFile.read(json);
        for (Map.Entry<String, String> e : values.entrySet()) {
            String value = e.getValue();
            if (value.isEmpty() || value.charAt(0) != OWN_MARK) {
                continue;
            }
            int j = Postings.read(value, 1)[0];
            byte[] file = own.apply(j);
            if (file == null) {
                throw new IllegalArgumentException("the postings of " + e.getKey() + " are not in their file");
            }
            e.setValue(OwnPostings.read(file, tiers.apply(j)));
        }
        return values;
    }
}
