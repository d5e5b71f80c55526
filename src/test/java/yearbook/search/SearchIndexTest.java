package yearbook.search;

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

    private static String file(String path) {
        byte[] bytes = index.files().get(SearchIndex.FOLDER + path);
        assertTrue(bytes != null, "no file " + path);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The articles (by number) the index lists for a term, read from the term's shard. */
    private static List<Integer> lookup(String term) {
        String shard = file("shards/" + Terms.shard(term, index.shardCount()) + ".json");
        Matcher m = Pattern.compile("\"" + Pattern.quote(term) + "\":\"([^\"]*)\"").matcher(shard);
        List<Integer> docs = new ArrayList<>();
        if (m.find()) {
            int[] postings = Postings.decode(m.group(1));
            for (int i = 0; i < postings.length; i += 2) {
                docs.add(postings[i]);
            }
        }
        return docs;
    }

    /** What the index should find: articles whose text, title or listed facts contain the words. */
    private static List<Integer> containing(String words) {
        List<Integer> docs = new ArrayList<>();
        for (int i = 0; i < site.pages().size(); i++) {
            Page p = site.pages().get(i);
            String all = p.article().title() + " " + p.article().organization() + " "
                    + p.article().themes().stream().map(t -> t.name()).toList() + " " + Jsoup.parse(p.html()).text();
            if (all.contains(words)) {
                docs.add(i);
            }
        }
        return docs;
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
        Page first = site.pages().get(0);
        String pair = Terms.query(first.article().title()).get(0);
        String shard = file("shards/" + Terms.shard(pair, index.shardCount()) + ".json");
        Matcher m = Pattern.compile("\"" + Pattern.quote(pair) + "\":\"([^\"]*)\"").matcher(shard);
        assertTrue(m.find());
        int[] postings = Postings.decode(m.group(1));
        assertEquals(0, postings[0]);
        assertEquals(1, postings[1] & 1, "the first article has " + pair + " in its title");
    }

    @Test
    void theCatalogueListsEveryArticleInSiteOrderWithItsAddress() {
        String json = file("index.json");
        assertTrue(json.matches("(?s)\\{\"version\":\"[0-9a-f]{12}\",\"shards\":" + index.shardCount() + ",.*"));
        int at = 0;
        for (Page p : site.pages()) {
            String entry = "[\"" + p.url().substring(1) + "\",\"" + p.article().title() + "\",";
            int next = json.indexOf(entry, at);
            assertTrue(next > at, "article in order: " + entry);
            at = next;
        }
        assertTrue(json.contains("[\"150623\",\"鄂托克前旗\","), "regions with their names");
        assertTrue(json.contains("[\"model-workers\",\"劳模工匠\"]"), "themes with their names");
        assertTrue(json.contains("[2019,\"工会年鉴 2019\"]"), "volumes with their names");
        assertFalse(json.contains("<"), "no raw '<' that could close a script");
    }

    @Test
    void eachArticleHasItsTextForSnippets() {
        for (int i = 0; i < site.pages().size(); i++) {
            String text = file("text/" + i + ".txt");
            String body = Jsoup.parse(site.pages().get(i).html()).text();
            assertEquals(body.substring(0, Math.min(body.length(), SearchIndex.TEXT_LIMIT)), text);
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
}
