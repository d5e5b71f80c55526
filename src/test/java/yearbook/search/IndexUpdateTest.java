package yearbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.fingerprint.Fingerprint;
import yearbook.testing.TestFiles;
import yearbook.testing.TestSites;

/**
 * The search index brought up to date from the previous one: after each kind of change it is, file for file, the
 * index made from nothing; when few articles changed it keeps most of the previous files, and it is made from
 * nothing when it cannot be brought up to date.
 */
class IndexUpdateTest {
    private static final String[] REGIONS = {"150623", "150300", "150602", "610825", "611000"};
    /** Postings and positions go to files of their own, a list's weights into several tiers, at sizes this corpus reaches. */
    private static final SearchIndex.Layout LAYOUT = new SearchIndex.Layout(1000, 8000, 300, 40);
    private static final String CHARS = "职工之家建设送温暖活动劳模精神代代相传工会组织帮扶困难慰问技能竞赛安全生产法律援助";

    @TempDir
    Path root;
    private Path content;
    /** The previous index: all its files, and the state it left. */
    private Map<String, byte[]> files;
    private byte[] state;

    @BeforeEach
    void corpus() throws IOException {
        StringBuilder archive = new StringBuilder(TestFiles.BASICS);
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            StringBuilder body = new StringBuilder();
            for (int k = 0; k < 150 + random.nextInt(150); k++) {
                // phrases that recur (pairs with many positions) and characters that make rarer pairs
                int at = random.nextInt(CHARS.length() - 4);
                body.append(CHARS, at, at + 4).append((char) (0x4E00 + random.nextInt(800)));
                body.append("职工"); // a pair in every article, many times: its lists go to files of their own
                if (random.nextInt(25) == 0) {
                    body.append('，').append("word").append(random.nextInt(400)).append('。');
                }
            }
            archive.append(article("a" + i, REGIONS[i % REGIONS.length], 2018 + i % 2,
                    i % 3 == 0 ? "model-workers" : "hardship-aid", "第" + i + "篇 " + body.substring(0, 6), body));
        }
        TestFiles.write(root, archive.toString());
        content = root.resolve("content");
        before = TestSites.model(content);
        SearchIndex first = SearchIndex.of(before, null, LAYOUT);
        assertTrue(first.shardCount() >= 8, "several shards: " + first.shardCount());
        assertTrue(first.positionShardCount() > first.shardCount(), "several positions files per shard");
        assertTrue(first.files().keySet().stream().filter(p -> p.startsWith("search/text/")).count() >= 1);
        assertTrue(first.files().keySet().stream().anyMatch(p -> p.startsWith("search/positions/") && p.endsWith(".bin")),
                "a pair's positions in chunks");
        assertTrue(first.files().keySet().stream().anyMatch(p -> p.matches("search/shards/\\d+-\\d+\\.json")),
                "a term's postings in a file of their own");
        assertTrue(first.files().keySet().stream().anyMatch(p -> p.matches("search/shards/\\d+-\\d+\\.bin")),
                "a long list's weights in tiers after the first");
        files = first.files();
        state = first.state();
    }

    /** index.json lists exactly the terms with a file of their own, each under the number of its file. */
    @Test
    void theIndexListsTheTermsWithAFileOfTheirOwn() {
        Map<String, Integer> expected = new TreeMap<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (f.getKey().matches("search/shards/\\d+\\.json")) {
                ShardFile.read(f.getValue()).forEach((term, value) -> {
                    if (value.charAt(0) == ShardTerms.OWN_MARK) {
                        expected.put(term, Postings.read(value, 1)[0]);
                    }
                });
            }
        }
        assertTrue(expected.size() > 3, "terms with files of their own: " + expected);
        String json = new String(files.get("search/index.json"), StandardCharsets.UTF_8);
        String own = json.substring(json.indexOf("\"own\":[") + "\"own\":[".length(), json.length() - 2);
        Map<String, Integer> listed = new TreeMap<>();
        String[] groups = own.split(",?\n\\[");
        for (int g = 1; g < groups.length; g++) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]+)\"").matcher(groups[g]);
            while (m.find()) {
                assertNull(listed.put(m.group(1), g - 1), "listed once: " + m.group(1));
            }
        }
        assertEquals(expected, listed);
    }

    private static String article(String slug, String region, int year, String theme, String title, CharSequence body) {
        return "-- content/articles/" + slug + ".md --\n---\ntitle: " + title + "\norganization: 总工会\nregion: " + region
                + "\nyear: " + year + "\nthemes: [" + theme + "]\nslug: " + slug + "\n---\n" + body + "\n";
    }

    private void edit(String slug, String from, String to) throws IOException {
        Path f = content.resolve("articles/" + slug + ".md");
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), slug + " holds " + from);
        Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** Whether the previous files are taken as intact whatever their bytes (a file changed by hand, its time kept). */
    private boolean trusted;
    /**
     * Whether the update is told each changed article's earlier body, as a build with its cache tells it
     * ({@link IndexUpdateKnowingBeforeTest}): then only the terms that change are looked at.
     */
    boolean knowsBefore;
    /** The site the previous index was made from. */
    private yearbook.site.SiteModel before;
    /** The paths of the previous index's files read by the update. */
    final List<String> read = new ArrayList<>();

    private SearchIndex.Previous previous() {
        Map<String, byte[]> was = files;
        byte[] saved = state;
        Map<String, yearbook.site.Page> earlier = new java.util.HashMap<>();
        before.pages().forEach(p -> earlier.put(p.article().path(), p));
        boolean tell = knowsBefore;
        return new SearchIndex.Previous() {
            @Override
            public yearbook.site.Page before(yearbook.site.Page now) {
                yearbook.site.Page p = earlier.get(now.article().path());
                if (!tell || p == null || p.html().equals(now.html())) {
                    return null; // as a build's cache: only a body rendered again has an earlier one
                }
                return new yearbook.site.Page(now.article(), now.url(), now.chain(), p.rendered(), now.headings(),
                        now.summary(), now.lastChange(), now.pictures(), p.htmlKey());
            }

            @Override
            public byte[] state() {
                return saved;
            }

            @Override
            public boolean intact(String sitePath, String fingerprint) {
                return was.containsKey(sitePath) && (trusted || Fingerprint.ofBytes(was.get(sitePath)).equals(fingerprint));
            }

            @Override
            public byte[] read(String sitePath) {
                synchronized (read) {
                    read.add(sitePath);
                }
                return was.get(sitePath);
            }
        };
    }

    /**
     * Updates the index from the previous one and checks it against one made from nothing; returns the update,
     * which becomes the previous index.
     */
    SearchIndex update() {
        SearchIndex updated = check();
        Map<String, byte[]> all = new TreeMap<>(updated.files());
        for (String p : updated.kept()) {
            all.put(p, files.get(p));
        }
        files = all;
        state = updated.state();
        before = site;
        return updated;
    }

    /** The site {@link #check} made the index of. */
    private yearbook.site.SiteModel site;

    /** Updates the index from the previous one and checks it against one made from nothing, keeping neither. */
    SearchIndex check() {
        site = TestSites.model(content);
        SearchIndex updated = SearchIndex.of(site, previous(), LAYOUT);
        Map<String, byte[]> all = new TreeMap<>(updated.files());
        for (String p : updated.kept()) {
            assertTrue(files.containsKey(p), "a kept file was in the previous index: " + p);
            assertFalse(all.containsKey(p), "a file is either made or kept: " + p);
            all.put(p, files.get(p));
        }
        Map<String, byte[]> full = SearchIndex.of(site, null, LAYOUT).files();
        assertEquals(full.keySet(), all.keySet(), "the same files");
        List<String> differ = new ArrayList<>();
        full.forEach((p, bytes) -> {
            if (!java.util.Arrays.equals(bytes, all.get(p))) {
                differ.add(p);
            }
        });
        assertEquals(List.of(), differ, "files that differ from the index made from nothing");
        full.forEach((p, bytes) -> assertEquals(Fingerprint.ofBytes(bytes), updated.fingerprint(p), p));
        return updated;
    }

    private static long shardsMade(SearchIndex index) {
        return index.files().keySet().stream().filter(p -> p.startsWith("search/shards/")).count();
    }

    @Test
    void nothingChangedKeepsEveryFile() {
        SearchIndex index = update();
        assertEquals(Map.of(), index.files(), "nothing is made");
        assertEquals(files.size(), index.kept().size());
    }

    @Test
    void anEditedArticleTouchesOnlyTheFilesOfItsTerms() throws IOException {
        edit("a17", "\n---\n", "\n---\n新增一段：职工书屋揭牌，word9999 首次出现。\n\n");
        SearchIndex index = update();
        assertTrue(index.kept().stream().anyMatch(p -> p.startsWith("search/shards/")), "shards are kept");
        assertTrue(index.files().containsKey("search/index.json"), "the version changes");
        assertTrue(index.files().keySet().stream().anyMatch(p -> p.startsWith("search/text/")), "its text's pack is made");
        assertTrue(shardsMade(index) > 0 && shardsMade(index) < index.shardCount(), "some shards, not all");
        String shard = new String(files.get("search/shards/" + Terms.shard("word9999", index.shardCount()) + ".json"),
                StandardCharsets.UTF_8);
        assertTrue(shard.contains("\"word9999\""), "a new term is added to its shard");

        // the new term taken out again: it leaves its shard; a second article changed at the same time
        edit("a17", "word9999 ", "");
        edit("a200", "\n---\n", "\n---\n另一处修改。\n\n");
        index = update();
        shard = new String(files.get("search/shards/" + Terms.shard("word9999", index.shardCount()) + ".json"),
                StandardCharsets.UTF_8);
        assertFalse(shard.contains("\"word9999\""), "a term no article has is gone");
        assertTrue(shardsMade(index) > 0 && shardsMade(index) < index.shardCount(), "some shards, not all");
    }

    @Test
    void anArticleLeavesAndRejoinsALongListInAFileOfItsOwn() throws IOException {
        Path f = content.resolve("articles/a40.md");
        String text = Files.readString(f, StandardCharsets.UTF_8);
        Files.writeString(f, text.replace("职工", "工人"), StandardCharsets.UTF_8);
        SearchIndex index = update();
        int shard = Terms.shard("职工", index.shardCount());
        assertTrue(index.files().keySet().stream().anyMatch(p -> p.startsWith("search/shards/" + shard + "-")),
                "the own file of 职工's list is made again");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        update();
    }

    /**
     * An article of a line leaves 职工's list, which is in a file of its own, and no other term it had is in 职工's
     * shard: of that shard, only the own file held the article, and only it is made again.
     */
    @Test
    void anArticleThatOnlyALongListOfItsShardHeldLeavesIt() throws IOException {
        // a9's region, theme and year give it no term in 职工's shard: checked, this test fails when the update does
        // not look into the own files of a shard (IndexUpdate.shard), where a10's to a8's do not reach that case
        String slug = "a9";
        Path f = content.resolve("articles/" + slug + ".md");
        String text = Files.readString(f, StandardCharsets.UTF_8);
        String head = text.substring(0, text.indexOf("\n---\n", 4) + 5).replaceFirst("(?m)^title: .*$", "title: 甲");
        // first cut down to a title and a line with 职工, so that it has few terms, then 职工 taken out
        Files.writeString(f, head + "甲职工。\n", StandardCharsets.UTF_8);
        update();
        Files.writeString(f, head + "甲。\n", StandardCharsets.UTF_8);
        SearchIndex index = update();
        int shard = Terms.shard("职工", index.shardCount());
        assertTrue(index.kept().contains("search/shards/" + shard + ".json"),
                "the shard itself is kept: no list in it held the article");
        assertTrue(index.files().keySet().stream().anyMatch(p -> p.startsWith("search/shards/" + shard + "-")),
                "the own file of 职工's list is made again");
    }

    @Test
    void titlesRegionsAndThemesOfAnArticleAreUpdatedToo() throws IOException {
        edit("a5", "title: 第5篇 ", "title: 第5篇 改");
        assertTrue(update().kept().size() > 0);
        edit("a6", "themes: [model-workers]", "themes: [model-workers, hardship-aid]");
        assertTrue(update().kept().size() > 0);
        edit("a11", "region: 150300", "region: 150602");
        update(); // the site's order may change with the region: then it is made from nothing, the same files
    }

    @Test
    void whatCannotBeUpdatedIsMadeFromNothing() throws IOException {
        // an article added: the numbering changes
        TestFiles.write(root, article("zz", "150623", 2019, "model-workers", "新文章", "新文章的正文，劳模精神。"));
        assertEquals(List.of(), update().kept());
        // an article removed
        Files.delete(content.resolve("articles/zz.md"));
        assertEquals(List.of(), update().kept());
        // a theme renamed: it is listed in index.json with every article's themes
        Path themes = content.resolve("themes.yaml");
        Files.writeString(themes, Files.readString(themes).replace("name: 劳模工匠", "name: 劳模与工匠"));
        assertEquals(List.of(), update().kept());
        // a file of the previous index changed since: not trusted
        edit("a3", "\n---\n", "\n---\n修改。\n\n");
        files.put("search/shards/0.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), update().kept());
        // a file of the previous index damaged in a way its size and time do not show (told the earlier body, the
        // update reads only the shards of the terms that change: a damaged shard it does not read is kept, as any
        // file of the site whose size and time did not change)
        boolean knew = knowsBefore;
        knowsBefore = false;
        trusted = true;
        edit("a3", "修改。", "修改了。");
        for (int s = 0; files.containsKey("search/shards/" + s + ".json"); s++) {
            files.put("search/shards/" + s + ".json", "{\"x\":\"".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(List.of(), update().kept());
        trusted = false;
        knowsBefore = knew;
        // many articles changed
        for (int i = 0; i < 60; i++) {
            edit("a" + i, "\n---\n", "\n---\n改" + i + "。\n\n");
        }
        assertEquals(List.of(), update().kept());
        // a state that is not one
        state = new byte[] {1, 2, 3};
        edit("a3", "修改了。", "再修改。");
        assertEquals(List.of(), update().kept());
    }
}
