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
import java.util.stream.IntStream;
import java.util.zip.Deflater;

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
 * articles (code, name, parent, how many articles are in or below it), the themes and the volumes (with
 * their counts): what the filters offer;</li>
 * <li>{@code shards/<n>.json}: the postings of the terms (see {@link Terms}) whose hash falls in shard n, as
 * {@link Postings} text; besides the words, every article is listed under its regions ({@code #r:150000}),
 * themes ({@code #t:ideology}) and volume ({@code #v:2019}), so filters are answered from postings too;</li>
 * <li>{@code positions/<n>.json}: for the character pairs whose hash falls in positions shard n (of
 * {@code positionShards}, as many as the postings' shards or more, up to {@link #MAX_SHARDS}), where in each article of its postings
 * the pair occurs (see {@link #positions}), so a query of three characters or more matches them in
 * sequence, not only their presence;</li>
 * <li>{@code docs/<k>.json}: the details of articles {@code k * perFile} to {@code (k + 1) * perFile - 1}
 * (address, title, region, volume, year, themes, where its text is), fetched for the results shown;</li>
 * <li>{@code text/<p>.bin}: the articles' plain texts, each compressed on its own (zlib), packed one after
 * another into files of about {@link #PACK_TARGET} bytes; a result's text is fetched by its byte range.</li>
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
    /** Articles per details file. */
    static final int DOCS_PER_FILE = 32;
    /** Bytes of compressed texts per pack file, about. */
    static final int PACK_TARGET = 4 << 20;
    /** Positions are counted up to here (in UTF-16 units of the article's indexed text). */
    private static final int POSITION_LIMIT = 1 << 26;

    private final Map<String, byte[]> files;
    private final int shards;
    private final int positionShards;
    private final int terms;

    private SearchIndex(Map<String, byte[]> files, int shards, int positionShards, int terms) {
        this.files = files;
        this.shards = shards;
        this.positionShards = positionShards;
        this.terms = terms;
    }

    public int positionShardCount() {
        return positionShards;
    }

    /** Files by their path in the site, in path order. */
    public Map<String, byte[]> files() {
        return files;
    }

    public int shardCount() {
        return shards;
    }

    public int termCount() {
        return terms;
    }

    /**
     * One article's terms as sorted numbers: bucket (12 bits, see {@link Terms#shard}), term key (38 bits, see
     * {@link TermKeys}) and weight (9 bits: occurrences, capped, times two, plus one when in the title), so that
     * each shard's terms are a contiguous run whatever the number of shards; and the positions of its pairs,
     * in the same order, as {@link #positions} text, with where each 128 buckets' positions start.
     */
    private record DocTerms(String text, long[] terms, byte[] positions, int[] positionStarts) {
        int from(int bucket) {
            int i = Arrays.binarySearch(terms, (long) bucket << SHARD_SHIFT);
            return i >= 0 ? i : -i - 1;
        }
    }

    private static final int KEY_SHIFT = 9;
    private static final int SHARD_SHIFT = 47;
    private static final int BUCKETS_PER_START = 128;
    private static final long WEIGHT_MASK = (1L << KEY_SHIFT) - 1;
    private static final long KEY_MASK = (1L << (SHARD_SHIFT - KEY_SHIFT)) - 1;

    /**
     * A fingerprint of everything the index is made from (the site model: its articles, regions, themes,
     * volumes and settings), or null when it cannot be taken.
     */
    public static String key(SiteModel site) {
        try {
            return yearbook.fingerprint.Fingerprint.once("search", site);
        } catch (yearbook.fingerprint.Fingerprint.Unknown e) {
            return null;
        }
    }

    public static SearchIndex of(SiteModel site) {
        List<Page> pages = numbered(site.searched());
        TermKeys keys = new TermKeys();
        DocTerms[] docs = new DocTerms[pages.size()];
        IntStream.range(0, docs.length).parallel().forEach(i -> docs[i] = count(pages.get(i), keys));
        long postingsTotal = Arrays.stream(docs).mapToLong(d -> d.terms().length).sum();
        int shards = 1;
        while (shards < MAX_SHARDS && postingsTotal * 2 / shards > SHARD_TARGET) {
            shards *= 2;
        }
        int shardCount = shards;
        long positionsTotal = Arrays.stream(docs).mapToLong(d -> d.positions().length).sum();
        int positionShards = shards;
        while (positionShards < MAX_SHARDS && positionsTotal / positionShards > SHARD_TARGET) {
            positionShards *= 2;
        }
        int positionShardCount = positionShards;

        // Shards are written in groups: one pass over the articles per group, each article's terms of the
        // group's shards being one contiguous run.
        String[] shardJson = new String[shards];
        String[] positionJson = new String[positionShards];
        int[] termsPerShard = new int[shards];
        int groups = Math.min(shards, SHARD_GROUPS);
        IntStream.range(0, groups).parallel().forEach(g -> {
            int first = g * shardCount / groups;
            int end = (g + 1) * shardCount / groups;
            int firstBucket = first * MAX_SHARDS / shardCount;
            int endBucket = end * MAX_SHARDS / shardCount;
            LongIndex ids = new LongIndex(1024);
            List<Postings> postings = new ArrayList<>();
            List<StringBuilder> positions = new ArrayList<>();
            for (int d = 0; d < docs.length; d++) {
                long[] terms = docs[d].terms();
                byte[] pos = docs[d].positions();
                int at = docs[d].positionStarts()[firstBucket / BUCKETS_PER_START];
                for (int i = docs[d].from(firstBucket); i < terms.length && (terms[i] >>> SHARD_SHIFT) < endBucket; i++) {
                    long key = (terms[i] >>> KEY_SHIFT) & KEY_MASK;
                    int id = ids.id(key);
                    if (id == postings.size()) {
                        postings.add(new Postings());
                        positions.add(TermKeys.isPair(key) ? new StringBuilder() : null);
                    }
                    int weight = (int) (terms[i] & WEIGHT_MASK);
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
            List<TreeMap<String, Integer>> byShard = new ArrayList<>();
            for (int s = first; s < end; s++) {
                byShard.add(new TreeMap<>());
            }
            for (int id = 0; id < ids.size(); id++) {
                long key = ids.key(id);
                byShard.get(Terms.shardOfBucket(keys.bucket(key), shardCount) - first).put(keys.term(key), id);
            }
            for (int s = first; s < end; s++) {
                TreeMap<String, Integer> terms = byShard.get(s - first);
                shardJson[s] = json(terms, id -> postings.get(id).text());
                int perShard = positionShardCount / shardCount;
                List<TreeMap<String, Integer>> pairs = new ArrayList<>();
                for (int k = 0; k < perShard; k++) {
                    pairs.add(new TreeMap<>());
                }
                for (Map.Entry<String, Integer> e : terms.entrySet()) {
                    int id = e.getValue();
                    if (positions.get(id) != null) {
                        int shard = Terms.shardOfBucket(keys.bucket(ids.key(id)), positionShardCount);
                        pairs.get(shard - s * perShard).put(e.getKey(), id);
                    }
                }
                for (int k = 0; k < perShard; k++) {
                    positionJson[s * perShard + k] = json(pairs.get(k), id -> positions.get(id).toString());
                }
                termsPerShard[s] = terms.size();
                byShard.set(s - first, null);
            }
        });

        Map<String, byte[]> files = new TreeMap<>();
        List<String> digest = new ArrayList<>(); // each file's hash, in order: the index's version
        for (int s = 0; s < shards; s++) {
            byte[] bytes = shardJson[s].getBytes(StandardCharsets.UTF_8);
            digest.add(yearbook.fingerprint.Fingerprint.ofBytes(bytes));
            files.put(FOLDER + "shards/" + s + ".json", bytes);
        }
        for (int s = 0; s < positionShards; s++) {
            byte[] bytes = positionJson[s].getBytes(StandardCharsets.UTF_8);
            digest.add(yearbook.fingerprint.Fingerprint.ofBytes(bytes));
            files.put(FOLDER + "positions/" + s + ".json", bytes);
        }
        byte[][] compressed = new byte[docs.length][];
        IntStream.range(0, docs.length).parallel().forEach(i -> compressed[i] = deflate(docs[i].text()));
        long[] textRefs = new long[docs.length];
        ByteArrayOutputStream pack = new ByteArrayOutputStream();
        int packs = 0;
        for (int i = 0; i < docs.length; i++) {
            if (pack.size() > 0 && pack.size() + compressed[i].length > PACK_TARGET) {
                files.put(FOLDER + "text/" + packs++ + ".bin", pack.toByteArray());
                pack.reset();
            }
            textRefs[i] = (long) packs << 32 | pack.size();
            pack.writeBytes(compressed[i]);
        }
        if (pack.size() > 0) {
            files.put(FOLDER + "text/" + packs + ".bin", pack.toByteArray());
        }
        for (byte[] bytes : packs(files)) {
            digest.add(yearbook.fingerprint.Fingerprint.ofBytes(bytes));
        }
        Catalogue catalogue = catalogue(site, pages);
        for (int k = 0; k * DOCS_PER_FILE < pages.size(); k++) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = k * DOCS_PER_FILE; i < Math.min(pages.size(), (k + 1) * DOCS_PER_FILE); i++) {
                if (sb.length() > 1) {
                    sb.append(",\n");
                }
                catalogue.details(sb, pages.get(i), site.settings().basePath());
                sb.append(',').append(textRefs[i] >>> 32).append(',').append((int) textRefs[i]).append(',')
                        .append(compressed[i].length).append(']');
            }
            byte[] bytes = sb.append(']').toString().getBytes(StandardCharsets.UTF_8);
            digest.add(yearbook.fingerprint.Fingerprint.ofBytes(bytes));
            files.put(FOLDER + "docs/" + k + ".json", bytes);
        }
        String meta = catalogue.json(pages.size(), shards, positionShards);
        digest.add(meta);
        String version = yearbook.fingerprint.Fingerprint.once(digest).substring(0, 12);
        String index = "{\"version\":\"" + version + "\"," + meta.substring(1);
        files.put(FOLDER + "index.json", index.getBytes(StandardCharsets.UTF_8));
        return new SearchIndex(files, shards, positionShards, IntStream.of(termsPerShard).sum());
    }

    private static List<byte[]> packs(Map<String, byte[]> files) {
        List<byte[]> out = new ArrayList<>();
        for (int p = 0; files.containsKey(FOLDER + "text/" + p + ".bin"); p++) {
            out.add(files.get(FOLDER + "text/" + p + ".bin"));
        }
        return out;
    }

    /** The articles in index order: newest volume first, then in site order. */
    static List<Page> numbered(List<Page> pages) {
        Integer[] order = new Integer[pages.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> -pages.get(i).article().volume())
                .thenComparingInt(i -> i));
        List<Page> out = new ArrayList<>(order.length);
        for (Integer i : order) {
            out.add(pages.get(i));
        }
        return out;
    }

    private static byte[] deflate(String text) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static String json(TreeMap<String, Integer> byTerm, java.util.function.IntFunction<String> value) {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, Integer> e : byTerm.entrySet()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            Json.string(sb, e.getKey());
            sb.append(':');
            Json.string(sb, value.apply(e.getValue()));
        }
        return sb.append('}').toString();
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
    private static DocTerms count(Page p, TermKeys keys) {
        var a = p.article();
        String text = Jsoup.parseBodyFragment(p.html()).text();
        TermCounts counts = new TermCounts(64 + text.length() / 2);
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
        LongList pairs = new LongList(text.length());
        Terms.visit(fields.toString(), visitor(keys, counts::add, pairs));
        facets(p).forEach(f -> counts.add(keys.other(f)));
        long[] terms = counts.weighted();
        for (int i = 0; i < terms.length; i++) {
            terms[i] |= (long) keys.bucket(terms[i] >>> KEY_SHIFT) << SHARD_SHIFT;
        }
        Arrays.sort(terms);
        long[] occurrences = pairs.sorted();
        StringBuilder positions = new StringBuilder();
        int[] starts = new int[MAX_SHARDS / BUCKETS_PER_START + 1];
        int nextStart = 0;
        for (long term : terms) {
            int bucket = (int) (term >>> SHARD_SHIFT);
            while (nextStart <= bucket / BUCKETS_PER_START) {
                starts[nextStart++] = positions.length();
            }
            long key = (term >>> KEY_SHIFT) & KEY_MASK;
            if (TermKeys.isPair(key)) {
                positions(positions, occurrences, key & PAIR_BITS);
            }
        }
        while (nextStart < starts.length) {
            starts[nextStart++] = positions.length();
        }
        return new DocTerms(cut(text), terms, positions.toString().getBytes(StandardCharsets.US_ASCII), starts);
    }

    private static final long PAIR_BITS = (1L << 36) - 1;
    private static final int POSITION_BITS = 26;

    /**
     * Writes one pair's positions in one article: how many, the first, then each one's distance from the one
     * before, less one; numbers as in {@link Postings}.
     */
    static void positions(StringBuilder out, long[] occurrences, long pair) {
        int from = lowerBound(occurrences, pair << POSITION_BITS);
        int to = lowerBound(occurrences, (pair + 1) << POSITION_BITS);
        Postings.write(out, to - from);
        int previous = -1;
        for (int i = from; i < to; i++) {
            int position = (int) (occurrences[i] & (POSITION_LIMIT - 1));
            Postings.write(out, previous < 0 ? position : position - previous - 1);
            previous = position;
        }
    }

    private static int lowerBound(long[] a, long key) {
        int i = Arrays.binarySearch(a, key);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && a[i - 1] == key) {
            i--;
        }
        return i;
    }

    /** The index after one pair's positions that start at {@code at}. */
    private static int skipBlock(byte[] pos, int at) {
        int numbers = -1;
        int count = 0;
        int value = 0;
        int i = at;
        while (numbers != 0) {
            int d = Postings.DIGITS.indexOf(pos[i++]);
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

    /** A growing list of longs: each pair occurrence as {@code pair key << 26 | position}. */
    private static final class LongList {
        private long[] values;
        private int size;

        LongList(int expected) {
            values = new long[Math.max(16, expected)];
        }

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] sorted() {
            long[] out = Arrays.copyOf(values, size);
            Arrays.sort(out);
            return out;
        }
    }

    private static Terms.Visitor visitor(TermKeys keys, java.util.function.LongConsumer sink, LongList pairs) {
        return new Terms.Visitor() {
            @Override
            public void character(int cp) {
                sink.accept(keys.character(cp));
            }

            @Override
            public void pair(int first, int second, int position) {
                long key = keys.pair(first, second);
                sink.accept(key);
                if (pairs != null && TermKeys.isPair(key) && position < POSITION_LIMIT) {
                    pairs.add((key & PAIR_BITS) << POSITION_BITS | position);
                }
            }

            @Override
            public void word(String word) {
                sink.accept(keys.other(word));
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

        /** index.json without its version. */
        String json(int docs, int shards, int positionShards) {
            StringBuilder sb = new StringBuilder("{\"shards\":").append(shards)
                    .append(",\"positionShards\":").append(positionShards).append(",\"docs\":").append(docs)
                    .append(",\"perFile\":").append(DOCS_PER_FILE).append(",\"regions\":[");
            int i = 0;
            for (Region r : regions.values()) {
                sb.append(i == 0 ? "\n[" : ",\n[");
                Json.string(sb, r.code());
                sb.append(',');
                Json.string(sb, r.name());
                Integer parent = r.parentCode() == null ? null : regionIndex.get(r.parentCode());
                sb.append(',').append(parent == null ? -1 : parent).append(',').append(regionCounts[i]).append(']');
                i++;
            }
            sb.append("],\"themes\":[");
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
