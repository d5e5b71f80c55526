package yearbook.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

import yearbook.search.SearchIndex.DocTerms;
import yearbook.search.SearchIndex.Made;
import yearbook.search.SearchIndex.Shape;

/**
 * Brings the previous build's index up to date when only some articles changed: those are counted again, and
 * in each shard the postings (and positions) of their old and new terms are taken out and put back; the shards
 * that hold none of their terms, the text packs that hold none of their texts and the details files that did not
 * change are the previous ones. What comes out is the same as an index made from nothing, byte for byte.
 *
 * <p>When the body each changed article had before is known ({@link SearchIndex.Previous#before}, checked against
 * the article's recorded fingerprint), only its terms whose weight or positions changed are taken out and put back,
 * and only the shards that hold them are read: a paragraph added at the end of an article touches the shards of
 * the paragraph's words, not those of every word of the article.
 *
 * <p>It gives up (and the index is made from nothing) when the articles or their order changed, the themes or
 * volumes did, a file of the previous index is missing or was changed, the shard counts or the articles per pack
 * would differ, or more than an eighth of the articles changed.
 */
final class IndexUpdate {
    private IndexUpdate() {
    }

    /** A file of the previous index could not be read: the index is made from nothing. */
    private static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    /** One changed article's term in a shard: the article, its weight, and its positions (pairs only). */
    private record Posting(int doc, int weight, String positions) {
    }

    /** A changed article, counted again: its terms in bucket order with their names and positions. */
    private record Fresh(int doc, long[] terms, String[] names, String[] positions, PackedText text) {
    }

    /** The updated index, or null when it must be made from nothing. */
    static SearchIndex of(Made made, IndexState prev, SearchIndex.Previous previous) {
        int n = made.urls().length;
        if (!prev.global().equals(made.global()) || !Arrays.equals(prev.urls(), made.urls())) {
            return null;
        }
        for (Map.Entry<String, String> f : prev.files().entrySet()) {
            if (!previous.intact(f.getKey(), f.getValue())) {
                return null;
            }
        }
        int[] changed = IntStream.range(0, n).filter(i -> !prev.keys()[i].equals(made.keys()[i])).toArray();
        if (changed.length > Math.max(1, n / 8)) {
            return null;
        }
        TermKeys keys = new TermKeys();
        Fresh[] fresh = Arrays.stream(changed).parallel()
                .mapToObj(d -> fresh(d, SearchIndex.count(made.pages().get(d), keys), keys)).toArray(Fresh[]::new);
        @SuppressWarnings("unchecked")
        List<String>[] touchedBuckets = new List[SearchIndex.MAX_SHARDS];
        java.util.Set<String> touched = touched(changed, fresh, made, prev, previous, keys, touchedBuckets);
        int[] termCounts = prev.termCounts().clone();
        int[] positionBytes = prev.positionBytes().clone();
        int[] textBytes = prev.textBytes().clone();
        int[] headBytes = prev.headBytes().clone();
        Map<Integer, byte[]> texts = new HashMap<>();
        for (Fresh f : fresh) {
            termCounts[f.doc()] = f.terms().length;
            int positions = 0;
            for (String p : f.positions()) {
                positions += p == null ? 0 : p.length();
            }
            positionBytes[f.doc()] = positions;
            textBytes[f.doc()] = f.text().bytes().length;
            headBytes[f.doc()] = f.text().head();
            texts.put(f.doc(), f.text().bytes());
        }
        int shards = SearchIndex.shardsFor(sum(termCounts) * 2, 1, SearchIndex.SHARD_TARGET);
        int positionShards = SearchIndex.shardsFor(sum(positionBytes), shards, SearchIndex.SHARD_TARGET);
        int perPack = SearchIndex.perPack(textBytes);
        if (shards != prev.shards() || positionShards != prev.positionShards() || perPack != prev.perPack()) {
            return null;
        }
        ShardTerms.Written[] shardFiles = new ShardTerms.Written[shards];
        PositionsFile.Written[] positionFiles = new PositionsFile.Written[positionShards];
        int[] termsPerShard = prev.termsPerShard().clone();
        // the texts of the packs that hold a changed article: the others' texts are cut from the previous pack
        TreeSet<Integer> packs = new TreeSet<>();
        Arrays.stream(changed).forEach(d -> packs.add(d / perPack));
        Map<Integer, byte[]> oldPacks = new HashMap<>();
        try {
            for (int p : packs) {
                oldPacks.put(p, read(previous, SearchIndex.FOLDER + "text/" + p + ".bin"));
            }
            IntStream.range(0, changed.length == 0 ? 0 : shards).parallel().forEach(s -> shard(s, shards, positionShards, changed, fresh,
                    touched, touchedBuckets, previous, prev, made.layout(), shardFiles, positionFiles, termsPerShard));
        } catch (Unreadable e) {
            return null;
        }
        int[] oldOffsets = new int[n];
        for (int p : packs) {
            int offset = 0;
            for (int i = p * perPack; i < Math.min(n, (p + 1) * perPack); i++) {
                oldOffsets[i] = offset;
                offset += prev.textBytes()[i];
            }
        }
        return SearchIndex.assemble(made, prev, new Shape(shards, positionShards, termsPerShard, termCounts,
                positionBytes, textBytes, headBytes, perPack), shardFiles, positionFiles, packs::contains, i -> {
                    byte[] t = texts.get(i);
                    if (t != null) {
                        return t;
                    }
                    byte[] pack = oldPacks.get(i / perPack);
                    return Arrays.copyOfRange(pack, oldOffsets[i], oldOffsets[i] + prev.textBytes()[i]);
                });
    }

    private static long sum(int[] values) {
        long total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }

    private static byte[] read(SearchIndex.Previous previous, String path) {
        byte[] bytes = previous.read(path);
        if (bytes == null) {
            throw new Unreadable();
        }
        return bytes;
    }

    /**
     * The terms whose postings or positions change: those each changed article has now with another weight or
     * other positions than before, has no more, or has anew; each also listed under its bucket in {@code buckets}
     * (null where none), so that a shard finds its own without looking through all of them. Null when
     * some changed article's terms before are not known (its earlier body not at hand, or not the one the
     * previous index was made from): then every term of the changed articles is looked at.
     */
    private static java.util.Set<String> touched(int[] changed, Fresh[] fresh, Made made, IndexState prev,
                                                 SearchIndex.Previous previous, TermKeys keys, List<String>[] buckets) {
        List<List<Counted>> differing = IntStream.range(0, changed.length).parallel().mapToObj(k -> {
            int d = changed[k];
            yearbook.site.Page before = previous.before(made.pages().get(d));
            if (before == null || !SearchIndex.docKey(before).equals(prev.keys()[d])) {
                return null;
            }
            Map<String, Counted> was = counted(fresh(d, SearchIndex.count(before, keys), keys));
            Map<String, Counted> now = counted(fresh[k]);
            List<Counted> out = new ArrayList<>();
            was.forEach((term, c) -> {
                if (!now.containsKey(term)) {
                    out.add(c);
                }
            });
            now.forEach((term, c) -> {
                if (!c.equals(was.get(term))) {
                    out.add(c);
                }
            });
            return out;
        }).toList();
        java.util.Set<String> out = new java.util.HashSet<>();
        for (List<Counted> terms : differing) {
            if (terms == null) {
                return null;
            }
            for (Counted c : terms) {
                if (out.add(c.name())) {
                    int b = (int) (c.number() >>> SearchIndex.SHARD_SHIFT);
                    if (buckets[b] == null) {
                        buckets[b] = new ArrayList<>();
                    }
                    buckets[b].add(c.name());
                }
            }
        }
        return out;
    }

    /** One term of a counted article: its name, its number (bucket, key and weight) and, for a pair, its positions. */
    private record Counted(String name, long number, String positions) {
    }

    /** Each term of a counted article by name. */
    private static Map<String, Counted> counted(Fresh f) {
        Map<String, Counted> out = new HashMap<>(f.names().length * 2);
        for (int i = 0; i < f.names().length; i++) {
            out.put(f.names()[i], new Counted(f.names()[i], f.terms()[i], f.positions()[i]));
        }
        return out;
    }

    /** A changed article counted again: each term's name and, for pairs, its positions. */
    private static Fresh fresh(int doc, DocTerms terms, TermKeys keys) {
        long[] t = terms.terms();
        String[] names = new String[t.length];
        String[] positions = new String[t.length];
        byte[] pos = terms.positions();
        int at = 0;
        for (int i = 0; i < t.length; i++) {
            long key = (t[i] >>> SearchIndex.KEY_SHIFT) & SearchIndex.KEY_MASK;
            names[i] = keys.term(key);
            if (TermKeys.isPair(key)) {
                int next = SearchIndex.skipBlock(pos, at);
                positions[i] = new String(pos, at, next - at, StandardCharsets.US_ASCII);
                at = next;
            }
        }
        return new Fresh(doc, t, names, positions, terms.text());
    }

    /** Brings postings shard {@code s} and its positions files up to date. */
    private static void shard(int s, int shards, int positionShards, int[] changed, Fresh[] fresh,
                              java.util.Set<String> touched, List<String>[] touchedBuckets, SearchIndex.Previous previous,
                              IndexState prev, SearchIndex.Layout layout,
                              ShardTerms.Written[] shardFiles,
                              PositionsFile.Written[] positionFiles,
                              int[] termsPerShard) {
        int firstBucket = s * SearchIndex.MAX_SHARDS / shards;
        int endBucket = (s + 1) * SearchIndex.MAX_SHARDS / shards;
        if (touched != null) {
            boolean any = false;
            for (int b = firstBucket; b < endBucket && !any; b++) {
                any = touchedBuckets[b] != null;
            }
            if (!any) {
                return; // no term here changes: the shard is not even read
            }
        }
        // the changed articles' terms in this shard, by term, each term's articles in order
        TreeMap<String, List<Posting>> incoming = new TreeMap<>();
        for (Fresh f : fresh) {
            long[] t = f.terms();
            int i = Arrays.binarySearch(t, (long) firstBucket << SearchIndex.SHARD_SHIFT);
            for (i = i >= 0 ? i : -i - 1; i < t.length && (t[i] >>> SearchIndex.SHARD_SHIFT) < endBucket; i++) {
                if (touched != null && !touched.contains(f.names()[i])) {
                    continue;
                }
                incoming.computeIfAbsent(f.names()[i], k -> new ArrayList<>(1))
                        .add(new Posting(f.doc(), (int) (t[i] & SearchIndex.WEIGHT_MASK), f.positions()[i]));
            }
        }
        byte[] shardFile = read(previous, ShardTerms.path(s));
        List<byte[]> own = new ArrayList<>();
        for (int j = 0; prev.files().containsKey(ShardTerms.path(s, j)); j++) {
            own.add(read(previous, ShardTerms.path(s, j)));
        }
        if (touched == null && incoming.isEmpty() && !ShardFile.anyListsAny(shardFile, changed)
                && own.stream().noneMatch(f -> OwnPostings.listsAny(f, changed))) {
            return; // no changed article has or had a term here: the shard, its terms' count and positions stay
        }
        TreeMap<String, String> terms = ShardTerms.read(shardFile, j -> j < own.size() ? own.get(j) : null,
                j -> prev.files().containsKey(ShardTerms.tiersPath(s, j)) ? read(previous, ShardTerms.tiersPath(s, j)) : null);
        // the pairs whose positions change: the articles they were listed for before
        Map<String, int[]> pairs = new TreeMap<>();
        boolean modified = false;
        for (String term : touched != null ? touchedIn(touchedBuckets, firstBucket, endBucket, terms)
                : new ArrayList<>(terms.keySet())) {
            String was = terms.get(term);
            List<Posting> in = incoming.remove(term);
            if (in == null && !ShardFile.listsAny(was, changed)) {
                continue;
            }
            boolean pair = TermKeys.isPair(term);
            IntList old = pair ? new IntList() : null;
            String now = merge(was, in, changed, old);
            if (now.isEmpty()) {
                terms.remove(term);
            } else {
                terms.put(term, now);
            }
            modified |= !now.equals(was);
            if (pair) {
                pairs.put(term, old.toArray());
                incoming.put(term, in == null ? List.of() : in); // kept for the positions
            }
        }
        for (Map.Entry<String, List<Posting>> e : incoming.entrySet()) {
            if (pairs.containsKey(e.getKey())) {
                continue;
            }
            terms.put(e.getKey(), merge("", e.getValue(), changed, null));
            modified = true;
            if (TermKeys.isPair(e.getKey())) {
                pairs.put(e.getKey(), new int[0]);
            }
        }
        termsPerShard[s] = terms.size();
        shardFiles[s] = modified ? ShardTerms.write(terms, layout.ownPostings(), layout.firstTier()) : null;
        if (pairs.isEmpty()) {
            return;
        }
        Map<Integer, List<String>> byFile = new TreeMap<>();
        for (String term : pairs.keySet()) {
            byFile.computeIfAbsent(Terms.shard(term, positionShards), k -> new ArrayList<>()).add(term);
        }
        for (Map.Entry<Integer, List<String>> file : byFile.entrySet()) {
            String positionsPath = SearchIndex.FOLDER + "positions/" + file.getKey();
            // the pairs that change are read whole; the others' chunks are copied as they are
            PositionsFile.Read was = PositionsFile.read(read(previous, positionsPath + ".json"),
                    prev.files().containsKey(positionsPath + ".bin") ? read(previous, positionsPath + ".bin") : null);
            TreeMap<String, String> positions = new TreeMap<>(was.values());
            boolean changedFile = false;
            for (String term : file.getValue()) {
                String before = was.whole(term);
                String after = positions(before, pairs.get(term), incoming.get(term), changed);
                if (after == null) {
                    positions.remove(term);
                } else {
                    positions.put(term, after);
                }
                changedFile |= !java.util.Objects.equals(before, after);
            }
            positionFiles[file.getKey()] = changedFile
                    ? PositionsFile.write(positions, was.chunks(), layout.splitPositions(), layout.chunk()) : null;
        }
    }

    /** The terms of the shard of buckets {@code from} to {@code to} (exclusive) that change and it holds, in order. */
    private static List<String> touchedIn(List<String>[] buckets, int from, int to, TreeMap<String, String> terms) {
        List<String> out = new ArrayList<>();
        for (int b = from; b < to; b++) {
            if (buckets[b] != null) {
                for (String t : buckets[b]) {
                    if (terms.containsKey(t)) {
                        out.add(t);
                    }
                }
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * A term's postings: the old ones ({@code was}) without the changed articles, with the changed articles' new
     * ones; {@code oldDocs}, when not null, gets the articles {@code was} listed.
     */
    private static String merge(String was, List<Posting> in, int[] changed, IntList oldDocs) {
        List<Posting> fresh = in == null ? List.of() : in;
        int[] docs = new int[fresh.size()];
        int[] weights = new int[fresh.size()];
        for (int k = 0; k < docs.length; k++) {
            docs[k] = fresh.get(k).doc();
            weights[k] = fresh.get(k).weight();
        }
        return Postings.splice(was, changed, docs, weights, oldDocs == null ? null : oldDocs::add);
    }

    /** A growing list of ints. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /**
     * A pair's positions, one block per article of its postings in order: the old blocks of the articles that did
     * not change, the new blocks of those that did; null when no article has the pair any more.
     */
    private static String positions(String before, int[] oldDocs, List<Posting> in, int[] changed) {
        byte[] old = before == null ? new byte[0] : before.getBytes(StandardCharsets.US_ASCII);
        StringBuilder out = new StringBuilder(old.length + 64);
        int at = 0;
        int k = 0;
        for (int doc : oldDocs) {
            int next = SearchIndex.skipBlock(old, at);
            while (k < in.size() && in.get(k).doc() < doc) {
                out.append(in.get(k++).positions());
            }
            if (Arrays.binarySearch(changed, doc) < 0) {
                out.append(before, at, next);
            }
            at = next;
        }
        while (k < in.size()) {
            out.append(in.get(k++).positions());
        }
        return out.length() == 0 ? null : out.toString();
    }
}
