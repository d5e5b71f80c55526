package yearbook.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;

import yearbook.region.Region;
import yearbook.site.Page;
import yearbook.site.SiteModel;
import yearbook.site.ThemeNode;
import yearbook.site.Volume;
import yearbook.text.Json;
import yearbook.theme.Theme;

/**
 * The site's full-text search index, made at build time for {@code search.js}. What a first query downloads
 * does not grow with the number of articles: nothing lists every article. Files, under {@code search/}:
 * <ul>
 * <li>{@code index.json}: the counts (articles, shards, articles per details file), the regions with
 * articles (codes, names, parents, how many articles are in or below each, as four lists), the themes and the volumes (with
 * their counts): what the filters offer; and the terms whose postings are in a file of their own;</li>
 * <li>{@code shards/<n>.json}: the postings of the terms (see {@link Terms}) whose hash falls in shard n, as
 * {@link Postings} text; besides the words, every article is listed under its regions ({@code #r:150000}),
 * themes ({@code #t:ideology}) and volume ({@code #v:2019}), so filters are answered from postings too; a
 * term found in very many articles has its postings in files of their own (see {@link ShardTerms}):
 * {@code shards/<n>-<j>.json}, its articles and the highest of its weights, and {@code shards/<n>-<j>.bin}, the
 * rest of its weights in tiers, each fetched by its byte range only when the results shown need it (see
 * {@link OwnPostings});</li>
 * <li>{@code positions/<n>.json}: for the character pairs whose hash falls in positions shard n (of
 * {@code positionShards}, as many as the postings' shards or more, up to {@link #MAX_SHARDS}), where in each article of its postings
 * the pair occurs (see {@link #positions}), so a query of three characters or more matches them in
 * sequence, not only their presence; the positions of a pair found in very many articles are in
 * {@code positions/<n>.bin} instead, in chunks fetched by their byte range (see {@link PositionsFile});</li>
 * <li>{@code docs/<k>.json}: the details of articles {@code k * perFile} to {@code (k + 1) * perFile - 1}
 * (address, title, region, volume, year, themes, where its text and its text's head are), fetched for the results shown;</li>
 * <li>{@code text/<p>.bin}: the articles' plain texts, each compressed on its own (zlib) in two parts, its head
 * and the rest (see {@link PackedText}), packed one after another into files of about {@link #PACK_TARGET} bytes;
 * a result's head is fetched by its byte range, and the rest only when its snippet is not in the head.</li>
 * </ul>
 * Articles are numbered newest volume first, then in site order, so that the number itself is the last
 * ranking key (as the site's order within a volume).
 */
public final class SearchIndex {
    public static final String FOLDER = "search/";
    /** About this many characters of postings per shard (before compression). */
    static final int SHARD_TARGET = 32_000;
    static final int MAX_SHARDS = Terms.MAX_SHARDS;
    /** Shards written by one pass over the articles. */
    private static final int SHARD_GROUPS = 32;
    /** Longer article texts are cut for snippets (the index still covers all of it). */
    static final int TEXT_LIMIT = 20_000;
    /**
     * Articles per details file. The results of a query are spread over the archive, so each result shown costs a
     * file of its own: 16 to a file is about 0.7 KB gzipped a result (32 was 1.4 KB), for one file per 16 articles.
     */
    static final int DOCS_PER_FILE = 16;
    /** Bytes of compressed texts per pack file, about. */
    static final int PACK_TARGET = 4 << 20;
    /** Positions are counted up to here (in UTF-16 units of the article's indexed text). */
    private static final int POSITION_LIMIT = 1 << 26;

    private final Map<String, byte[]> files;
    private final List<String> kept;
    private final IndexState state;

    private SearchIndex(Map<String, byte[]> files, List<String> kept, IndexState state) {
        this.files = files;
        this.kept = kept;
        this.state = state;
    }

    public int positionShardCount() {
        return state.positionShards();
    }

    /** The files made, by their path in the site, in path order: every file, unless made from a previous index. */
    public Map<String, byte[]> files() {
        return files;
    }

    /** The files of the previous index that are part of this one as they are (see {@link #of(SiteModel, Previous)}). */
    public List<String> kept() {
        return kept;
    }

    /** The fingerprint of the bytes of the index's file at {@code sitePath}, made or kept. */
    public String fingerprint(String sitePath) {
        return state.files().get(sitePath);
    }

    /**
     * What the next build needs to bring this index up to date: see {@link Previous#state()}. Not for an index made
     * without a previous one to start from ({@code of(site, null)}, a build without the cache).
     */
    public byte[] state() {
        if (state.keys().length > 0 && state.keys()[0] == null) {
            throw new IllegalStateException("an index made without the build cache keeps no state");
        }
        return state.write();
    }

    public int shardCount() {
        return state.shards();
    }

    public int termCount() {
        return IntStream.of(state.termsPerShard()).sum();
    }

    /** What the previous build left of its index, for the next one to start from. */
    public interface Previous {
        /** What {@link SearchIndex#state()} gave when the previous index was made, or null. */
        byte[] state();

        /** Whether the previous site's file at {@code sitePath} is still the one written, with the fingerprint given. */
        boolean intact(String sitePath, String fingerprint);

        /** The bytes of the previous site's file at {@code sitePath}, or null when it cannot be read. */
        byte[] read(String sitePath);

        /**
         * The article of {@code now} with the body the previous build rendered for it, when its body was rendered
         * again (else null): what the previous index may have been made from. It is taken as such only when its
         * fingerprint is the one the previous index recorded for the article.
         */
        default Page before(Page now) {
            return null;
        }
    }

    /**
     * One article's terms as sorted numbers: bucket (12 bits, see {@link Terms#shard}), term key (38 bits, see
     * {@link TermKeys}) and weight (9 bits: occurrences, capped, times two, plus one when in the title), so that
     * each shard's terms are a contiguous run whatever the number of shards; and the positions of its pairs,
     * in the same order, as {@link #positions} text, with where each 128 buckets' positions start; and its text
     * for snippets, already compressed, so that the index of a large archive does not hold every text at once.
     */
    record DocTerms(PackedText text, long[] terms, byte[] positions, int[] positionStarts) {
        int from(int bucket) {
            int i = Arrays.binarySearch(terms, (long) bucket << SHARD_SHIFT);
            return i >= 0 ? i : -i - 1;
        }
    }

    static final int KEY_SHIFT = 9;
    static final int SHARD_SHIFT = 47;
    static final int BUCKETS_PER_START = 128;
    static final long WEIGHT_MASK = (1L << KEY_SHIFT) - 1;
    static final long KEY_MASK = (1L << (SHARD_SHIFT - KEY_SHIFT)) - 1;

    public static SearchIndex of(SiteModel site) {
        return of(site, null, true, Layout.DEFAULT);
    }

    /**
     * The index of the site. Given the previous build's index, only the articles whose fingerprint changed are
     * read again and only the files they touch are made; the rest of the previous index is {@link #kept()}. The
     * files are the same as those made from nothing. When the articles or their order changed, or the index's
     * shape would (the number of shards), it is made from nothing. {@code previous} is null for a build without the
     * cache: then no state is kept for a next build.
     */
    public static SearchIndex of(SiteModel site, Previous previous) {
        return of(site, previous, previous != null, Layout.DEFAULT);
    }

    /** As above, keeping its state, with other sizes for the lists in files of their own (for tests). */
    static SearchIndex of(SiteModel site, Previous previous, Layout layout) {
        return of(site, previous, true, layout);
    }

    /**
     * When a term's postings go to a file of their own ({@link ShardTerms}), and a pair's positions into chunks, of
     * what size ({@link PositionsFile}): in characters; and how many entries the first tier of weights of a list of
     * its own holds ({@link OwnPostings}).
     */
    record Layout(int ownPostings, int splitPositions, int chunk, int firstTier) {
        static final Layout DEFAULT = new Layout(ShardTerms.OWN, PositionsFile.SPLIT, PositionsFile.CHUNK);

        Layout(int ownPostings, int splitPositions, int chunk) {
            this(ownPostings, splitPositions, chunk, OwnPostings.FIRST);
        }
    }

    /** As above; without {@code keepState}, the articles' fingerprints are not taken and {@link #state()} fails. */
    private static SearchIndex of(SiteModel site, Previous previous, boolean keepState, Layout layout) {
        List<Page> pages = numbered(site.searched());
        String[] urls = new String[pages.size()];
        String[] keys = new String[pages.size()];
        IntStream.range(0, urls.length).parallel().forEach(i -> {
            urls[i] = pages.get(i).url();
            keys[i] = keepState ? docKey(pages.get(i)) : null;
        });
        String global = globalKey(site);
        if (previous != null) {
            IndexState state = IndexState.read(previous.state());
            SearchIndex updated;
            try {
                updated = state == null ? null : IndexUpdate.of(new Made(site, pages, urls, keys, global, layout), state, previous);
            } catch (RuntimeException damaged) {
                updated = null; // a previous file that does not read as one of the index's (changed by hand)
            }
            if (updated != null) {
                return updated;
            }
        }
        return full(new Made(site, pages, urls, keys, global, layout));
    }

    /** What an index is made from: the site, its articles in index order with their addresses and fingerprints. */
    record Made(SiteModel site, List<Page> pages, String[] urls, String[] keys, String global, Layout layout) {
    }

    /**
     * The fingerprint of everything an article gives the index: its text, the facts listed with it, its regions,
     * themes, volume and address.
     */
    static String docKey(Page p) {
        var a = p.article();
        String body = p.htmlStamp();
        StringBuilder sb = new StringBuilder(body.length() + 256);
        for (String s : new String[] {p.url(), a.title(), a.subtitle(), a.kicker(), a.organization(),
                a.source() == null ? null : a.source().name(), a.region() == null ? null : a.region().code()}) {
            sb.append(s == null ? "\0" : s).append('\u0001');
        }
        sb.append(a.volume()).append('\u0001').append(a.year()).append('\u0001');
        p.chain().forEach(r -> sb.append(r.code()).append('\u0002').append(r.name()).append('\u0002')
                .append(r.parentCode()).append('\u0001'));
        a.themes().forEach(t -> sb.append(t.id()).append('\u0002').append(t.name()).append('\u0001'));
        a.authors().forEach(s -> sb.append(s).append('\u0001'));
        sb.append('\u0003').append(body);
        return yearbook.fingerprint.Fingerprint.ofBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The fingerprint of what every file depends on besides the articles: the themes, volumes and base path. */
    private static String globalKey(SiteModel site) {
        StringBuilder sb = new StringBuilder(site.settings().basePath()).append('\u0001');
        site.themes().forEach(t -> sb.append(t.theme().id()).append('\u0002').append(t.theme().name()).append('\u0001'));
        site.volumes().forEach(v -> sb.append(v.number()).append('\u0002').append(v.name()).append('\u0001'));
        return yearbook.fingerprint.Fingerprint.ofBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The number of shards for this many characters of postings or positions: a power of two, up to {@link #MAX_SHARDS}. */
    static int shardsFor(long total, int from, int perShard) {
        int shards = from;
        while (shards < MAX_SHARDS && total / shards > perShard) {
            shards *= 2;
        }
        return shards;
    }

    /** Articles per text pack: a power of two such that a pack holds about {@link #PACK_TARGET} bytes. */
    static int perPack(int[] textBytes) {
        long total = 0;
        for (int b : textBytes) {
            total += b;
        }
        int per = 1;
        while (per < textBytes.length && (long) per * 2 * total <= (long) PACK_TARGET * textBytes.length) {
            per *= 2;
        }
        return per;
    }

    /** Makes the index from nothing. */
    private static SearchIndex full(Made made) {
        try (TermStore store = TermStore.create()) {
            return full(made, store);
        }
    }

    /**
     * Makes the index from nothing, each article's terms and positions kept in {@code store} between counting them
     * and putting them in their shards, so that the heap holds no more than one group of shards' worth of them.
     */
    private static SearchIndex full(Made made, TermStore store) {
        List<Page> pages = made.pages();
        TermKeys keys = new TermKeys();
        TermStore.Stored[] docs = new TermStore.Stored[pages.size()];
        PackedText[] compressed = new PackedText[docs.length];
        IntStream.range(0, docs.length).parallel().forEach(i -> {
            DocTerms counted = count(pages.get(i), keys);
            docs[i] = store.put(counted);
            compressed[i] = counted.text();
        });
        store.seal();
        int[] termCounts = new int[docs.length];
        int[] positionBytes = new int[docs.length];
        long postingsTotal = 0;
        long positionsTotal = 0;
        for (int i = 0; i < docs.length; i++) {
            termCounts[i] = docs[i].terms();
            positionBytes[i] = docs[i].positions();
            postingsTotal += termCounts[i];
            positionsTotal += positionBytes[i];
        }
        int shards = shardsFor(postingsTotal * 2, 1, SHARD_TARGET);
        int shardCount = shards;
        int positionShards = shardsFor(positionsTotal, shards, SHARD_TARGET);
        int positionShardCount = positionShards;

        // Shards are written in groups: one pass over the articles per group, each article's terms of the
        // group's shards being one contiguous run, read from the store.
        ShardTerms.Written[] shardFiles = new ShardTerms.Written[shards];
        PositionsFile.Written[] positionFiles = new PositionsFile.Written[positionShards];
        int[] termsPerShard = new int[shards];
        int groups = Math.min(shards, SHARD_GROUPS);
        IntStream.range(0, groups).parallel().forEach(g -> {
            int first = g * shardCount / groups;
            int end = (g + 1) * shardCount / groups;
            int firstBucket = first * MAX_SHARDS / shardCount;
            int endBucket = end * MAX_SHARDS / shardCount;
            // groups begin and end where the articles' runs are marked (SHARD_GROUPS divides the starts)
            int firstStart = firstBucket / BUCKETS_PER_START;
            int endStart = endBucket / BUCKETS_PER_START;
            LongIndex ids = new LongIndex(1024);
            List<Postings> postings = new ArrayList<>();
            List<StringBuilder> positions = new ArrayList<>();
            long[] run = new long[64];
            byte[] pos = new byte[256];
            for (int d = 0; d < docs.length; d++) {
                TermStore.Stored doc = docs[d];
                int from = doc.termStarts()[firstStart];
                int to = doc.termStarts()[endStart];
                int posFrom = doc.positionStarts()[firstStart];
                int posTo = doc.positionStarts()[endStart];
                if (run.length < to - from) {
                    run = new long[Math.max(to - from, run.length * 2)];
                }
                if (pos.length < posTo - posFrom) {
                    pos = new byte[Math.max(posTo - posFrom, pos.length * 2)];
                }
                store.terms(doc, from, to, run);
                store.positions(doc, posFrom, posTo, pos);
                int at = 0;
                for (int i = 0; i < to - from; i++) {
                    long key = (run[i] >>> KEY_SHIFT) & KEY_MASK;
                    int id = ids.id(key);
                    if (id == postings.size()) {
                        postings.add(new Postings());
                        positions.add(TermKeys.isPair(key) ? new StringBuilder() : null);
                    }
                    int weight = (int) (run[i] & WEIGHT_MASK);
                    postings.get(id).add(d, weight >> 1, (weight & 1) == 1);
                    if (TermKeys.isPair(key)) {
                        int next = skipBlock(pos, at);
                        StringBuilder sb = positions.get(id);
                        for (int k = at; k < next; k++) {
                            sb.append((char) pos[k]);
                        }
                        at = next;
                    }
                }
            }
            List<TreeMap<String, String>> byShard = new ArrayList<>();
            for (int s = first; s < end; s++) {
                byShard.add(new TreeMap<>());
            }
            int perShard = positionShardCount / shardCount;
            List<TreeMap<String, String>> pairs = new ArrayList<>();
            for (int k = 0; k < (end - first) * perShard; k++) {
                pairs.add(new TreeMap<>());
            }
            for (int id = 0; id < ids.size(); id++) {
                long key = ids.key(id);
                int bucket = keys.bucket(key);
                String term = keys.term(key);
                byShard.get(Terms.shardOfBucket(bucket, shardCount) - first).put(term, postings.get(id).text());
                postings.set(id, null);
                if (positions.get(id) != null) {
                    pairs.get(Terms.shardOfBucket(bucket, positionShardCount) - first * perShard)
                            .put(term, positions.get(id).toString());
                    positions.set(id, null);
                }
            }
            for (int s = first; s < end; s++) {
                TreeMap<String, String> terms = byShard.get(s - first);
                shardFiles[s] = ShardTerms.write(terms, made.layout().ownPostings(), made.layout().firstTier());
                termsPerShard[s] = terms.size();
                byShard.set(s - first, null);
                for (int k = s * perShard; k < (s + 1) * perShard; k++) {
                    positionFiles[k] = PositionsFile.write(pairs.get(k - first * perShard), made.layout().splitPositions(),
                            made.layout().chunk());
                    pairs.set(k - first * perShard, null);
                }
            }
        });
        int[] textBytes = new int[docs.length];
        int[] headBytes = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            textBytes[i] = compressed[i].bytes().length;
            headBytes[i] = compressed[i].head();
        }
        return assemble(made, null, new Shape(shards, positionShards, termsPerShard, termCounts, positionBytes,
                textBytes, headBytes, perPack(textBytes)), shardFiles, positionFiles, p -> true, i -> compressed[i].bytes());
    }

    /** The shape of an index: shard counts, each shard's terms, each article's sizes, articles per pack. */
    record Shape(int shards, int positionShards, int[] termsPerShard, int[] termCounts, int[] positionBytes,
                 int[] textBytes, int[] headBytes, int perPack) {
    }

    /**
     * Puts an index together from its shards and texts, and makes the files that list the articles: the details
     * files and {@code index.json}. A shard or positions file that is null is the previous index's (with its terms'
     * own files or its chunks file, if it had them); a text pack is made when {@code makePack} says so (from each article's compressed text,
     * {@code text}), else it is the previous index's. A details file or {@code index.json} whose bytes are the previous one's is kept.
     */
    static SearchIndex assemble(Made made, IndexState previous, Shape shape, ShardTerms.Written[] shardFiles,
                                PositionsFile.Written[] positionFiles,
                                java.util.function.IntPredicate makePack, java.util.function.IntFunction<byte[]> text) {
        List<Page> pages = made.pages();
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, String> hashes = new TreeMap<>();
        List<String> kept = new ArrayList<>();
        List<String> digest = new ArrayList<>(); // each file's hash, in order: the index's version
        java.util.function.BiConsumer<String, byte[]> put = (path, bytes) -> {
            String hash = bytes == null ? previous.files().get(path) : yearbook.fingerprint.Fingerprint.ofBytes(bytes);
            if (bytes == null || (previous != null && hash.equals(previous.files().get(path)))) {
                kept.add(path);
            } else {
                files.put(path, bytes);
            }
            hashes.put(path, hash);
            digest.add(hash);
        };
        String[][] ownTerms = new String[shape.shards()][];
        for (int s = 0; s < shape.shards(); s++) {
            ShardTerms.Written written = shardFiles[s];
            ownTerms[s] = written == null ? previous.ownTerms()[s] : written.names().toArray(String[]::new);
            put.accept(ShardTerms.path(s), written == null ? null : written.json());
            if (written == null) {
                for (int j = 0; previous.files().containsKey(ShardTerms.path(s, j)); j++) {
                    put.accept(ShardTerms.path(s, j), null);
                    if (previous.files().containsKey(ShardTerms.tiersPath(s, j))) {
                        put.accept(ShardTerms.tiersPath(s, j), null);
                    }
                }
            } else {
                for (int j = 0; j < written.terms().size(); j++) {
                    put.accept(ShardTerms.path(s, j), written.terms().get(j));
                    if (written.tiers().get(j).length > 0) {
                        put.accept(ShardTerms.tiersPath(s, j), written.tiers().get(j));
                    }
                }
            }
        }
        for (int s = 0; s < shape.positionShards(); s++) {
            PositionsFile.Written written = positionFiles[s];
            String chunks = FOLDER + "positions/" + s + ".bin";
            put.accept(FOLDER + "positions/" + s + ".json", written == null ? null : written.json());
            if (written == null ? previous.files().containsKey(chunks) : written.chunks() != null) {
                put.accept(chunks, written == null ? null : written.chunks());
            }
        }
        int n = pages.size();
        int perPack = shape.perPack();
        long[] textRefs = new long[n];
        for (int p = 0; p * perPack < n; p++) {
            int from = p * perPack;
            int to = Math.min(n, from + perPack);
            int offset = 0;
            for (int i = from; i < to; i++) {
                textRefs[i] = (long) p << 32 | offset;
                offset += shape.textBytes()[i];
            }
            byte[] pack = null;
            if (makePack.test(p)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(offset);
                for (int i = from; i < to; i++) {
                    out.writeBytes(text.apply(i));
                }
                pack = out.toByteArray();
            }
            put.accept(FOLDER + "text/" + p + ".bin", pack);
        }
        Catalogue catalogue = catalogue(made.site(), pages);
        // the details files made on all processors (every article's, in each build), then put in their order
        byte[][] details = java.util.stream.IntStream.range(0, (n + DOCS_PER_FILE - 1) / DOCS_PER_FILE).parallel()
                .mapToObj(k -> {
                    StringBuilder sb = new StringBuilder("[");
                    for (int i = k * DOCS_PER_FILE; i < Math.min(n, (k + 1) * DOCS_PER_FILE); i++) {
                        if (sb.length() > 1) {
                            sb.append(",\n");
                        }
                        catalogue.details(sb, pages.get(i), made.site().settings().basePath());
                        sb.append(',').append(textRefs[i] >>> 32).append(',').append((int) textRefs[i]).append(',')
                                .append(shape.textBytes()[i]).append(',').append(shape.headBytes()[i]).append(']');
                    }
                    return sb.append(']').toString().getBytes(StandardCharsets.UTF_8);
                })
                .toArray(byte[][]::new);
        for (int k = 0; k < details.length; k++) {
            put.accept(FOLDER + "docs/" + k + ".json", details[k]);
        }
        String meta = catalogue.json(n, shape.shards(), shape.positionShards(), ownTerms);
        digest.add(meta);
        String version = yearbook.fingerprint.Fingerprint.once(digest).substring(0, 12);
        String index = "{\"version\":\"" + version + "\"," + meta.substring(1);
        put.accept(FOLDER + "index.json", index.getBytes(StandardCharsets.UTF_8));
        return new SearchIndex(files, kept, new IndexState(made.global(), made.urls(), made.keys(), shape.termCounts(),
                shape.positionBytes(), shape.textBytes(), shape.headBytes(), shape.shards(), shape.positionShards(), perPack,
                shape.termsPerShard(), ownTerms, hashes));
    }

    /** The articles in index order: newest volume first, then in site order. */
    static List<Page> numbered(List<Page> pages) {
        // each volume's articles in site order, the volumes newest first: what a stable sort by volume gives
        TreeMap<Integer, List<Page>> byVolume = new TreeMap<>(Comparator.reverseOrder());
        for (Page p : pages) {
            byVolume.computeIfAbsent(p.article().volume(), v -> new ArrayList<>()).add(p);
        }
        List<Page> out = new ArrayList<>(pages.size());
        byVolume.values().forEach(out::addAll);
        return out;
    }

    /** A shard's terms and their postings (or positions), in term order, as JSON. */
    static byte[] json(Map<String, String> byTerm) {
        // Written as UTF-8 entry by entry: in one string, the first Chinese term made every list after it two bytes a
        // character, copied one at a time. A value is a list in Postings' digits, ASCII that JSON carries as it is
        // (the same bytes as escaping it would give); any other is escaped.
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
        StringBuilder sb = new StringBuilder();
        out.write('{');
        for (Map.Entry<String, String> e : byTerm.entrySet()) {
            if (out.size() > 1) {
                out.write(',');
            }
            sb.setLength(0);
            Json.string(sb, e.getKey());
            sb.append(':');
            String value = e.getValue();
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            if (bytes.length == value.length() && Json.plain(bytes)) {
                out.writeBytes(sb.append('"').toString().getBytes(StandardCharsets.UTF_8));
                out.writeBytes(bytes);
                out.write('"');
            } else {
                Json.string(sb, value);
                out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        out.write('}');
        return out.toByteArray();
    }

    /**
     * The facet terms an article is listed under, besides its words: each of its regions (the chain), its
     * themes and its volume. They cannot collide with words: a word has no {@code #}.
     */
    static List<String> facets(Page p) {
        List<String> out = new ArrayList<>();
        p.chain().forEach(r -> out.add("#r:" + r.code()));
        p.article().themes().forEach(t -> out.add("#t:" + t.id()));
        out.add("#v:" + p.article().volume());
        return out;
    }

    /** Counts an article's terms: its title (marked as such), the facts listed with it, and its text. */
    static DocTerms count(Page p, TermKeys keys) {
        var a = p.article();
        String text = Jsoup.parseBodyFragment(p.html()).text();
        Scratch scratch = SCRATCH.get();
        TermCounts counts = scratch.counts;
        counts.clear(64 + text.length() / 2);
        Terms.visit(a.title(), visitor(keys, counts::markTitle, null));
        StringBuilder fields = new StringBuilder(a.title());
        for (String s : new String[] {a.subtitle(), a.kicker(), a.organization(),
                a.source() == null ? null : a.source().name()}) {
            if (s != null) {
                fields.append('\n').append(s);
            }
        }
        p.chain().forEach(r -> fields.append('\n').append(r.name()));
        a.themes().forEach(t -> fields.append('\n').append(t.name()));
        a.authors().forEach(s -> fields.append('\n').append(s));
        fields.append('\n').append(text);
        LongList pairs = scratch.pairs;
        pairs.clear();
        Terms.visit(fields.toString(), visitor(keys, counts::add, pairs));
        facets(p).forEach(f -> counts.add(keys.other(f)));
        long[] terms = counts.weighted();
        for (int i = 0; i < terms.length; i++) {
            terms[i] |= (long) keys.bucket(terms[i] >>> KEY_SHIFT) << SHARD_SHIFT;
        }
        inOrder(terms, scratch.bucketStarts);
        // each pair's positions, grouped by the pair's number in counts in one pass (they were added in the order of
        // the text, so each group is in order): where group i starts in grouped
        int[] grouped = pairs.grouped(counts.size());
        int[] firsts = pairs.firsts();
        AsciiBytes positions = scratch.positions;
        positions.clear();
        int[] starts = new int[MAX_SHARDS / BUCKETS_PER_START + 1];
        int nextStart = 0;
        for (long term : terms) {
            int bucket = (int) (term >>> SHARD_SHIFT);
            while (nextStart <= bucket / BUCKETS_PER_START) {
                starts[nextStart++] = positions.size;
            }
            long key = (term >>> KEY_SHIFT) & KEY_MASK;
            if (TermKeys.isPair(key)) {
                int id = counts.find(key);
                positions(positions, grouped, firsts[id], firsts[id + 1]);
            }
        }
        while (nextStart < starts.length) {
            starts[nextStart++] = positions.size;
        }
        return new DocTerms(PackedText.of(cut(text)), terms, positions.toArray(), starts);
    }

    /**
     * Sorts an article's terms ({@link DocTerms#terms}) as {@link Arrays#sort(long[])} does, by a count of each
     * bucket (the top bits) then each bucket's few terms among themselves: an article's terms are spread over
     * thousands of buckets, a handful in each, and the general sort was a tenth of a full build's index.
     * {@code starts} has a place for each bucket and one more; what it held is overwritten.
     */
    static void inOrder(long[] terms, int[] starts) {
        Arrays.fill(starts, 0);
        for (long t : terms) {
            starts[(int) (t >>> SHARD_SHIFT) + 1]++;
        }
        for (int b = 0; b < MAX_SHARDS; b++) {
            starts[b + 1] += starts[b];
        }
        long[] copy = terms.clone();
        for (long t : copy) {
            terms[starts[(int) (t >>> SHARD_SHIFT)]++] = t;
        }
        // starts[b] is now where bucket b ends
        int from = 0;
        for (int b = 0; b < MAX_SHARDS; b++) {
            int to = starts[b];
            if (to - from > 32) {
                Arrays.sort(terms, from, to);
            } else {
                for (int i = from + 1; i < to; i++) {
                    long t = terms[i];
                    int j = i - 1;
                    while (j >= from && terms[j] > t) {
                        terms[j + 1] = terms[j];
                        j--;
                    }
                    terms[j + 1] = t;
                }
            }
            from = to;
        }
    }

    private static final int POSITION_BITS = 26;

    /**
     * Writes one pair's positions in one article ({@code from} to {@code to} of its positions in order):
     * how many, the first, then each one's distance from the one before, less one; numbers as in {@link Postings}.
     */
    static void positions(AsciiBytes out, int[] grouped, int from, int to) {
        byte[] b = out.room((to - from + 1) * Postings.MAX_DIGITS);
        int at = Postings.write(b, out.size, to - from);
        int previous = -1;
        for (int i = from; i < to; i++) {
            int position = grouped[i];
            at = Postings.write(b, at, previous < 0 ? position : position - previous - 1);
            previous = position;
        }
        out.size = at;
    }

    /** Bytes written one after another into an array that grows, kept from one article to the next. */
    static final class AsciiBytes {
        private byte[] bytes = new byte[1 << 14];
        int size;

        /** The array, with room for {@code more} bytes after {@link #size}. */
        byte[] room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
            return bytes;
        }

        /** Empties it; one grown past a few megabytes by a very long article is made small again. */
        void clear() {
            if (bytes.length > 1 << 22) {
                bytes = new byte[1 << 14];
            }
            size = 0;
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    /** The index after one pair's positions that start at {@code at}. */
    static int skipBlock(byte[] pos, int at) {
        int numbers = -1;
        int count = 0;
        int value = 0;
        int i = at;
        while (numbers != 0) {
            int d = Postings.digit(pos[i++]);
            value = value * 32 + (d & 31);
            if (d < 32) {
                if (numbers < 0) {
                    count = value;
                    numbers = count;
                } else {
                    numbers--;
                }
                value = 0;
            }
        }
        return i;
    }

    /** Reads one article's positions of a pair back, from a positions string at {@code at}: the positions and the index after them. */
    static int[][] readPositions(String s, int at) {
        int[] read = Postings.read(s, at);
        int[] out = new int[read[0]];
        int i = read[1];
        int previous = -1;
        for (int k = 0; k < out.length; k++) {
            read = Postings.read(s, i);
            i = read[1];
            out[k] = previous < 0 ? read[0] : previous + read[0] + 1;
            previous = out[k];
        }
        return new int[][] {out, {i}};
    }

    /** The text cut to {@link #TEXT_LIMIT} characters, never between the two halves of one outside the BMP. */
    static String cut(String text) {
        if (text.length() <= TEXT_LIMIT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(TEXT_LIMIT - 1)) ? TEXT_LIMIT - 1 : TEXT_LIMIT;
        return text.substring(0, end);
    }

    /**
     * What counting an article's terms works in, kept by each thread from one article to the next rather than made
     * again for each: none of it outlives the count.
     */
    private static final class Scratch {
        final TermCounts counts = new TermCounts(1024);
        final LongList pairs = new LongList(4096);
        final int[] bucketStarts = new int[MAX_SHARDS + 1];
        final AsciiBytes positions = new AsciiBytes();
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** A growing list of longs: each pair occurrence as {@code pair key << 26 | position}, in the text's order. */
    private static final class LongList {
        private long[] values;
        private int size;
        private int[] firsts;

        LongList(int expected) {
            values = new long[Math.max(16, expected)];
        }

        /** Empties the list; one grown past a million entries by a very long article is made small again. */
        void clear() {
            if (values.length > 1 << 20) {
                values = new long[4096];
            }
            size = 0;
            firsts = null;
        }

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        /**
         * The positions grouped by pair, each group in the order they were added: group i (the pair numbered i of
         * {@code numbers} terms, by {@link TermCounts}) from {@link #firsts()}[i] to [i + 1]. A counting sort: the
         * sort of all occurrences it replaces cost more (a full build of 10 000 articles takes 3 % less processor time).
         */
        int[] grouped(int numbers) {
            int[] starts = new int[numbers + 1];
            for (int i = 0; i < size; i++) {
                starts[(int) (values[i] >>> POSITION_BITS) + 1]++;
            }
            for (int i = 0; i < numbers; i++) {
                starts[i + 1] += starts[i];
            }
            int[] next = Arrays.copyOf(starts, numbers);
            int[] grouped = new int[size];
            for (int i = 0; i < size; i++) {
                grouped[next[(int) (values[i] >>> POSITION_BITS)]++] = (int) (values[i] & (POSITION_LIMIT - 1));
            }
            firsts = starts;
            return grouped;
        }

        /** Where each pair's group starts in {@link #grouped}, and the end of the last. */
        int[] firsts() {
            return firsts;
        }
    }

    /**
     * Gives every term of a text to {@code count} (which numbers it), and, when {@code pairs} is not null, adds each
     * pair's position to it with the pair's number, so that grouping them looks nothing up again.
     */
    private static Terms.Visitor visitor(TermKeys keys, java.util.function.LongToIntFunction count, LongList pairs) {
        return new Terms.Visitor() {
            @Override
            public void character(int cp) {
                count.applyAsInt(keys.character(cp));
            }

            @Override
            public void pair(int first, int second, int position) {
                long key = keys.pair(first, second);
                int number = count.applyAsInt(key);
                if (pairs != null && TermKeys.isPair(key) && position < POSITION_LIMIT) {
                    pairs.add((long) number << POSITION_BITS | position);
                }
            }

            @Override
            public void word(String word) {
                count.applyAsInt(keys.other(word));
            }
        };
    }

    /** The regions, themes and volumes with their counts, and how articles refer to them. */
    private record Catalogue(Map<String, Region> regions, Map<String, Integer> regionIndex, int[] regionCounts,
            List<ThemeNode> themes, Map<String, Integer> themeIndex, int[] themeCounts,
            List<Volume> volumes, Map<Integer, Integer> volumeCounts) {

        void details(StringBuilder sb, Page p, String base) {
            var a = p.article();
            sb.append('[');
            Json.string(sb, p.url().substring(base.length()));
            sb.append(',');
            Json.string(sb, a.title());
            sb.append(',').append(a.region() == null ? -1 : regionIndex.get(a.region().code())).append(',').append(a.volume()).append(',')
                    .append(a.year()).append(",[");
            boolean firstTheme = true;
            for (Theme t : a.themes()) {
                if (!firstTheme) {
                    sb.append(',');
                }
                firstTheme = false;
                sb.append(themeIndex.get(t.id()));
            }
            sb.append(']');
        }

        /**
         * The regions in order of their codes, as four lists: each code as the difference from the one before it
         * (codes are six digits), the names, each parent as how many places it comes before (0: none), and the
         * articles in or below each. A third less to download than a list of whole entries (at 3 338 regions, 23 KB
         * gzipped instead of 34 KB), for every first query.
         */
        private void regions(StringBuilder sb) {
            StringBuilder codes = new StringBuilder();
            StringBuilder names = new StringBuilder();
            StringBuilder parents = new StringBuilder();
            StringBuilder counts = new StringBuilder();
            int i = 0;
            int before = 0;
            for (Region r : regions.values()) {
                String sep = i == 0 ? "" : ",";
                int code = Integer.parseInt(r.code());
                codes.append(sep).append(code - before);
                before = code;
                names.append(sep);
                Json.string(names, r.name());
                Integer parent = r.parentCode() == null ? null : regionIndex.get(r.parentCode());
                parents.append(sep).append(parent == null ? 0 : i - parent);
                counts.append(sep).append(regionCounts[i]);
                i++;
            }
            sb.append("{\"codes\":[").append(codes).append("],\n\"names\":[").append(names)
                    .append("],\n\"parents\":[").append(parents).append("],\n\"counts\":[").append(counts).append("]}");
        }

        /**
         * index.json without its version. Its {@code own} lists the terms with a file of their own (see
         * {@link ShardTerms}): those of file {@code j} of their shard in its {@code j}th list, so that a query fetches
         * a common term's file at once, without the shard that names it.
         */
        String json(int docs, int shards, int positionShards, String[][] ownTerms) {
            StringBuilder sb = new StringBuilder("{\"shards\":").append(shards)
                    .append(",\"positionShards\":").append(positionShards).append(",\"docs\":").append(docs)
                    .append(",\"perFile\":").append(DOCS_PER_FILE).append(",\"regions\":");
            regions(sb);
            sb.append(",\"themes\":[");
            for (int t = 0; t < themes.size(); t++) {
                sb.append(t == 0 ? "[" : ",[");
                Json.string(sb, themes.get(t).theme().id());
                sb.append(',');
                Json.string(sb, themes.get(t).theme().name());
                sb.append(',').append(themeCounts[t]).append(']');
            }
            sb.append("],\"volumes\":[");
            boolean first = true;
            for (Volume v : volumes) {
                sb.append(first ? "[" : ",[");
                first = false;
                sb.append(v.number()).append(',');
                Json.string(sb, v.name());
                sb.append(',').append(volumeCounts.getOrDefault(v.number(), 0)).append(']');
            }
            List<TreeSet<String>> own = new ArrayList<>();
            for (String[] terms : ownTerms) {
                for (int j = 0; j < terms.length; j++) {
                    while (own.size() <= j) {
                        own.add(new TreeSet<>());
                    }
                    own.get(j).add(terms[j]);
                }
            }
            sb.append("],\"own\":[");
            for (int j = 0; j < own.size(); j++) {
                sb.append(j == 0 ? "\n[" : ",\n[");
                boolean firstTerm = true;
                for (String term : own.get(j)) {
                    if (!firstTerm) {
                        sb.append(',');
                    }
                    firstTerm = false;
                    Json.string(sb, term);
                }
                sb.append(']');
            }
            return sb.append("]}").toString();
        }
    }

    private static Catalogue catalogue(SiteModel site, List<Page> pages) {
        Map<String, Region> regions = new TreeMap<>();
        for (Page p : pages) {
            p.chain().forEach(r -> regions.put(r.code(), r));
        }
        Map<String, Integer> regionIndex = new HashMap<>();
        regions.keySet().forEach(code -> regionIndex.put(code, regionIndex.size()));
        int[] regionCounts = new int[regions.size()];
        Map<String, Integer> themeIndex = new HashMap<>();
        site.themes().forEach(t -> themeIndex.put(t.theme().id(), themeIndex.size()));
        int[] themeCounts = new int[themeIndex.size()];
        Map<Integer, Integer> volumeCounts = new HashMap<>();
        for (Page p : pages) {
            p.chain().forEach(r -> regionCounts[regionIndex.get(r.code())]++);
            p.article().themes().forEach(t -> themeCounts[themeIndex.get(t.id())]++);
            volumeCounts.merge(p.article().volume(), 1, Integer::sum);
        }
        return new Catalogue(regions, regionIndex, regionCounts, site.themes(), themeIndex, themeCounts,
                site.volumes(), volumeCounts);
    }
}
