package yearbook.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The spans {@link CjkSpacing} puts around text; their effect on the PDF is in {@link PunctuationSpacingTest}. */
class CjkSpacingTest {
    static String spaced(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        CjkSpacing.apply(doc.body());
        return doc.body().html();
    }

    @Test
    void spansReachToWhereALineMayBreak() {
        // ” may not start a line, so the span holds 家 too; 》 before 《 likewise
        assertEquals("<p>建成“职工之<span class=\"yb-squeeze\">家”</span>“书屋”</p>", spaced("<p>建成“职工之家”“书屋”</p>"));
        assertEquals("<p>达<span class=\"yb-latin yb-space-before\">86.88%，</span>比上年</p>", spaced("<p>达86.88%，比上年</p>"));
        assertEquals("<p>用<span class=\"yb-latin yb-space-before yb-space-after\">APP</span>办理</p>", spaced("<p>用APP办理</p>"));
        assertEquals("<p>他说<span class=\"yb-unbroken\">——</span>好</p>", spaced("<p>他说——好</p>"));
    }

    @Test
    void twoClosingOrTwoOpeningMarksAreSqueezedInsideASpanThatDoesNotBreak() {
        // no line may break between the marks, so the squeeze's span edge is inside one that may not break at all
        assertEquals("<p><span class=\"yb-nobreak\">好<span class=\"yb-squeeze\">。</span>”</span>他说</p>",
                spaced("<p>好。”他说</p>"));
        assertEquals("<p>见<span class=\"yb-nobreak\">（<span class=\"yb-squeeze-before\">“</span>甲<span class=\"yb-squeeze\">”</span>）</span></p>",
                spaced("<p>见（“甲”）</p>"));
        // the last of the closing marks, before an opening one, squeezes at the outer span's end
        assertEquals("<p><span class=\"yb-squeeze yb-nobreak\">好<span class=\"yb-squeeze\">。</span>”</span>“他说</p>",
                spaced("<p>好。”“他说</p>"));
    }

    @Test
    void spacedLatinIsLeftAlone() {
        for (String html : new String[] {"<p>用 Word 写</p>", "<p>A“B</p>"}) {
            assertEquals(html, spaced(html));
        }
    }

    @Test
    void codeAttributesAndOtherBlocksAreNotTouched() {
        String html = "<p title=\"用APP\">用<code>APP</code>办<a href=\"/a\">理ABC</a>好</p><pre>甲”“乙</pre><p>ABC</p><p>用</p>";
        assertEquals("<p title=\"用APP\">用<code>APP</code>办<a href=\"/a\">理<span class=\"yb-latin yb-space-before yb-space-after\">ABC</span></a>好</p>"
                + "<pre>甲”“乙</pre><p>ABC</p><p>用</p>", spaced(html));
    }
}
