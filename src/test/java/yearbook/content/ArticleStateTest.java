package yearbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.config.Project;
import yearbook.config.ProjectLoader;
import yearbook.diag.Diagnostics;
import yearbook.fingerprint.Fingerprint;
import yearbook.testing.TestFiles;

/**
 * A build's article cache kept from one build to the next: an article whose file did not change comes back as it
 * was read, without its markdown but with its fingerprint; one whose file changed, or that had a finding, or whose
 * settings changed, is read again; a damaged state is an empty cache.
 */
class ArticleStateTest {
    @TempDir
    Path root;
    private Path content;

    @BeforeEach
    void write() throws Exception {
        TestFiles.write(root, TestFiles.BASICS + TestFiles.TWO_ARTICLES + """
                -- content/articles/c.md --
                ---
                title: 带来源的文章
                subtitle: 副题
                kicker: 引题
                organization: 某单位
                region: 150623
                year: 2018
                date: 2018-05-01
                themes: [hardship-aid, model-workers]
                authors: [张三, 李四]
                source: {name: 工人日报, url: "https://example.org/a", date: 2018-05-02}
                category: 综合
                slug: with-source
                weight: 3
                aliases: [2018/old-name/]
                ---
                正文第一段。

                正文第二段。
                """);
        content = root.resolve("content");
    }

    private ContentLoader.Content load(ArticleCache cache, Diagnostics d) {
        Project project = ProjectLoader.load(content, d);
        return ContentLoader.load(content, project, cache, d);
    }

    /** Writes a file anew, two seconds later than it was, as an editor's save would. */
    private static void rewrite(Path file, String text) throws Exception {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
    }

    private static Map<String, Article> byPath(ContentLoader.Content c) {
        return c.articles().stream().collect(Collectors.toMap(Article::path, Function.identity()));
    }

    @Test
    void anUnchangedArticleComesBackWithoutReadingItsFile() throws Exception {
        ArticleCache first = ArticleCache.forBuild(null);
        Diagnostics d = new Diagnostics();
        Map<String, Article> read = byPath(load(first, d));
        assertFalse(d.hasErrors(), d.all().toString());
        byte[] state = first.state();

        ArticleCache next = ArticleCache.forBuild(state);
        ContentLoader.Content again = load(next, new Diagnostics());
        Map<String, Article> kept = byPath(again);
        assertEquals(read.keySet(), kept.keySet());
        for (Article a : read.values()) {
            Article k = kept.get(a.path());
            assertNull(k.body(), "an article from the cache has no markdown");
            assertEquals(a.withoutBody(), k, "every other field as read: " + a.path());
            assertEquals(Fingerprint.once(a.body()), again.bodyKeys().get(a.path()), "and its markdown's fingerprint");
            assertEquals(Fingerprint.once(k), again.articleKeys().get(a.path()),
                    "and the fingerprint of the article as read back, which stands for it in the site model's key");
        }
        // the fields of the full article survive the round trip
        Article c = kept.get("articles/c.md");
        assertEquals(List.of("张三", "李四"), c.authors());
        assertEquals("工人日报", c.source().name());
        assertEquals(2, c.themes().size());
        assertEquals(List.of("2018/old-name/"), c.aliases());
    }

    /** What each article of a load came back as: its fields without the markdown, and the markdown's fingerprint. */
    private static Map<String, Object> asKept(ContentLoader.Content c) {
        Map<String, Object> out = new java.util.TreeMap<>();
        for (Article a : c.articles()) {
            out.put(a.path(), List.of(a.withoutBody(), String.valueOf(c.bodyKeys().get(a.path()))));
        }
        return out;
    }

    /** The whole state of a first build of the articles as they are written. */
    private byte[] firstState() {
        ArticleCache first = ArticleCache.forBuild(null);
        load(first, new Diagnostics());
        return first.state();
    }

    @Test
    void aStateWithTheChangesSinceItReadsAsTheWholeStateWould() throws Exception {
        ArticleCache first = ArticleCache.forBuild(null);
        load(first, new Diagnostics());
        assertNull(first.changes(), "no state was read: none to write changes of");
        byte[] state = first.state();

        // an article edited, one deleted, one added
        Path a = content.resolve("articles/a.md");
        rewrite(a, Files.readString(a).replace("送温暖活动", "金秋助学活动"));
        Files.delete(content.resolve("articles/b.md"));
        Files.writeString(content.resolve("articles/d.md"), Files.readString(content.resolve("articles/c.md"))
                .replace("带来源的文章", "新增的文章").replace("with-source", "added"));
        ArticleCache second = ArticleCache.forBuild(state);
        ContentLoader.Content loaded = load(second, new Diagnostics());
        assertNull(byPath(loaded).get("articles/c.md").body(), "an unchanged article comes from the state");
        byte[] changes = second.changes();
        assertNotNull(changes, "three changes are few");
        // read as a state of its own, the changes hold the two articles read again and not the unchanged one
        ArticleCache alone = ArticleCache.forBuild(changes);
        assertNotNull(alone.bodyKey("articles/a.md"));
        assertNotNull(alone.bodyKey("articles/d.md"));
        assertNull(alone.bodyKey("articles/c.md"), "the unchanged article is not written again");

        ArticleCache withChanges = ArticleCache.forBuild(state, changes);
        assertNull(withChanges.bodyKey("articles/b.md"), "the deleted article is gone from the cache");
        assertNotNull(ArticleCache.forBuild(state).bodyKey("articles/b.md"), "as the state alone has it");
        ContentLoader.Content again = load(withChanges, new Diagnostics());
        assertTrue(again.articles().stream().allMatch(x -> x.body() == null), "no article's file read again");
        assertEquals(asKept(load(ArticleCache.forBuild(second.state()), new Diagnostics())), asKept(again),
                "every article as the whole state gives it");
        assertTrue(byPath(again).get("articles/a.md").title().contains("金秋助学"));

        // a later build's changes are all since the same state: its own and the earlier ones
        Path c = content.resolve("articles/c.md");
        rewrite(c, Files.readString(c).replace("正文第一段。", "正文第一段，改过。"));
        ArticleCache third = ArticleCache.forBuild(state, changes);
        load(third, new Diagnostics());
        ContentLoader.Content last = load(ArticleCache.forBuild(state, third.changes()), new Diagnostics());
        assertTrue(last.articles().stream().allMatch(x -> x.body() == null), "the earlier changes too: " + last.articles());
        assertNull(ArticleCache.forBuild(state, third.changes()).bodyKey("articles/b.md"), "the deleted article stays gone");
        assertEquals(load(ArticleCache.forBuild(null), new Diagnostics()).bodyKeys().get("articles/c.md"),
                last.bodyKeys().get("articles/c.md"), "the edited article's markdown as read from its file");
        assertEquals(asKept(load(ArticleCache.forBuild(third.state()), new Diagnostics())), asKept(last));
    }

    @Test
    void anArticleThatNowHasAFindingIsNotInTheChangesAndDamagedChangesAreAnEmptyCache() throws Exception {
        byte[] state = firstState();
        Path a = content.resolve("articles/a.md");
        String text = Files.readString(a);
        assertTrue(text.contains("themes: ["), text);
        rewrite(a, text.replace("themes: [", "themes: [no-such-theme, "));
        Diagnostics d = new Diagnostics();
        ArticleCache second = ArticleCache.forBuild(state);
        load(second, d);
        assertTrue(d.hasErrors(), "the unknown theme is an error");
        byte[] changes = second.changes();
        assertNull(ArticleCache.forBuild(state, changes).bodyKey("articles/a.md"), "an article with a finding is not kept");
        Diagnostics again = new Diagnostics();
        load(ArticleCache.forBuild(state, changes), again);
        assertEquals(d.all().toString(), again.all().toString(), "so it is read and reported again");

        // cut short, as a file written only in part would be
        byte[] cut = java.util.Arrays.copyOf(changes, changes.length / 2);
        ContentLoader.Content damaged = load(ArticleCache.forBuild(state, cut), new Diagnostics());
        assertTrue(damaged.articles().stream().allMatch(x -> x.body() != null), "every article read from its file");
    }

    @Test
    void theChangesOfAnotherStateAreNotRead() throws Exception {
        ArticleCache first = ArticleCache.forBuild(null);
        load(first, new Diagnostics());
        byte[] state = first.state();
        Path a = content.resolve("articles/a.md");
        rewrite(a, Files.readString(a).replace("送温暖活动", "金秋助学活动"));
        ArticleCache second = ArticleCache.forBuild(state);
        load(second, new Diagnostics());
        byte[] changes = second.changes();

        // the same articles written whole again have a mark of their own: the changes are not theirs
        ContentLoader.Content again = load(ArticleCache.forBuild(first.state(), changes), new Diagnostics());
        Article read = byPath(again).get("articles/a.md");
        assertNotNull(read.body(), "the article is read from its file, as the state alone would have it");
        assertTrue(read.title().contains("金秋助学"));
    }

    @Test
    void whatArticlesHaveAlikeComesBackAsOneObject() throws Exception {
        TestFiles.write(root, """
                -- content/articles/d.md --
                ---
                title: 同一来源的第二篇
                organization: 某单位
                region: 150623
                year: 2018
                themes: [model-workers]
                authors: [张三]
                source: {name: 工人日报}
                category: 综合
                ---
                正文。
                """);
        ArticleCache first = ArticleCache.forBuild(null);
        Diagnostics d = new Diagnostics();
        Map<String, Article> read = byPath(load(first, d));
        assertFalse(d.hasErrors(), d.all().toString());
        Map<String, Article> kept = byPath(load(ArticleCache.forBuild(first.state()), new Diagnostics()));
        Article c = kept.get("articles/c.md");
        Article other = kept.get("articles/d.md");
        assertEquals(read.get("articles/d.md").withoutBody(), other);
        assertSame(c.themes().get(1), other.themes().get(0), "the theme 劳模工匠 once");
        assertSame(c.region(), other.region());
        assertSame(c.source().name(), other.source().name());
        assertSame(c.authors().get(0), other.authors().get(0));
        assertSame(c.category(), other.category());
        assertSame(c.organization(), other.organization());
    }

    @Test
    void aBodyTheRenderCacheDoesNotHoldIsReadFromItsFileAgain() throws Exception {
        ArticleCache first = ArticleCache.forBuild(null);
        load(first, new Diagnostics());
        Diagnostics d = new Diagnostics();
        ContentLoader.Content again = load(ArticleCache.forBuild(first.state()), d);
        assertNull(byPath(again).get("articles/c.md").body());
        // no bodies rendered before (bodies.bin lost): each is read from its file and rendered
        Project project = ProjectLoader.load(content, d);
        yearbook.site.SiteModel site = new yearbook.site.SiteBuilder(project,
                yearbook.markdown.MarkdownRenderer.create(), new yearbook.site.RenderCache()).build(again, d);
        assertFalse(d.hasErrors(), d.all().toString());
        String html = site.pages().stream().filter(p -> p.article().path().equals("articles/c.md")).findFirst()
                .orElseThrow().html();
        assertTrue(html.contains("正文第一段。") && html.contains("正文第二段。"), html);
    }

    @Test
    void aChangedFileIsReadAgain() throws Exception {
        ArticleCache first = ArticleCache.forBuild(null);
        load(first, new Diagnostics());
        Path a = content.resolve("articles/a.md");
        rewrite(a, Files.readString(a).replace("送温暖活动", "金秋助学活动"));

        ContentLoader.Content again = load(ArticleCache.forBuild(first.state()), new Diagnostics());
        Article changed = byPath(again).get("articles/a.md");
        assertTrue(changed.title().contains("金秋助学"), "the new title");
        assertNotNull(changed.body(), "read from its file, with its markdown");
        assertNull(byPath(again).get("articles/b.md").body(), "the other article from the cache");
    }

    @Test
    void changedSettingsReadEveryArticleAgain() throws Exception {
        ArticleCache first = ArticleCache.forBuild(null);
        load(first, new Diagnostics());
        Path settings = content.resolve("yearbook.yaml");
        rewrite(settings, Files.readString(settings) + "subtitle: 副标题\n");

        ContentLoader.Content again = load(ArticleCache.forBuild(first.state()), new Diagnostics());
        for (Article a : again.articles()) {
            assertNotNull(a.body(), a.path() + " is read again");
        }
    }

    @Test
    void anArticleThatDidNotReadIsReadAgainAndReportedAgain() throws Exception {
        TestFiles.write(root, """
                -- content/articles/d.md --
                ---
                title: 主题写错的文章
                organization: 某单位
                region: 150623
                year: 2018
                themes: [no-such-theme]
                ---
                正文。
                """);
        ArticleCache first = ArticleCache.forBuild(null);
        Diagnostics d1 = new Diagnostics();
        load(first, d1);
        assertTrue(d1.hasErrors(), "the unknown theme is an error");

        Diagnostics d2 = new Diagnostics();
        ContentLoader.Content again = load(ArticleCache.forBuild(first.state()), d2);
        assertEquals(d1.all().toString(), d2.all().toString(), "what reading reported is reported again");
        assertTrue(again.unread().contains("articles/d.md"));
        assertNull(again.bodyKeys().get("articles/d.md"));
    }

    @Test
    void aDamagedStateIsAnEmptyCache() throws Exception {
        ArticleCache first = ArticleCache.forBuild(null);
        load(first, new Diagnostics());
        byte[] state = first.state();
        state[state.length / 2] ^= 0x5a;
        ContentLoader.Content again = load(ArticleCache.forBuild(state), new Diagnostics());
        assertEquals(3, again.articles().size());
        assertTrue(again.articles().stream().allMatch(a -> a.body() != null), "every article read from its file");
        assertTrue(load(ArticleCache.forBuild(new byte[] {1, 2, 3}), new Diagnostics()).articles().stream()
                .allMatch(a -> a.body() != null));
    }

    @Test
    void aStateThatReadsAsAnImpossibleCountIsAnEmptyCache() throws Exception {
        for (int count : new int[] {Integer.MAX_VALUE, -5}) {
            // a state whose checksum is right but which says its one article has this many themes
            yearbook.cachefile.Records.Writer out = yearbook.cachefile.Records.writer();
            try (out) {
                out.writeInt(4); // the format
                out.writeLong(7); // the state's mark
                out.writeInt(0); // no data files' stamps
                out.writeInt(1); // one article
                out.writeUTF("articles/a.md");
                out.writeLong(10);
                out.writeLong(0);
                out.writeInt(0);
                out.writeUTF("key");
                out.writeUTF(content.resolve("articles/a.md").toString());
                out.writeUTF("articles/a.md");
                out.writeBoolean(true); // the title
                out.writeInt(1);
                out.write('t');
                for (int absent = 0; absent < 3; absent++) {
                    out.writeBoolean(false); // subtitle, kicker, organization
                }
                out.writeBoolean(false); // no region
                out.writeInt(2019);
                out.writeBoolean(false); // no date
                out.writeInt(2019);
                out.writeInt(count);
            }
            ContentLoader.Content again = load(ArticleCache.forBuild(out.bytes()), new Diagnostics());
            assertEquals(3, again.articles().size(), "count " + count);
            assertTrue(again.articles().stream().allMatch(a -> a.body() != null), "every article read from its file");
        }
    }
}
