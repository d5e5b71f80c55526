package yearbook.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import yearbook.text.Json;

import org.jsoup.Jsoup;

import yearbook.region.Region;
import yearbook.site.Page;
import yearbook.site.SiteModel;
import yearbook.site.ThemeNode;
import yearbook.site.Volume;
import yearbook.theme.Theme;

/**
 * The site's full-text search index, made at build time for {@code search.js}. Files, under
 * {@code search/}:
 * <ul>
 * <li>{@code index.json}: the articles (address, title, region, volume, year, themes), the region tree
 * above them, the themes and volumes, and how many shards there are;</li>
 * <li>{@code shards/<n>.json}: the postings of the terms (see {@link Terms}) that hash to shard n, as
 * {@link Postings} text; a query fetches only the shards of its own terms;</li>
 * <li>{@code text/<n>.txt}: article n's plain text, fetched for the results shown, to cut snippets.</li>
 * </ul>
 */
public final class SearchIndex {
    public static final String FOLDER = "search/";
    /** About this many characters of postings per shard (before compression). */
    static final int SHARD_TARGET = 32_000;
    static final int MAX_SHARDS = 4096;
    /** Shards written by one pass over the articles. */
    private static final int SHARD_GROUPS = 32;
    /** Longer article texts are cut for snippets (the index still covers all of it). */
    static final int TEXT_LIMIT = 20_000;

    private final Map<String, byte[]> files;
    private final int shards;
    private final int terms;

    private SearchIndex(Map<String, byte[]> files, int shards, int terms) {
        this.files = files;
        this.shards = shards;
        this.terms = terms;
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
     * One article's terms as sorted numbers: shard (12 bits), term key (38 bits, see {@link TermKeys}) and
     * weight (9 bits: occurrences, capped, times two, plus one when in the title), so that each shard's terms
     * are a contiguous run.
     */
    private record DocTerms(String text, long[] terms) {
        int from(int shard) {
            int i = java.util.Arrays.binarySearch(terms, (long) shard << SHARD_SHIFT);
            return i >= 0 ? i : -i - 1;
        }
    }

    private static final int KEY_SHIFT = 9;
    private static final int SHARD_SHIFT = 47;
    private static final long WEIGHT_MASK = (1L << KEY_SHIFT) - 1;
    private static final long KEY_MASK = (1L << (SHARD_SHIFT - KEY_SHIFT)) - 1;

    public static SearchIndex of(SiteModel site) {
        List<Page> pages = site.pages();
        TermKeys keys = new TermKeys();
        DocTerms[] docs = new DocTerms[pages.size()];
        IntStream.range(0, docs.length).parallel().forEach(i -> docs[i] = count(pages.get(i), keys));
        long postingsTotal = java.util.Arrays.stream(docs).mapToLong(d -> d.terms().length).sum();
        int shards = 1;
        while (shards < MAX_SHARDS && postingsTotal * 2 / shards > SHARD_TARGET) {
            shards *= 2;
        }
        int shardCount = shards;
        IntStream.range(0, docs.length).parallel().forEach(i -> sortByShard(docs[i].terms(), keys, shardCount));

        // Shards are written in groups: one pass over the articles per group, each article's terms of the
        // group's shards being one contiguous run.
        String[] shardJson = new String[shards];
        int[] termsPerShard = new int[shards];
        int groups = Math.min(shards, SHARD_GROUPS);
        IntStream.range(0, groups).parallel().forEach(g -> {
            int first = g * shardCount / groups;
            int end = (g + 1) * shardCount / groups;
            LongIndex ids = new LongIndex(1024);
            List<Postings> postings = new java.util.ArrayList<>();
            for (int d = 0; d < docs.length; d++) {
                long[] terms = docs[d].terms();
                for (int i = docs[d].from(first); i < terms.length && (terms[i] >>> SHARD_SHIFT) < end; i++) {
                    int id = ids.id((terms[i] >>> KEY_SHIFT) & KEY_MASK);
                    if (id == postings.size()) {
                        postings.add(new Postings());
                    }
                    int weight = (int) (terms[i] & WEIGHT_MASK);
                    postings.get(id).add(d, weight >> 1, (weight & 1) == 1);
                }
            }
            List<TreeMap<String, Postings>> byShard = new java.util.ArrayList<>();
            for (int s = first; s < end; s++) {
                byShard.add(new TreeMap<>());
            }
            for (int id = 0; id < ids.size(); id++) {
                long key = ids.key(id);
                byShard.get(keys.shard(key, shardCount) - first).put(keys.term(key), postings.get(id));
            }
            for (int s = first; s < end; s++) {
                shardJson[s] = json(byShard.get(s - first));
                termsPerShard[s] = byShard.get(s - first).size();
                byShard.set(s - first, null);
            }
        });

        Map<String, byte[]> files = new TreeMap<>();
        MessageDigest digest = sha256();
        for (int s = 0; s < shards; s++) {
            byte[] bytes = shardJson[s].getBytes(StandardCharsets.UTF_8);
            digest.update(bytes);
            files.put(FOLDER + "shards/" + s + ".json", bytes);
        }
        for (int i = 0; i < docs.length; i++) {
            files.put(FOLDER + "text/" + i + ".txt", docs[i].text().getBytes(StandardCharsets.UTF_8));
        }
        String catalogue = catalogue(site, shards);
        digest.update(catalogue.getBytes(StandardCharsets.UTF_8));
        String version = HexFormat.of().formatHex(digest.digest(), 0, 6);
        String index = "{\"version\":\"" + version + "\"," + catalogue.substring(1);
        files.put(FOLDER + "index.json", index.getBytes(StandardCharsets.UTF_8));
        return new SearchIndex(files, shards, IntStream.of(termsPerShard).sum());
    }

    private static String json(TreeMap<String, Postings> byTerm) {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, Postings> e : byTerm.entrySet()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            Json.string(sb, e.getKey());
            sb.append(':');
            Json.string(sb, e.getValue().text());
        }
        return sb.append('}').toString();
    }

    /** Counts an article's terms: its title (marked as such), the facts listed with it, and its text. */
    private static DocTerms count(Page p, TermKeys keys) {
        var a = p.article();
        String text = Jsoup.parseBodyFragment(p.html()).text();
        TermCounts counts = new TermCounts(64 + text.length() / 2);
        Terms.visit(a.title(), visitor(keys, counts::markTitle));
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
        Terms.visit(fields.toString(), visitor(keys, counts::add));
        return new DocTerms(cut(text), counts.weighted());
    }

    /** The text cut to {@link #TEXT_LIMIT} characters, never between the two halves of one outside the BMP. */
    static String cut(String text) {
        if (text.length() <= TEXT_LIMIT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(TEXT_LIMIT - 1)) ? TEXT_LIMIT - 1 : TEXT_LIMIT;
        return text.substring(0, end);
    }

    private static Terms.Visitor visitor(TermKeys keys, java.util.function.LongConsumer sink) {
        return new Terms.Visitor() {
            @Override
            public void character(int cp) {
                sink.accept(keys.character(cp));
            }

            @Override
            public void pair(int first, int second) {
                sink.accept(keys.pair(first, second));
            }

            @Override
            public void word(String word) {
                sink.accept(keys.other(word));
            }
        };
    }

    /** Puts each term's shard in front of its key and weight, and sorts: shard, then key. */
    private static void sortByShard(long[] terms, TermKeys keys, int shards) {
        for (int i = 0; i < terms.length; i++) {
            terms[i] |= (long) keys.shard(terms[i] >>> KEY_SHIFT, shards) << SHARD_SHIFT;
        }
        java.util.Arrays.sort(terms);
    }

    /** The articles, regions, themes and volumes as one JSON object (without the version). */
    private static String catalogue(SiteModel site, int shards) {
        Map<String, Region> regions = new TreeMap<>();
        for (Page p : site.pages()) {
            p.chain().forEach(r -> regions.put(r.code(), r));
        }
        Map<String, Integer> regionIndex = new HashMap<>();
        regions.keySet().forEach(code -> regionIndex.put(code, regionIndex.size()));
        Map<String, Integer> themeIndex = new HashMap<>();
        site.themes().forEach(t -> themeIndex.put(t.theme().id(), themeIndex.size()));

        StringBuilder sb = new StringBuilder("{\"shards\":").append(shards).append(",\"regions\":[");
        boolean first = true;
        for (Region r : regions.values()) {
            sb.append(first ? "[" : ",[");
            first = false;
            Json.string(sb, r.code());
            sb.append(',');
            Json.string(sb, r.name());
            Integer parent = r.parentCode() == null ? null : regionIndex.get(r.parentCode());
            sb.append(',').append(parent == null ? -1 : parent).append(']');
        }
        sb.append("],\"themes\":[");
        first = true;
        for (ThemeNode t : site.themes()) {
            sb.append(first ? "[" : ",[");
            first = false;
            Json.string(sb, t.theme().id());
            sb.append(',');
            Json.string(sb, t.theme().name());
            sb.append(']');
        }
        sb.append("],\"volumes\":[");
        first = true;
        for (Volume v : site.volumes()) {
            sb.append(first ? "[" : ",[");
            first = false;
            sb.append(v.number()).append(',');
            Json.string(sb, v.name());
            sb.append(']');
        }
        sb.append("],\"docs\":[");
        String base = site.settings().basePath();
        first = true;
        for (Page p : site.pages()) {
            var a = p.article();
            sb.append(first ? "[" : ",\n[");
            first = false;
            Json.string(sb, p.url().substring(base.length()));
            sb.append(',');
            Json.string(sb, a.title());
            sb.append(',').append(regionIndex.get(a.region().code())).append(',').append(a.volume()).append(',')
                    .append(a.year()).append(",[");
            boolean firstTheme = true;
            for (Theme t : a.themes()) {
                if (!firstTheme) {
                    sb.append(',');
                }
                firstTheme = false;
                sb.append(themeIndex.get(t.id()));
            }
            sb.append("]]");
        }
        return sb.append("]}").toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
