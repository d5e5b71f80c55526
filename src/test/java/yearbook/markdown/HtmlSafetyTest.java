package yearbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.commonmark.testutil.example.Example;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import yearbook.config.RawHtml;

/**
 * Raw HTML and link addresses in articles: by default nothing that could run in a reader's browser reaches
 * the page, harmless HTML stays, and each removal is reported with its line; {@code escape} shows HTML as text;
 * {@code trusted} keeps it.
 */
class HtmlSafetyTest {
    private static final MarkdownRenderer SAFE = MarkdownRenderer.create();
    private static final Pattern EVENT = Pattern.compile("on[a-z]+");

    /** Whether a browser could run anything in this fragment: script-like elements, handlers, script URLs. */
    static List<String> runnable(String html) {
        List<String> found = new java.util.ArrayList<>();
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            String tag = e.normalName();
            if (List.of("script", "iframe", "frame", "object", "embed", "style", "link", "meta", "base", "form",
                    "svg", "math", "template", "noscript").contains(tag)) {
                found.add("<" + tag + ">");
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                if (EVENT.matcher(key).matches() || key.equals("style") || key.equals("srcdoc")
                        || key.equals("formaction") || value.startsWith("javascript:") || value.startsWith("vbscript:")
                        || value.startsWith("data:") || value.startsWith("java%09script")) {
                    found.add(tag + " " + key + "=" + a.getValue());
                }
            }
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "文字<script>alert(1)</script>文字",
            "<img src=x onerror=alert(1)>",
            "图片 <img src=\"a.png\" onerror=\"alert(1)\"> 说明",
            "<a href=\"javascript:alert(1)\">点我</a>",
            "<a href=\" JaVaScRiPt:alert(1)\">点我</a>",
            "<a href=\"java&#x09;script:alert(1)\">点我</a>",
            "[点我](javascript:alert(1))",
            "[点我](JAVASCRIPT:alert(1))",
            "[点我](java&#x09;script:alert(1))",
            "[点我][ref]\n\n[ref]: javascript:alert(1)",
            "<javascript:alert(1)>",
            "![图](javascript:alert(1))",
            "![图](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "[点我](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[点我](vbscript:msgbox(1))",
            "<iframe src=\"https://example.org/\"></iframe>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<svg onload=alert(1)>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<form action=\"https://example.org/\"><button formaction=\"javascript:alert(1)\">x</button></form>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<details open ontoggle=alert(1)>x</details>",
            "<p onclick=\"alert(1)\">段落</p>",
            "<style>body{display:none}</style>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"https://evil.example/\">",
            "<!-- x --><script>alert(1)</script>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<scr<script>ipt>alert(1)</script>",
            "- 列表\n  <script>alert(1)</script>",
            "> 引用 <img src=x onerror=alert(1)>",
            "| 表 |\n|---|\n| <img src=x onerror=alert(1)> |",
    })
    void nothingThatCouldRunReachesThePage(String source) {
        RenderedMarkdown r = SAFE.render(source);
        assertEquals(List.of(), runnable(r.html()), r.html());
        assertFalse(r.removed().isEmpty(), "the removal is reported: " + r.html());
        String trusted = MarkdownRenderer.create(RawHtml.TRUSTED).render(source).html();
        assertFalse(runnable(trusted).isEmpty(), "the oracle sees the danger when HTML is trusted: " + trusted);
    }

    @Test
    void everyCommonMarkSpecExampleIsInertByDefault() {
        List<Example> examples = CommonMarkSpecTest.examples();
        int unsafeWhenTrusted = 0;
        for (Example example : examples) {
            if (!runnable(MarkdownRenderer.create(RawHtml.TRUSTED).render(example.getSource()).html()).isEmpty()) {
                unsafeWhenTrusted++;
            }
            String html = SAFE.render(example.getSource()).html();
            assertEquals(List.of(), runnable(html), () -> example.getSource() + "\n→ " + html);
        }
        assertTrue(unsafeWhenTrusted >= 5, "the spec has examples that would run: " + unsafeWhenTrusted);
    }

    @Test
    void harmlessHtmlAndMarkdownStay() {
        String source = """
                # 一、概况 {#x}

                水位上涨 10<sup>2</sup> 米，H<sub>2</sub>O。<ruby>工<rp>(</rp><rt>gōng</rt><rp>)</rp></ruby>会

                <table>
                <tr><th>单位</th><td><a href="other.md" title="另一篇">见另一篇</a></td></tr>
                </table>

                | 左 | 右 |
                |:---|---:|
                | [网站](https://example.org/a?b=1&c=2) | [邮件](mailto:a@example.org) |

                ```java
                int x = 1;
                ```

                ![照片](images/a.png "标题") <br> [电话](tel:+861012345678) [锚](#一概况-x) [站内](/2019/)
                """;
        RenderedMarkdown safe = SAFE.render(source);
        assertEquals(List.of(), safe.removed());
        String html = safe.html();
        for (String kept : List.of("<sup>2</sup>", "<sub>2</sub>", "<ruby>工<rp>(</rp><rt>gōng</rt><rp>)</rp></ruby>",
                "<th>单位</th>", "<a href=\"other.md\" title=\"另一篇\">见另一篇</a>", "<h1 id=\"一概况-x\">",
                "<th align=\"left\">", "<td align=\"right\">", "href=\"https://example.org/a?b=1&amp;c=2\"",
                "href=\"mailto:a@example.org\"", "<code class=\"language-java\">", "src=\"images/a.png\"",
                "title=\"标题\"", "href=\"tel:+861012345678\"", "href=\"#%E4%B8%80%E6%A6%82%E5%86%B5-x\"",
                "href=\"/2019/\"")) {
            assertTrue(html.contains(kept), kept + " in\n" + html);
        }
    }

    @Test
    void withoutRawHtmlTheOutputIsWhatTheMarkdownMakes() {
        String source = "# 标题\n\n正文 **强调** [链接](https://example.org/) ![图](a.png)\n\n- 一\n- 二\n";
        assertEquals(MarkdownRenderer.create(RawHtml.TRUSTED).render(source).html(), SAFE.render(source).html());
    }

    @Test
    void removalsAreReportedByLineWithWhatWasWritten() {
        RenderedMarkdown r = SAFE.render("第一段\n\n<script>alert('标题')</script>\n\n[点我](javascript:void(0)) 与 "
                + "<b onmouseover=\"alert(1)\">粗</b>\n\n![图](javascript:x)\n");
        assertEquals(List.of("3 the HTML '<script>alert('标题')</script>'",
                "5 the link address 'javascript:void(0)'",
                "5 the HTML '<b onmouseover=\"alert(1)\">'",
                "7 the image address 'javascript:x'"),
                r.removed().stream().map(x -> x.line() + " " + x.what().text(java.util.Locale.ENGLISH)).toList());
        assertTrue(r.html().contains("点我 与 <b>粗</b>"), "the link's text and the harmless element stay: " + r.html());
        assertTrue(r.html().contains("<p>图</p>"), "an image left out keeps its description: " + r.html());
        assertTrue(r.links().isEmpty(), "links left out are not followed or checked: " + r.links());
    }

    @Test
    void escapeShowsHtmlAsText() {
        RenderedMarkdown r = MarkdownRenderer.create(RawHtml.ESCAPE).render("<b>粗</b> <script>alert(1)</script>\n\n[x](javascript:alert(1))");
        assertEquals("<p>&lt;b&gt;粗&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>x</p>\n", r.html());
    }

    @Test
    void trustedKeepsHtmlAsWritten() {
        RenderedMarkdown r = MarkdownRenderer.create(RawHtml.TRUSTED).render("<script>track()</script>\n\n[x](javascript:go())");
        assertEquals("<script>track()</script>\n<p><a href=\"javascript:go()\">x</a></p>\n", r.html());
        assertEquals(List.of(), r.removed());
    }
}
