package yearbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import yearbook.testing.Chromium;

/**
 * The search script's core in headless Chromium, on lists the index's own writer made: postings read back as the
 * Java reader reads them, and the candidates of a query put in the order of a full sort (title matches first,
 * then the score, then the article's number), though the script orders only as many as are asked for.
 */
class SearchScriptBrowserTest {
    private static String script;

    /** The order of a full sort, made as the script made it before it ordered only what was asked for. */
    private static final String EXPECTED = """
                function expected(lists) {
                  var found = [];
                  var order = lists.map(function (l, i) { return i; })
                    .sort(function (a, b) { return lists[a].docs.length - lists[b].docs.length; });
                  var first = lists[order[0]];
                  var at = lists.map(function (l) {
                    var m = new Map();
                    l.docs.forEach(function (d, k) { m.set(d, k); });
                    return m;
                  });
                  outer:
                  for (var i = 0; i < first.docs.length; i++) {
                    var doc = first.docs[i], title = true, score = 0;
                    for (var o = 0; o < order.length; o++) {
                      var l = lists[order[o]], c = at[order[o]].get(doc);
                      if (c === undefined) continue outer;
                      title = title && (l.weights[c] & 1) === 1;
                      score += Math.log(1 + (l.weights[c] >> 1)) * Math.log(1 + count / l.docs.length);
                    }
                    found.push({doc: doc, title: title ? 1 : 0, score: score});
                  }
                  found.sort(function (a, b) { return b.title - a.title || b.score - a.score || a.doc - b.doc; });
                  return found.map(function (f) { return f.doc; });
                }
                function docs(ranked, indices) { return indices.map(function (i) { return ranked.get(i).doc; }); }
                function upTo(n) { var out = []; for (var i = 0; i < n; i++) out.push(i); return out; }
                """;

    @BeforeAll
    static void read() throws Exception {
        script = Files.readString(Path.of("templates", "assets", "search.js"));
    }

    /** Runs {@code body} with the script's core as {@code core}, in a blank page. */
    private static Object run(ChromeDriver browser, String body, Object... args) {
        browser.get("about:blank");
        return browser.executeScript("var module = {exports: {}};\n" + script + "\nvar core = module.exports;\n" + body, args);
    }

    private static String postings(Random random, int articles, double share, int[] docs, int[] weights, int[] size) {
        Postings p = new Postings();
        int n = 0;
        for (int a = 0; a < articles; a++) {
            if (random.nextDouble() < share) {
                // few distinct counts, so that many articles tie on their score and their number decides
                int occurrences = 1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 3);
                boolean inTitle = random.nextInt(7) == 0;
                p.add(a, occurrences, inTitle);
                docs[n] = a;
                weights[n] = Math.min(occurrences, Postings.MAX_COUNT) * 2 + (inTitle ? 1 : 0);
                n++;
            }
        }
        size[0] = n;
        return p.text();
    }

    @Test
    void postingsAreReadAsTheirWriterWroteThem() {
        Random random = new Random(5);
        int articles = 300_000;
        int[] docs = new int[articles];
        int[] weights = new int[articles];
        int[] size = new int[1];
        // sparse, so that gaps take several digits, and dense
        for (double share : new double[] {0.0005, 0.9}) {
            String text = postings(random, articles, share, docs, weights, size);
            @SuppressWarnings("unchecked")
            Map<String, List<Number>> read = (Map<String, List<Number>>) run(Chromium.driver(),
                    "var d = core.decode(arguments[0]); return {docs: Array.from(d.docs), weights: Array.from(d.weights)};", text);
            assertEquals(size[0], read.get("docs").size(), "entries");
            int[] java = Postings.decode(text);
            for (int i = 0; i < size[0]; i++) {
                assertEquals(docs[i], read.get("docs").get(i).intValue(), "article of entry " + i);
                assertEquals(weights[i], read.get("weights").get(i).intValue(), "weight of entry " + i);
                assertEquals(java[2 * i], docs[i]);
                assertEquals(java[2 * i + 1], weights[i]);
            }
        }
    }

    @Test
    void candidatesComeInTheOrderOfAFullSortHoweverFewAreAskedFor() {
        Random random = new Random(9);
        int articles = 20_000;
        List<String> lists = new ArrayList<>();
        for (double share : new double[] {0.9, 0.5, 0.95}) {
            lists.add(postings(random, articles, share, new int[articles], new int[articles], new int[1]));
        }
        // the order of a full sort, made here as the script made it before it ordered only what was asked for;
        // then the script's order, asked for in three ways: the first 20, then all; all at once; from the end
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) run(Chromium.driver(), EXPECTED + """
                var count = arguments[0];
                var lists = arguments[1].map(core.decode);
                var keep = function () { return true; };
                var want = expected(lists);
                var a = core.rank(count, lists, keep, []);
                var firstPage = docs(a, upTo(20));
                var b = core.rank(count, lists, keep, []);
                var c = core.rank(count, lists, keep, []);
                var backwards = docs(c, upTo(c.length).reverse()).reverse();
                var single = core.rank(count, [lists[1]], keep, []);
                return {want: want, length: a.length, firstPage: firstPage, paged: docs(a, upTo(a.length)),
                  all: docs(b, upTo(b.length)), backwards: backwards,
                  singleWant: expected([lists[1]]), single: docs(single, upTo(single.length))};
                """, articles, lists);
        List<?> want = (List<?>) r.get("want");
        assertTrue(want.size() > 5_000, "articles in all three lists: " + want.size());
        assertEquals(want.size(), ((Number) r.get("length")).intValue(), "as many candidates as articles in all lists");
        assertEquals(want.subList(0, 20), r.get("firstPage"), "the first page");
        assertEquals(want, r.get("paged"), "page after page");
        assertEquals(want, r.get("all"), "all at once");
        assertEquals(want, r.get("backwards"), "the last asked for first");
        assertEquals(r.get("singleWant"), r.get("single"), "one list");
    }

    /**
     * Lists whose weights come in tiers (a term's own files, as {@link OwnPostings} writes them) rank as the whole
     * lists do, page after page, while the first page reads only some of their tiers.
     */
    @Test
    void listsReadInTiersRankAsWholeListsAndTheFirstPageReadsFewerTiers() {
        Random random = new Random(11);
        int articles = 30_000;
        List<String> texts = new ArrayList<>();
        List<String> jsons = new ArrayList<>();
        List<String> bins = new ArrayList<>();
        for (double share : new double[] {0.99, 0.7, 0.5, 0.02}) {
            String text = postings(random, articles, share, new int[articles], new int[articles], new int[1]);
            OwnPostings.Files files = OwnPostings.write(text, 64);
            texts.add(text);
            jsons.add(new String(files.json(), java.nio.charset.StandardCharsets.US_ASCII));
            bins.add(java.util.Base64.getEncoder().encodeToString(files.tiers()));
        }
        // a list whose title matches, which its tiers hold first, count up to 3, and whose other entries count up to 300:
        // a weight not read may be higher than any in the next tier
        Postings titled = new Postings();
        for (int a = 0; a < articles; a++) {
            if (random.nextInt(10) > 0) {
                boolean inTitle = random.nextInt(4) == 0;
                titled.add(a, inTitle ? 1 + random.nextInt(3) : 1 + random.nextInt(300), inTitle);
            }
        }
        // and a list with no title match at all
        Postings untitled = new Postings();
        for (int a = 0; a < articles; a++) {
            if (random.nextInt(10) > 0) {
                untitled.add(a, 1 + random.nextInt(300), false);
            }
        }
        for (Postings p : List.of(titled, untitled)) {
            OwnPostings.Files files = OwnPostings.write(p.text(), 64);
            texts.add(p.text());
            jsons.add(new String(files.json(), java.nio.charset.StandardCharsets.US_ASCII));
            bins.add(java.util.Base64.getEncoder().encodeToString(files.tiers()));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) run(Chromium.driver(), EXPECTED + """
                var count = arguments[0], texts = arguments[1], jsons = arguments[2], bins = arguments[3];
                var keep = function () { return true; };
                var reads = 0;
                function lists(which) {
                  return which.map(function (i) {
                    // the rarest list is a short one, read whole from its shard
                    if (i === 3) return core.decode(texts[i]);
                    var bytes = Uint8Array.from(atob(bins[i]), function (c) { return c.charCodeAt(0); });
                    return core.tiered(JSON.parse(jsons[i]), 'list' + i, function (url, offset, length) {
                      reads++;
                      return Promise.resolve(bytes.slice(offset, offset + length));
                    });
                  });
                }
                var out = {tiers: [0, 1, 2].reduce(function (s, i) { return s + JSON.parse(jsons[i]).tiers.length - 1; }, 0)};
                function asked(which, key) {
                  var tiered = lists(which);
                  var r = core.rank(count, tiered, keep, []);
                  reads = 0;
                  out[key + 'Want'] = expected(which.map(function (i) { return core.decode(texts[i]); }));
                  return r.ensure(20).then(function () {
                    out[key + 'First'] = docs(r, upTo(Math.min(20, r.length)));
                    out[key + 'Reads'] = reads;
                    var known = 0, all = 0;
                    tiered.forEach(function (l) { all += l.weights.length; known += l.weights.filter(function (w) { return w >= 0; }).length; });
                    out[key + 'Share'] = known / all;
                    return r.ensure(r.length);
                  }).then(function () {
                    out[key + 'All'] = docs(r, upTo(r.length));
                    out[key + 'Known'] = tiered.every(function (l) { return l.weights.every(function (w) { return w >= 0; }); });
                  });
                }
                return asked([0, 1, 2], 'three').then(function () { return asked([0], 'one'); })
                  .then(function () { return asked([0, 3], 'short'); })
                  .then(function () { return asked([4, 1], 'titled'); })
                  .then(function () { return asked([4, 5], 'untitled'); }).then(function () { return out; });
                """, articles, texts, jsons, bins);
        int tiers = ((Number) r.get("tiers")).intValue();
        assertTrue(tiers > 10, "the three long lists have tiers to read: " + tiers);
        for (String key : new String[] {"three", "one", "short", "titled", "untitled"}) {
            List<?> want = (List<?>) r.get(key + "Want");
            assertTrue(want.size() > 20, key + ": articles found " + want.size());
            assertEquals(want.subList(0, 20), r.get(key + "First"), key + ": the first page");
            assertEquals(want, r.get(key + "All"), key + ": every candidate, in order");
            assertEquals(true, r.get(key + "Known"), key + ": every weight read in the end");
        }
        assertTrue(((Number) r.get("threeReads")).intValue() < tiers, "the first page of three lists reads some of their tiers: "
                + r.get("threeReads") + " of " + tiers);
        assertTrue(((Number) r.get("threeShare")).doubleValue() < 0.25,
                "the first page of three lists knows under a quarter of their weights: " + r.get("threeShare"));
        assertEquals(0, ((Number) r.get("oneReads")).intValue(), "one list's first page is in its first tier");
    }

    /**
     * A weight after a list's title matches may count more than any of them: an article with such a weight not yet
     * read still comes first when it scores more, and a query that another has read a list to the end for still goes on.
     */
    @Test
    void aWeightAfterTheTitleMatchesMayCountMoreAndAListReadToTheEndIsNotReadAgain() {
        Postings a = new Postings();
        Postings b = new Postings();
        int[][] weights = {{2, 1, 2}, {2, 1, 1}, {1, 1, 1}, {200, 0, 1}, {1, 0, 1}, {1, 0, 1}};
        for (int d = 0; d < weights.length; d++) {
            a.add(d, weights[d][0], weights[d][1] == 1);
            b.add(d, d == 0 ? 2 : weights[d][2], false);
        }
        OwnPostings.Files files = OwnPostings.write(a.text(), 2);
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) run(Chromium.driver(), EXPECTED + """
                var bytes = Uint8Array.from(atob(arguments[1]), function (c) { return c.charCodeAt(0); });
                var fetch = function (url, offset, length) { return Promise.resolve(bytes.slice(offset, offset + length)); };
                var keep = function () { return true; };
                var count = 100;
                var shared = core.tiered(JSON.parse(arguments[0]), 'a', fetch);
                var b = core.decode(arguments[3]);
                var want = expected([core.decode(arguments[2]), b]);
                var first = core.rank(count, [shared, b], keep, []);
                return first.ensure(1).then(function () {
                  var top = first.get(0).doc;
                  // another query reads the shared list to its end; the first asks for the rest
                  var other = core.rank(count, [shared], keep, []);
                  return other.ensure(6).then(function () { return first.ensure(6); }).then(function () {
                    return {want: want, top: top, all: docs(first, upTo(first.length))};
                  });
                });
                """, new String(files.json(), java.nio.charset.StandardCharsets.US_ASCII),
                java.util.Base64.getEncoder().encodeToString(files.tiers()), a.text(), b.text());
        List<?> want = (List<?>) r.get("want");
        assertEquals(3, ((Number) want.get(0)).intValue(), "the article that counts 200 times, after the title matches, first");
        assertEquals(want.get(0), r.get("top"));
        assertEquals(want, r.get("all"));
    }

    /**
     * A snippet made from a text's head (its first {@link PackedText#HEAD} characters, all the page fetches when it
     * will do) is the one the whole text gives; the head is said to do when the words are early in it, and not when
     * a word is near its end, across it, or only after it.
     */
    @Test
    void aSnippetTakenFromTheHeadIsTheWholeTextsSnippet() {
        String filler = "全区各级工会组织深入开展帮扶活动，";
        List<List<Object>> cases = new ArrayList<>();
        for (int at : new int[] {0, 3, 100, 500, 700, 720, 727, 728, 760, 790, 797, 798, 799, 820, 1500}) {
            for (String query : new String[] {"职工之家", "职工之家 温暖", "之家"}) {
                StringBuilder text = new StringBuilder();
                while (text.length() < 2_000) {
                    text.append(filler);
                }
                text.replace(at, at + 4, "职工之家");
                text.replace(1_700, 1_702, "温暖");
                // a character outside the BMP just where a window might end
                text.replace(at + 76, at + 78, "𠀀");
                cases.add(List.of(text.toString(), query, at));
            }
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> out = (List<Map<String, Object>>) run(Chromium.driver(), """
                var size = arguments[1];
                return arguments[0].map(function (c) {
                  var text = c[0], parsed = core.parseQuery(c[1]), head = text.slice(0, size);
                  return {at: c[2], query: c[1], shown: core.shownIn(head, parsed),
                    same: JSON.stringify(core.snippet(head, parsed)) === JSON.stringify(core.snippet(text, parsed))};
                });
                """, cases, PackedText.HEAD);
        assertEquals(cases.size(), out.size());
        for (Map<String, Object> c : out) {
            int at = ((Number) c.get("at")).intValue();
            String what = c.get("query") + " at " + at;
            boolean shown = (Boolean) c.get("shown");
            if (shown) {
                assertTrue((Boolean) c.get("same"), "the head's snippet is the whole text's: " + what);
            }
            if (c.get("query").equals("职工之家 温暖")) {
                assertFalse(shown, "温暖 is only after the head: " + what);
            } else if (at <= 700) {
                assertTrue(shown, "early enough for the head: " + what);
            } else if (at >= 797) {
                assertFalse(shown, "across the head's end or after it: " + what);
            }
        }
        assertTrue(out.stream().anyMatch(c -> !(Boolean) c.get("same")),
                "some snippets of the head alone differ from the whole text's, and those are not taken");
    }
}
