package yearbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.testing.TestFiles;
import yearbook.testing.TestSites;

/**
 * Previews made one after another keep what did not change (articles read, bodies rendered) and must still
 * show every change: an edited file, a link whose target moved, a renamed theme, a warning each time.
 */
class PreviewerTest {
    @TempDir
    Path dir;
    Previewer previewer;

    @BeforeEach
    void setUp() throws Exception {
        TestFiles.write(dir, TestFiles.BASICS
                + TestSites.article("a", "150623", 2019, "model-workers").replace("正文。", "正文。见[乙](b.md)。[缺](missing.md)")
                + TestSites.article("b", "150623", 2019, "hardship-aid"));
        previewer = new Previewer(new BuildOptions(content(), TestFiles.templates(), dir.resolve("site")), "yearbook test");
    }

    private Path content() {
        return dir.resolve("content");
    }

    private static String page(Preview p, String slug) throws Exception {
        String url = p.basePath() + "2020/" + slug + "/";
        byte[] html = p.file(url.substring(p.basePath().length()) + "index.html");
        assertTrue(html != null, "no page at " + url);
        return new String(html, StandardCharsets.UTF_8);
    }

    @Test
    void aChronicleEditShowsAsAnErrorAtItsLineThenAsThePage() throws Exception {
        previewer.next(false, false);
        Path chronicle = content().resolve("chronicle/2020.yaml");
        Files.createDirectories(chronicle.getParent());
        Files.writeString(chronicle, "volume: 2020\nentries:\n  - date: 2019-02-30\n    text: 座谈会。\n", StandardCharsets.UTF_8);
        yearbook.diag.ContentException e = org.junit.jupiter.api.Assertions.assertThrows(yearbook.diag.ContentException.class,
                () -> previewer.next(false, false, Set.of(chronicle)));
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.code().equals("chronicle.no-such-date") && d.line() == 3),
                e.diagnostics().toString());
        Files.writeString(chronicle, "volume: 2020\nentries:\n  - date: 2019-02-28\n    text: 座谈会。\n", StandardCharsets.UTF_8);
        Preview fixed = previewer.next(false, false, Set.of(chronicle));
        String html = new String(fixed.file("2020/chronicle/index.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("座谈会。") && html.contains("2月28日"), html);
    }

    @Test
    void aLinkFollowsItsTargetWhenOnlyTheTargetChanged() throws Exception {
        Preview first = previewer.next(false, false);
        assertTrue(page(first, "a").contains("<a href=\"/yb/2020/b/\">乙</a>"), page(first, "a"));
        Path b = content().resolve("b.md");
        Files.writeString(b, TestFiles.read(b).replace("slug: b", "slug: bb"), StandardCharsets.UTF_8);
        Preview second = previewer.next(false, false, Set.of(b));
        assertTrue(page(second, "a").contains("<a href=\"/yb/2020/bb/\">乙</a>"), page(second, "a"));
        assertNull(second.file("2020/b/index.html"));
    }

    @Test
    void aSaveThatKeptSizeAndTimeIsReadAgainWhenNamed() throws Exception {
        Path a = content().resolve("a.md");
        FileTime time = Files.getLastModifiedTime(a);
        assertTrue(page(previewer.next(false, false), "a").contains("正文。"));
        String edited = TestFiles.read(a).replace("正文。", "正文！");
        assertEquals(TestFiles.read(a).getBytes(StandardCharsets.UTF_8).length, edited.getBytes(StandardCharsets.UTF_8).length);
        Files.writeString(a, edited, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(a, time);
        assertTrue(page(previewer.next(false, false, Set.of(a)), "a").contains("正文！"));
    }

    @Test
    void anEditIsSeenFromItsTimeAlone() throws Exception {
        Path a = content().resolve("a.md");
        previewer.next(false, false);
        Files.writeString(a, TestFiles.read(a).replace("正文。", "新的正文。"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5_000));
        assertTrue(page(previewer.next(false, false), "a").contains("新的正文。"));
    }

    @Test
    void aRenamedThemeReachesArticlesReadBefore() throws Exception {
        assertTrue(page(previewer.next(false, false), "a").contains("劳模工匠"));
        Path themes = content().resolve("themes.yaml");
        Files.writeString(themes, TestFiles.read(themes).replace("劳模工匠", "劳动模范与工匠"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(themes, FileTime.fromMillis(Files.getLastModifiedTime(themes).toMillis() + 5_000));
        String after = page(previewer.next(false, false), "a");
        assertTrue(after.contains("劳动模范与工匠"), after);
        assertFalse(after.contains("劳模工匠"), after);
    }

    @Test
    void warningsOfUnchangedArticlesAreReportedEachTime() throws Exception {
        for (int i = 0; i < 2; i++) {
            Preview p = previewer.next(false, false);
            assertEquals(1, p.warnings().size(), p.warnings().toString());
            assertTrue(p.warnings().get(0).message().contains("missing.md"), p.warnings().toString());
        }
    }
}
