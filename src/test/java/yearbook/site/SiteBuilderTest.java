package yearbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SiteBuilderTest {
    @Test
    void summaryIsPlainTextWithoutHeadingsOrSpacesBetweenChineseParagraphs() {
        assertEquals("职工群众。下一段 & <b>", SiteBuilder.summary("<h2 id=\"a\">一、标题</h2>\n<p>职工<strong>群众</strong>。</p>\n<p>下一段 &amp; &lt;b&gt;</p>"));
        assertEquals("English words. Stay apart", SiteBuilder.summary("<p>English words.</p>\n<p>Stay apart</p>"));
    }

    @Test
    void longSummaryIsCutAtOneHundredTwentyCharacters() {
        String s = SiteBuilder.summary("<p>" + "工".repeat(500) + "</p>");
        assertEquals(121, s.codePointCount(0, s.length()));
        assertTrue(s.endsWith("…"));
    }
}
