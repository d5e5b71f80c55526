package yearbook.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

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

    /** One article's terms: counts and whether each is in the title. */
    private record DocTerms(String text, Map<String, int[]> counts) {
    }

    public static SearchIndex of(SiteModel site) {
        List<Page> pages = site.pages();
        DocTerms[] docs = new DocTerms[pages.size()];
        IntStream.range(0, docs.length).parallel().forEach(i -> docs[i] = terms(pages.get(i)));

        Map<String, Postings> postings = new HashMap<>();
        long total = 0;
        for (int i = 0; i < docs.length; i++) {
            for (Map.Entry<String, int[]> e : docs[i].counts().entrySet()) {
                Postings p = postings.computeIfAbsent(e.getKey(), k -> new Postings());
                p.add(i, e.getValue()[0], e.getValue()[1] != 0);
            }
        }
        List<Map.Entry<String, String>> encoded = new ArrayList<>(postings.size());
        for (Map.Entry<String, Postings> e : postings.entrySet()) {
            String text = e.getValue().text();
            encoded.add(Map.entry(e.getKey(), text));
            total += text.length() + e.getKey().length() + 6;
        }
        int shards = 1;
        while (shards < MAX_SHARDS && total / shards > SHARD_TARGET) {
            shards *= 2;
        }
        List<List<Map.Entry<String, String>>> byShard = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
            byShard.add(new ArrayList<>());
        }
        for (Map.Entry<String, String> e : encoded) {
            byShard.get(Terms.shard(e.getKey(), shards)).add(e);
        }
        String[] shardJson = new String[shards];
        IntStream.range(0, shards).parallel().forEach(s -> {
            List<Map.Entry<String, String>> list = byShard.get(s);
            list.sort(Map.Entry.comparingByKey());
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<String, String> e : list) {
                if (sb.length() > 1) {
                    sb.append(',');
                }
                Json.string(sb, e.getKey());
                sb.append(':');
                Json.string(sb, e.getValue());
            }
            shardJson[s] = sb.append('}').toString();
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
        return new SearchIndex(files, shards, postings.size());
    }

    private static DocTerms terms(Page p) {
        Map<String, int[]> counts = new HashMap<>();
        var a = p.article();
        String text = Jsoup.parseBodyFragment(p.html()).text();
        Terms.index(a.title(), t -> counts.computeIfAbsent(t, k -> new int[2])[1] = 1);
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
        Terms.index(fields.toString(), t -> counts.computeIfAbsent(t, k -> new int[2])[0]++);
        String snippetText = text.length() > TEXT_LIMIT ? text.substring(0, TEXT_LIMIT) : text;
        return new DocTerms(snippetText, counts);
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
