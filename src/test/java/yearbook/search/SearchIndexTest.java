package yearbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.util.zip.Inflater;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import yearbook.site.Page;
import yearbook.site.SiteModel;
import yearbook.testing.TestSites;

/** The index of the repository's own yearbook, read back the way search.js reads it. */
class SearchIndexTest {
    static SiteModel site;
    static SearchIndex index;

    @BeforeAll
    static void build() {
        site = TestSites.model(Path.of("content"));
        index = SearchIndex.of(site);
    }

    /**
     * An article's terms come out the same whichever articles its thread counted before (the thread's tables are
     * emptied between articles, not made again): each article counted after all the others, the longest first,
     * against the same article counted in a thread that counted nothing else.
     */
    @Test
    void anArticleCountsTheSameAfterOthersInItsThread() throws Exception {
        List<Page> pages = new java.util.ArrayList<>(docs());
        pages.sort(java.util.Comparator.comparingInt((Page p) -> p.html().length()).reversed());
        assertTrue(pages.size() > 3 && pages.get(0).html().length() > 4 * pages.get(pages.size() - 1).html().length(),
                "articles of different lengths");
        TermKeys keys = new TermKeys();
        for (Page p : pages) {
            java.util.concurrent.atomic.AtomicReference<SearchIndex.DocTerms> alone = new java.util.concurrent.atomic.AtomicReference<>();
            Thread fresh = new Thread(() -> alone.set(SearchIndex.count(p, keys)));
            fresh.start();
            fresh.join();
            for (Page other : pages) {
                SearchIndex.count(other, keys);
            }
            SearchIndex.DocTerms after = SearchIndex.count(p, keys);
            assertArrayEquals(alone.get().terms(), after.terms(), p.article().path());
            assertArrayEquals(alone.get().positions(), after.positions(), p.article().path());
            assertArrayEquals(alone.get().positionStarts(), after.positionStarts(), p.article().path());
        }
    }

    private static String file(String path) {
        byte[] bytes = index.files().get(SearchIndex.FOLDER + path);
        assertTrue(bytes != null, "no file " + path);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The articles in the index's numbering. */
    /** What the index holds: the articles and the honour rolls. */
    private static List<Page> docs() {
        return site.searched();
    }

    private static List<Page> numbered() {
        return SearchIndex.numbered(docs());
    }

    /** A term's postings, from its shard and, for a long list, its own file. */
    private static String postings(String term) {
        int n = Terms.shard(term, index.shardCount());
        file("shards/" + n + ".json");
        return ShardTerms.read(index.files().get(ShardTerms.path(n)), j -> index.files().get(ShardTerms.path(n, j)),
                j -> index.files().get(ShardTerms.tiersPath(n, j))).get(term);
    }

    /** The articles (by number) the index lists for a term, read from the term's shard. */
    private static List<Integer> lookup(String term) {
        String entry = postings(term);
        List<Integer> docs = new ArrayList<>();
        if (entry != null) {
            int[] postings = Postings.decode(entry);
            for (int i = 0; i < postings.length; i += 2) {
                docs.add(postings[i]);
            }
        }
        return docs;
    }

    /** What the index should find: articles whose text, title or listed facts contain the words. */
    private static List<Integer> containing(String words) {
        List<Integer> docs = new ArrayList<>();
        List<Page> pages = numbered();
        for (int i = 0; i < pages.size(); i++) {
            if (TestSites.searchable(pages.get(i)).contains(words)) {
                docs.add(i);
            }
        }
        return docs;
    }

    /** The details of article n, as search.js reads them from its details file. */
    private static String details(int n) {
        String json = file("docs/" + n / SearchIndex.DOCS_PER_FILE + ".json");
        String[] lines = json.substring(1, json.length() - 1).split(",\n");
        return lines[n % SearchIndex.DOCS_PER_FILE];
    }

    /**
     * Article n's text, as search.js gets it: the head's byte range of a pack, inflated, then the rest's range, if
     * it has a rest. Each range holds exactly one compressed part, and a head with a rest holds {@link PackedText#HEAD}
     * characters (one fewer when the next would be split).
     */
    private static String text(int n) throws Exception {
        Matcher m = Pattern.compile(",(\\d+),(\\d+),(\\d+),(\\d+)]$").matcher(details(n));
        assertTrue(m.find(), details(n));
        byte[] pack = index.files().get(SearchIndex.FOLDER + "text/" + m.group(1) + ".bin");
        int offset = Integer.parseInt(m.group(2));
        int length = Integer.parseInt(m.group(3));
        int head = Integer.parseInt(m.group(4));
        assertTrue(head > 0 && head <= length, details(n));
        String first = inflate(pack, offset, head);
        if (head == length) {
            return first;
        }
        assertTrue(first.length() <= PackedText.HEAD && first.length() > PackedText.HEAD - 4, "head of " + first.length());
        return first + inflate(pack, offset + head, length - head);
    }

    private static String inflate(byte[] pack, int offset, int length) throws Exception {
        Inflater inflater = new Inflater();
        inflater.setInput(pack, offset, length);
        byte[] out = new byte[SearchIndex.TEXT_LIMIT * 4];
        int size = 0;
        while (!inflater.finished()) {
            size += inflater.inflate(out, size, out.length - size);
        }
        assertEquals(0, inflater.getRemaining(), "the range holds exactly one compressed part");
        inflater.end();
        return new String(out, 0, size, StandardCharsets.UTF_8);
    }

    @Test
    void aLongTextIsPackedAsItsHeadThenTheRestAndNeverSplitsACharacter() throws Exception {
        String text = "工".repeat(PackedText.HEAD - 1) + "𠀀" + "会".repeat(50);
        PackedText packed = PackedText.of(text);
        assertEquals(PackedText.HEAD - 1, inflate(packed.bytes(), 0, packed.head()).length(), "the pair stays whole");
        assertEquals("𠀀" + "会".repeat(50), inflate(packed.bytes(), packed.head(), packed.bytes().length - packed.head()));
        PackedText marked = PackedText.of("工".repeat(PackedText.HEAD - 1) + "e\u0301" + "会".repeat(50));
        assertEquals("工".repeat(PackedText.HEAD - 1), inflate(marked.bytes(), 0, marked.head()), "a letter stays with its accent");
        PackedText whole = PackedText.of("工会".repeat(PackedText.HEAD / 2));
        assertEquals(whole.bytes().length, whole.head(), "a text of the head's length has no rest");
    }

    @Test
    void theSearchTextIsNeverCutInsideACharacter() {
        String text = "工".repeat(SearchIndex.TEXT_LIMIT - 1) + "𠀀" + "会";
        String cut = SearchIndex.cut(text);
        assertEquals(SearchIndex.TEXT_LIMIT - 1, cut.length());
        assertEquals(cut, new String(cut.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8),
                "the cut text survives UTF-8");
        assertEquals("工".repeat(SearchIndex.TEXT_LIMIT), SearchIndex.cut("工".repeat(SearchIndex.TEXT_LIMIT + 5)));
    }

    @Test
    void termsFindTheArticlesThatContainThem() {
        for (String words : List.of("劳模", "职工之家", "送温暖", "鄂托克前旗", "脱贫")) {
            List<Integer> expected = containing(words);
            assertFalse(expected.isEmpty(), words + " is in the repository's articles");
            List<Integer> found = null;
            for (String term : Terms.query(words)) {
                List<Integer> docs = lookup(term);
                found = found == null ? docs : new ArrayList<>(found.stream().filter(docs::contains).toList());
            }
            assertEquals(expected, found, words);
        }
        assertEquals(List.of(), lookup("宇航"), "a pair no article has");
    }

    @Test
    void titleWordsCarryTheTitleMark() {
        Page first = numbered().get(0);
        String pair = Terms.query(first.article().title()).get(0);
        int[] postings = Postings.decode(postings(pair));
        assertEquals(0, postings[0]);
        assertEquals(1, postings[1] & 1, "the first article has " + pair + " in its title");
    }

    @Test
    void articlesAreNumberedNewestVolumeFirstThenInSiteOrder() {
        List<Page> pages = numbered();
        assertEquals(docs().size(), pages.size());
        for (int i = 1; i < pages.size(); i++) {
            int a = pages.get(i - 1).article().volume();
            int b = pages.get(i).article().volume();
            assertTrue(a > b || a == b && docs().indexOf(pages.get(i - 1)) < docs().indexOf(pages.get(i)), "order at " + i);
        }
        assertTrue(pages.stream().map(p -> p.article().volume()).distinct().count() > 1, "the repository has several volumes");
    }

    @Test
    void theFirstFileListsNoArticleButTheFiltersWithTheirCounts() {
        String json = file("index.json");
        assertTrue(json.matches("(?s)\\{\"version\":\"[0-9a-f]{12}\",\"shards\":" + index.shardCount()
                + ",\"positionShards\":" + index.positionShardCount() + ",\"docs\":" + docs().size() + ",\"perFile\":" + SearchIndex.DOCS_PER_FILE + ",.*"), json);
        for (Page p : docs()) {
            assertFalse(json.contains(p.url().substring(1)), "no article address in index.json: " + p.url());
        }
        long inOrdos = docs().stream().filter(p -> p.chain().stream().anyMatch(r -> r.code().equals("150600"))).count();
        assertTrue(inOrdos > 0);
        List<String[]> regions = regions(json);
        String[] ordos = regions.stream().filter(r -> r[0].equals("150600")).findFirst().orElseThrow();
        assertEquals("鄂尔多斯市", ordos[1], "regions with their names");
        assertEquals("150000", ordos[2], "and their parents");
        assertEquals(String.valueOf(inOrdos), ordos[3], "and their counts");
        assertEquals(regions.stream().map(r -> r[0]).sorted().toList(), regions.stream().map(r -> r[0]).toList(),
                "in the order of their codes");
        long modelWorkers = docs().stream().filter(p -> p.article().themes().stream().anyMatch(t -> t.id().equals("model-workers"))).count();
        assertTrue(json.contains("[\"model-workers\",\"劳模工匠\"," + modelWorkers + "]"), "themes with names and counts");
        long v2019 = docs().stream().filter(p -> p.article().volume() == 2019).count();
        assertTrue(json.contains("[2019,\"工会年鉴 2019\"," + v2019 + "]"), "volumes with names and counts");
        assertFalse(json.contains("<"), "no raw '<' that could close a script");
    }

    @Test
    void eachArticlesDetailsAreInItsFileUnderItsNumber() {
        List<Page> pages = numbered();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            String entry = "[\"" + p.url().substring(1) + "\",\"" + p.article().title() + "\",";
            assertTrue(details(i).startsWith(entry), i + ": " + details(i));
            assertTrue(details(i).contains("," + p.article().volume() + "," + p.article().year() + ",["), details(i));
        }
        int files = (pages.size() + SearchIndex.DOCS_PER_FILE - 1) / SearchIndex.DOCS_PER_FILE;
        assertTrue(index.files().containsKey(SearchIndex.FOLDER + "docs/" + (files - 1) + ".json"));
        assertFalse(index.files().containsKey(SearchIndex.FOLDER + "docs/" + files + ".json"));
    }

    @Test
    void eachArticleHasItsTextForSnippetsInAPack() throws Exception {
        List<Page> pages = numbered();
        int split = 0;
        for (int i = 0; i < pages.size(); i++) {
            String body = Jsoup.parse(pages.get(i).html()).text();
            assertEquals(body.substring(0, Math.min(body.length(), SearchIndex.TEXT_LIMIT)), text(i));
            if (body.length() > PackedText.HEAD) {
                split++;
            }
        }
        assertTrue(split >= 3, "the longer texts are packed in two parts: " + split);
        long packs = index.files().keySet().stream().filter(k -> k.startsWith(SearchIndex.FOLDER + "text/")).count();
        assertEquals(1, packs, "the repository's texts fit in one pack");
    }

    @Test
    void filtersAreTermsListingTheArticlesOfARegionThemeAndVolume() {
        List<Page> pages = numbered();
        List<Integer> ordos = new ArrayList<>();
        List<Integer> modelWorkers = new ArrayList<>();
        List<Integer> v2019 = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            if (p.chain().stream().anyMatch(r -> r.code().equals("150600"))) {
                ordos.add(i);
            }
            if (p.article().themes().stream().anyMatch(t -> t.id().equals("model-workers"))) {
                modelWorkers.add(i);
            }
            if (p.article().volume() == 2019) {
                v2019.add(i);
            }
        }
        assertEquals(ordos, lookup("#r:150600"));
        assertEquals(modelWorkers, lookup("#t:model-workers"));
        assertEquals(v2019, lookup("#v:2019"));
        assertEquals(List.of(), lookup("#r:110000"), "a region without articles");
    }

    @Test
    void aQueryMatchesItsCharactersInSequenceNotOnlyTheirPairs() {
        // the pairs of 工会工作 (工会, 会工, 工作) are in many articles apart from each other; in sequence in fewer
        int fewer = 0;
        for (String words : List.of("工会工作", "职工之家", "困难职工", "劳动模范", "工会组织", "工会会员", "职工工会")) {
            List<Integer> expected = containing(words);
            List<Integer> pairsOnly = null;
            for (String term : Terms.query(words)) {
                List<Integer> docs = lookup(term);
                pairsOnly = pairsOnly == null ? docs : new ArrayList<>(pairsOnly.stream().filter(docs::contains).toList());
            }
            assertEquals(expected, inSequence(words, pairsOnly), words);
            fewer += pairsOnly.size() - expected.size();
        }
        assertTrue(fewer > 0, "some articles have the pairs but not in sequence");
    }

    /** The articles of {@code candidates} where the words' pairs follow each other, by the index's positions. */
    private static List<Integer> inSequence(String words, List<Integer> candidates) {
        List<String> pairs = Terms.query(words);
        List<Integer> out = new ArrayList<>();
        for (int doc : candidates) {
            List<int[]> positions = new ArrayList<>();
            for (String pair : pairs) {
                positions.add(positionsOf(pair, doc));
            }
            search:
            for (int p : positions.get(0)) {
                for (int k = 1; k < pairs.size(); k++) {
                    if (java.util.Arrays.binarySearch(positions.get(k), p + k) < 0) {
                        continue search;
                    }
                }
                out.add(doc);
                break;
            }
        }
        return out;
    }

    /** Where a pair is in an article, from the positions file, by the article's place in the pair's postings. */
    private static int[] positionsOf(String pair, int doc) {
        int[] postings = Postings.decode(postings(pair));
        String name = SearchIndex.FOLDER + "positions/" + Terms.shard(pair, index.positionShardCount());
        String positions = PositionsFile.read(index.files().get(name + ".json"), index.files().get(name + ".bin")).whole(pair);
        int at = 0;
        for (int i = 0; i < postings.length; i += 2) {
            int[][] read = SearchIndex.readPositions(positions, at);
            if (postings[i] == doc) {
                return read[0];
            }
            at = read[1][0];
        }
        throw new AssertionError(pair + " is not listed for " + doc);
    }

    @Test
    void theIndexReadsBackAsEveryArticlesTermsCountsAndPositions() {
        // the round trip: what the files say equals what the articles' text gives, term by term
        List<Page> pages = numbered();
        for (int doc = 0; doc < pages.size(); doc++) {
            String text = TestSites.searchable(pages.get(doc));
            Map<String, List<Integer>> expected = new java.util.TreeMap<>();
            String normal = Terms.normalize(text);
            Terms.visit(text, new Terms.Visitor() {
                @Override
                public void character(int cp) {
                    expected.computeIfAbsent(Character.toString(cp), k -> new ArrayList<>());
                }

                @Override
                public void pair(int first, int second, int position) {
                    String pair = Character.toString(first) + Character.toString(second);
                    assertTrue(normal.startsWith(pair, position), "position of " + pair);
                    expected.computeIfAbsent(pair, k -> new ArrayList<>()).add(position);
                }

                @Override
                public void word(String word) {
                    expected.computeIfAbsent(word, k -> new ArrayList<>());
                }
            });
            Map<String, Integer> occurrences = new java.util.HashMap<>();
            Terms.index(text, t -> occurrences.merge(t, 1, Integer::sum));
            for (Map.Entry<String, List<Integer>> e : expected.entrySet()) {
                int[] postings = Postings.decode(postings(e.getKey()));
                int weight = -1;
                for (int i = 0; i < postings.length; i += 2) {
                    if (postings[i] == doc) {
                        weight = postings[i + 1];
                    }
                }
                assertEquals(Math.min(occurrences.get(e.getKey()), Postings.MAX_COUNT), weight >> 1, doc + " " + e.getKey());
                if (e.getKey().codePointCount(0, e.getKey().length()) == 2 && !e.getValue().isEmpty()) {
                    assertEquals(e.getValue().toString(), java.util.Arrays.toString(positionsOf(e.getKey(), doc)), doc + " " + e.getKey());
                }
            }
        }
    }

    @Test
    void everyTermIsInTheShardItHashesTo() {
        int terms = 0;
        for (Map.Entry<String, byte[]> f : index.files().entrySet()) {
            Matcher name = Pattern.compile("search/shards/(\\d+)\\.json").matcher(f.getKey());
            if (!name.matches()) {
                continue;
            }
            Matcher m = Pattern.compile("\"([^\"]+)\":\"").matcher(new String(f.getValue(), StandardCharsets.UTF_8));
            while (m.find()) {
                assertEquals(Integer.parseInt(name.group(1)), Terms.shard(m.group(1), index.shardCount()), m.group(1));
                terms++;
            }
        }
        assertEquals(index.termCount(), terms);
        assertEquals(Integer.bitCount(index.shardCount()), 1, "a power of two");
    }

    @Test
    void theSameSiteGivesTheSameFiles() {
        SearchIndex again = SearchIndex.of(site);
        assertEquals(index.files().keySet(), again.files().keySet());
        index.files().forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, again.files().get(k)), k));
    }

    /** index.json's regions read back as search.js reads them: [code, name, parent's code or "", count]. */
    static List<String[]> regions(String json) {
        java.util.function.Function<String, String[]> list = name -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\":\\[([^\\]]*)\\]").matcher(json);
            assertTrue(m.find(), name);
            return m.group(1).split(",");
        };
        String[] codes = list.apply("codes");
        String[] names = list.apply("names");
        String[] parents = list.apply("parents");
        String[] counts = list.apply("counts");
        List<String[]> out = new ArrayList<>();
        int code = 0;
        for (int i = 0; i < codes.length; i++) {
            code += Integer.parseInt(codes[i]);
            int up = Integer.parseInt(parents[i]);
            out.add(new String[] {String.format("%06d", code), names[i].replace("\"", ""),
                    up == 0 ? "" : out.get(i - up)[0], counts[i]});
        }
        return out;
    }
}
