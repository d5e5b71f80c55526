package yearbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    private static RenderCache roundTrip(RenderCache cache) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            cache.write(out);
        }
        return RenderCache.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
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

    private static byte[] bytes(Writing w) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            w.to(out);
        }
        return bytes.toByteArray();
    }

    private interface Writing {
        void to(DataOutputStream out) throws IOException;
    }

    private static DataInputStream in(byte[] b) {
        return new DataInputStream(new ByteArrayInputStream(b));
    }

    /** A long body that does not change. */
    private static final String LONG = "丙，一段不变的长文。".repeat(200) + "\n";

    @Test
    void theChangesSinceTheWholeSetReadBackWithItGiveTheEntriesAsTheyAreNow() throws IOException {
        RenderCache first = new RenderCache();
        first.render("nm/a.md", BODY, markdown, targets);
        first.render("nm/b.md", "乙。\n", markdown, targets);
        first.render("nm/c.md", LONG, markdown, targets);
        byte[] whole = bytes(first::write);

        // the next build: a changed, b gone, d new, c as it was
        RenderCache next = RenderCache.read(in(whole));
        next.render("nm/a.md", BODY + "\n新的一段。\n", markdown, targets);
        next.render("nm/c.md", LONG, markdown, targets);
        next.render("nm/d.md", "丁。\n", markdown, targets);
        next.retain(Set.of("nm/a.md", "nm/c.md", "nm/d.md"));
        assertTrue(next.changesSuffice());
        byte[] changes = bytes(next::writeChanges);
        assertTrue(changes.length < whole.length / 3, "only the changes: " + changes.length + " of " + whole.length);

        RenderCache after = RenderCache.read(in(whole), in(changes));
        assertTrue(after.render("nm/a.md", BODY + "\n新的一段。\n", markdown, targets).html().contains("新的一段"));
        after.render("nm/c.md", LONG, markdown, targets);
        after.render("nm/d.md", "丁。\n", markdown, targets);
        assertEquals(3, after.reused(), "a as changed, c and d all taken from the files");
        after.render("nm/b.md", "乙。\n", markdown, targets);
        assertEquals(3, after.reused(), "b was removed");

        // a third build writes the changes since the same whole set again, the earlier ones included
        RenderCache third = RenderCache.read(in(whole), in(changes));
        third.render("nm/c.md", "丙，又改了。\n", markdown, targets);
        byte[] more = bytes(third::writeChanges);
        RenderCache fourth = RenderCache.read(in(whole), in(more));
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
        byte[] whole = bytes(first::write);
        RenderCache next = RenderCache.read(in(whole));
        next.render("nm/a.md", "甲，改了。\n", markdown, targets);
        byte[] changes = bytes(next::writeChanges);
        byte[] again = bytes(RenderCache.read(in(whole))::write); // another whole set, as a build stopped between

        RenderCache after = RenderCache.read(in(again), in(changes));
        after.render("nm/a.md", "甲，改了。\n", markdown, targets);
        assertEquals(0, after.reused(), "the changes belong to the earlier set");
        RenderCache same = RenderCache.read(in(again), in(changes));
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
        RenderCache next = RenderCache.read(in(bytes(first::write)));
        for (int i = 0; i < 200; i++) {
            next.render("nm/" + i + ".md", "第" + i + "篇，改了。\n", markdown, targets);
        }
        assertTrue(next.changesSuffice(), "200 of 1000");
        for (int i = 200; i < 300; i++) {
            next.render("nm/" + i + ".md", "第" + i + "篇，改了。\n", markdown, targets);
        }
        assertTrue(!next.changesSuffice(), "300 of 1000 is more than an eighth");
        next.write(new DataOutputStream(new ByteArrayOutputStream()));
        assertTrue(next.changesSuffice(), "what was just written is the new whole set");
    }
}
