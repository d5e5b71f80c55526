package yearbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import yearbook.config.RawHtml;
import yearbook.markdown.MarkdownRenderer;
import yearbook.markdown.RenderedMarkdown;

/** Rendered bodies written into a build cache and read back by the next build: the same, and used only when still right. */
class RenderCacheFileTest {
    private final LinkTargets targets = new LinkTargets("nm/wuhai.md", Map.of("nm/other.md", "/yb/2019/other/"),
            Set.of("nm/img/photo.png"), new Urls("/yb/"));
    private final MarkdownRenderer markdown = MarkdownRenderer.create(RawHtml.SAFE);
    private static final String BODY = "## 一、加强思想引领\n\n见[另一篇](other.md)。\n\n![职工书屋](img/photo.png)\n\n**劳模**精神。\n";

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;
    private int files;

    /** A file holding what {@code w} writes. */
    private java.nio.file.Path file(Writing w) throws IOException {
        java.nio.file.Path f = dir.resolve("bodies-" + files++ + ".bin");
        try (DataOutputStream out = new DataOutputStream(java.nio.file.Files.newOutputStream(f))) {
            w.to(out);
        }
        return f;
    }

    private RenderCache open(java.nio.file.Path whole) throws IOException {
        return RenderCache.open(whole, dir.resolve("none.bin"));
    }

    private RenderCache roundTrip(RenderCache cache) throws IOException {
        return open(file(cache::write));
    }

    @Test
    void aBodyReadBackIsTheSameAndIsNotRenderedAgain() throws IOException {
        RenderCache first = new RenderCache();
        RenderedMarkdown made = first.render("nm/wuhai.md", BODY, markdown, targets);
        RenderCache next = roundTrip(first);
        RenderedMarkdown again = next.render("nm/wuhai.md", BODY, markdown, targets);
        assertEquals(1, next.reused(), "taken from the file");
        assertEquals(made, again);
        assertTrue(again.html().contains("/yb/2019/other/"), again.html());
    }

    @Test
    void aChangedBodyAChangedTargetOrAnotherRawHtmlSettingIsRenderedAgain() throws IOException {
        RenderCache first = new RenderCache();
        first.render("nm/wuhai.md", BODY, markdown, targets);
        RenderCache next = roundTrip(first);
        assertTrue(next.render("nm/wuhai.md", BODY + "\n新的一段。\n", markdown, targets).html().contains("新的一段"));
        assertEquals(0, next.reused());

        next = roundTrip(first);
        LinkTargets moved = new LinkTargets("nm/wuhai.md", Map.of("nm/other.md", "/yb/2020/other/"),
                Set.of("nm/img/photo.png"), new Urls("/yb/"));
        assertTrue(next.render("nm/wuhai.md", BODY, markdown, moved).html().contains("/yb/2020/other/"));
        assertEquals(0, next.reused());

        next = roundTrip(first);
        next.render("nm/wuhai.md", BODY, MarkdownRenderer.create(RawHtml.ESCAPE), targets);
        assertEquals(0, next.reused());
    }

    @Test
    void aBodyFromWhichUnsafeHtmlWasRemovedIsNotKeptSoItsWarningIsGivenAgain() throws IOException {
        RenderCache first = new RenderCache();
        String unsafe = "正文。\n\n<script>alert(1)</script>\n";
        assertTrue(!first.render("nm/wuhai.md", unsafe, markdown, targets).removed().isEmpty());
        RenderCache next = roundTrip(first);
        assertEquals(1, next.render("nm/wuhai.md", unsafe, markdown, targets).removed().size());
        assertEquals(0, next.reused());
    }

    private interface Writing {
        void to(DataOutputStream out) throws IOException;
    }

    /** A long body that does not change. */
    private static final String LONG = longText();

    private static String longText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append((char) (0x4e00 + (i * 7919) % 20000));
        }
        return sb.append("。\n").toString();
    }

    @Test
    void theChangesSinceTheWholeSetReadBackWithItGiveTheEntriesAsTheyAreNow() throws IOException {
        RenderCache first = new RenderCache();
        first.render("nm/a.md", BODY, markdown, targets);
        first.render("nm/b.md", "乙。\n", markdown, targets);
        first.render("nm/c.md", LONG, markdown, targets);
        java.nio.file.Path whole = file(first::write);

        // the next build: a changed, b gone, d new, c as it was
        RenderCache next = open(whole);
        next.render("nm/a.md", BODY + "\n新的一段。\n", markdown, targets);
        next.render("nm/c.md", LONG, markdown, targets);
        next.render("nm/d.md", "丁。\n", markdown, targets);
        next.retain(Set.of("nm/a.md", "nm/c.md", "nm/d.md"));
        assertTrue(next.changesSuffice());
        java.nio.file.Path changes = file(next::writeChanges);
        long c = java.nio.file.Files.size(changes), w = java.nio.file.Files.size(whole);
        assertTrue(c < w / 3, "only the changes: " + c + " of " + w);

        RenderCache after = RenderCache.open(whole, changes);
        assertTrue(after.render("nm/a.md", BODY + "\n新的一段。\n", markdown, targets).html().contains("新的一段"));
        after.render("nm/c.md", LONG, markdown, targets);
        after.render("nm/d.md", "丁。\n", markdown, targets);
        assertEquals(3, after.reused(), "a as changed, c and d all taken from the files");
        after.render("nm/b.md", "乙。\n", markdown, targets);
        assertEquals(3, after.reused(), "b was removed");

        // a third build writes the changes since the same whole set again, the earlier ones included
        RenderCache third = RenderCache.open(whole, changes);
        third.render("nm/c.md", "丙，又改了。\n", markdown, targets);
        java.nio.file.Path more = file(third::writeChanges);
        RenderCache fourth = RenderCache.open(whole, more);
        fourth.render("nm/a.md", BODY + "\n新的一段。\n", markdown, targets);
        fourth.render("nm/c.md", "丙，又改了。\n", markdown, targets);
        fourth.render("nm/d.md", "丁。\n", markdown, targets);
        assertEquals(3, fourth.reused());
        fourth.render("nm/b.md", "乙。\n", markdown, targets);
        assertEquals(3, fourth.reused(), "b still removed");
    }

    @Test
    void changesWrittenAfterAnotherWholeSetAreNotTaken() throws IOException {
        RenderCache first = new RenderCache();
        first.render("nm/a.md", "甲。\n", markdown, targets);
        java.nio.file.Path whole = file(first::write);
        RenderCache next = open(whole);
        next.render("nm/a.md", "甲，改了。\n", markdown, targets);
        java.nio.file.Path changes = file(next::writeChanges);
        java.nio.file.Path again = file(open(whole)::write); // another whole set, as a build stopped between

        RenderCache after = RenderCache.open(again, changes);
        after.render("nm/a.md", "甲，改了。\n", markdown, targets);
        assertEquals(0, after.reused(), "the changes belong to the earlier set");
        RenderCache same = RenderCache.open(again, changes);
        same.render("nm/a.md", "甲。\n", markdown, targets);
        assertEquals(1, same.reused());
    }

    @Test
    void whenMuchChangedTheWholeSetIsWrittenAgain() throws IOException {
        assertTrue(!new RenderCache().changesSuffice(), "no whole set yet");
        RenderCache first = new RenderCache();
        for (int i = 0; i < 1000; i++) {
            first.render("nm/" + i + ".md", "第" + i + "篇。\n", markdown, targets);
        }
        RenderCache next = open(file(first::write));
        for (int i = 0; i < 200; i++) {
            next.render("nm/" + i + ".md", "第" + i + "篇，改了。\n", markdown, targets);
        }
        assertTrue(next.changesSuffice(), "200 of 1000");
        for (int i = 200; i < 300; i++) {
            next.render("nm/" + i + ".md", "第" + i + "篇，改了。\n", markdown, targets);
        }
        assertTrue(!next.changesSuffice(), "300 of 1000 is more than an eighth");
        java.nio.file.Path again = file(next::write);
        assertTrue(next.changesSuffice(), "what was just written is the new whole set");

        // the new whole set holds the bodies read from the earlier file and those rendered since, each as it is now
        RenderCache after = open(again);
        for (int i = 0; i < 1000; i++) {
            String body = i < 300 ? "第" + i + "篇，改了。\n" : "第" + i + "篇。\n";
            assertTrue(after.render("nm/" + i + ".md", body, markdown, targets).html().contains(body.strip()), body);
        }
        assertEquals(1000, after.reused());
    }

    @Test
    void aBodysHtmlIsReadFromTheFileWhenAskedForNotHeld() throws IOException {
        RenderCache first = new RenderCache();
        RenderedMarkdown made = first.render("nm/wuhai.md", BODY, markdown, targets);
        RenderCache next = roundTrip(first);
        RenderCache.Body body = next.body("nm/wuhai.md", yearbook.fingerprint.Fingerprint.once(BODY), () -> {
            throw new AssertionError("not rendered again");
        }, markdown, targets, yearbook.markdown.Pictures.NONE);
        assertEquals("", body.outline().html(), "the outline holds no HTML");
        assertEquals(made.html(), body.html().get());
        assertEquals(made.headings(), body.outline().headings());
        next.close();
        assertThrows(java.io.UncheckedIOException.class, () -> body.html().get(), "read from the closed file");
    }

    @Test
    void aDamagedFileGivesNoBodies() throws IOException {
        RenderCache first = new RenderCache();
        first.render("nm/wuhai.md", BODY, markdown, targets);
        java.nio.file.Path whole = file(first::write);
        byte[] bytes = java.nio.file.Files.readAllBytes(whole);
        java.nio.file.Files.write(whole, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        try {
            RenderCache damaged = open(whole);
            damaged.render("nm/wuhai.md", BODY, markdown, targets);
            assertEquals(0, damaged.reused());
        } catch (IOException | RuntimeException expected) {
            // the build cache reads this as no bodies (BuildCache.bodies)
        }
    }
}
