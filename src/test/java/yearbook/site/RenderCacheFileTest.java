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
}
