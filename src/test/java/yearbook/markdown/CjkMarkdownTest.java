package yearbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import yearbook.text.Cjk;

/** Golden tests for the CJK behaviours, headings, tables, links and thread safety of {@link MarkdownRenderer}. */
class CjkMarkdownTest {

    private static final MarkdownRenderer RENDERER = MarkdownRenderer.create(yearbook.config.RawHtml.TRUSTED); // HTML as CommonMark passes it

    private static void assertHtml(String markdown, String expectedHtml) {
        assertEquals(expectedHtml, RENDERER.render(markdown).html(), () -> "markdown: " + markdown);
    }

    @Nested
    class SoftBreaks {

        @Test
        void betweenHanCharactersIsDropped() {
            assertHtml("职工\n群众", "<p>职工群众</p>\n");
        }

        @Test
        void betweenCjkPunctuationAndHanIsDropped() {
            assertHtml("加强思想引领。\n下一句", "<p>加强思想引领。下一句</p>\n");
            assertHtml("职工\n（群众）", "<p>职工（群众）</p>\n");
        }

        @Test
        void betweenKanaIsDropped() {
            assertHtml("これは\nテスト", "<p>これはテスト</p>\n");
        }

        @Test
        void betweenSupplementaryIdeographsIsDropped() {
            assertHtml("\uD840\uDC00\n\uD840\uDC01", "<p>\uD840\uDC00\uD840\uDC01</p>\n");
        }

        @Test
        void betweenCjkAndLatinIsKept() {
            assertHtml("职工\nAPP", "<p>职工\nAPP</p>\n");
            assertHtml("APP\n职工", "<p>APP\n职工</p>\n");
            assertHtml("职工\n2024年", "<p>职工\n2024年</p>\n");
        }

        @Test
        void betweenLatinWordsIsKept() {
            assertHtml("foo\nbar", "<p>foo\nbar</p>\n");
        }

        @Test
        void betweenHangulIsKept() {
            assertHtml("한국어\n문장", "<p>한국어\n문장</p>\n");
            assertHtml("中国\n한국", "<p>中国\n한국</p>\n");
        }

        @Test
        void lookingIntoEmphasisAndLinks() {
            assertHtml("**职工**\n群众", "<p><strong>职工</strong>群众</p>\n");
            assertHtml("职工\n*群众*", "<p>职工<em>群众</em></p>\n");
            assertHtml("[职工](a.html)\n**[群众](b.html)**", "<p><a href=\"a.html\">职工</a><strong><a href=\"b.html\">群众</a></strong></p>\n");
            assertHtml("**APP**\n群众", "<p><strong>APP</strong>\n群众</p>\n");
        }

        @Test
        void lookingThroughAmbiguousPunctuation() {
            assertHtml("“劳模”\n“工匠”", "<p>“劳模”“工匠”</p>\n");
            assertHtml("职工——\n群众", "<p>职工——群众</p>\n");
            assertHtml("He said “hi”\n“bye”", "<p>He said “hi”\n“bye”</p>\n");
        }

        @Test
        void codeCountsAsTextButImagesAndHtmlStopTheSearch() {
            assertHtml("`职工`\n群众", "<p><code>职工</code>群众</p>\n");
            assertHtml("`APP`\n群众", "<p><code>APP</code>\n群众</p>\n");
            assertHtml("![职工](a.png)\n群众", "<p><img src=\"a.png\" alt=\"职工\" />\n群众</p>\n");
            assertHtml("职工<br>\n群众", "<p>职工<br>\n群众</p>\n");
        }

        @Test
        void hardBreaksAreUntouched() {
            assertHtml("职工  \n群众", "<p>职工<br />\n群众</p>\n");
            assertHtml("职工\\\n群众", "<p>职工<br />\n群众</p>\n");
        }

        @Test
        void codeBlocksAreUntouched() {
            assertHtml("```\n职工\n群众\n```", "<pre><code>职工\n群众\n</code></pre>\n");
        }

        @Test
        void severalBreaksInOneParagraph() {
            assertHtml("一、\n二、\nthree\n四", "<p>一、二、\nthree\n四</p>\n");
        }
    }

    @Nested
    class Emphasis {

        @Test
        void closingAfterPunctuationBeforeHan() {
            assertHtml("**“劳模精神”**是", "<p><strong>“劳模精神”</strong>是</p>\n");
            assertHtml("这是**加粗。**后面", "<p>这是<strong>加粗。</strong>后面</p>\n");
        }

        @Test
        void openingAfterHanBeforePunctuation() {
            assertHtml("是**“劳模精神”**", "<p>是<strong>“劳模精神”</strong></p>\n");
            assertHtml("这是**（加粗）后面**", "<p>这是<strong>（加粗）后面</strong></p>\n");
        }

        @Test
        void bothSides() {
            assertHtml("是**“劳模”**的", "<p>是<strong>“劳模”</strong>的</p>\n");
            assertHtml("学习**《工会法》**，", "<p>学习<strong>《工会法》</strong>，</p>\n");
            assertHtml("是**\"劳模\"**的", "<p>是<strong>&quot;劳模&quot;</strong>的</p>\n");
        }

        @Test
        void singleAndTripleAsterisks() {
            assertHtml("是*“劳模”*的", "<p>是<em>“劳模”</em>的</p>\n");
            assertHtml("是***“劳模”***的", "<p>是<em><strong>“劳模”</strong></em>的</p>\n");
        }

        @Test
        void nested() {
            assertHtml("这是**“加粗*斜体*”**后面", "<p>这是<strong>“加粗<em>斜体</em>”</strong>后面</p>\n");
            assertHtml("*“**劳模**”*是", "<p><em>“<strong>劳模</strong>”</em>是</p>\n");
        }

        @Test
        void aroundCodeAndLinks() {
            assertHtml("是**`code`**的", "<p>是<strong><code>code</code></strong>的</p>\n");
            assertHtml("是**[“劳模”](a.html)**的", "<p>是<strong><a href=\"a.html\">“劳模”</a></strong>的</p>\n");
        }

        @Test
        void korean() {
            assertHtml("**`npm publish`**를 실행", "<p><strong><code>npm publish</code></strong>를 실행</p>\n");
        }

        @Test
        void latinStaysCommonMark() {
            assertHtml("2**3", "<p>2**3</p>\n");
            assertHtml("a**“b”**c", "<p>a**“b”**c</p>\n");
            assertHtml("a**\"b\"**c", "<p>a**&quot;b&quot;**c</p>\n");
            assertHtml("**foo**bar", "<p><strong>foo</strong>bar</p>\n");
        }

        @Test
        void escapedAsterisksStayLiteral() {
            assertHtml("\\*\\*“劳模”\\*\\*是", "<p>**“劳模”**是</p>\n");
        }

        @Test
        void codeSpansAndBlocksStayVerbatim() {
            assertHtml("`**“x”**是`", "<p><code>**“x”**是</code></p>\n");
            assertHtml("`` a`**“x”**是 ``", "<p><code>a`**“x”**是</code></p>\n");
            assertHtml("```\n**“x”**是\n```", "<pre><code>**“x”**是\n</code></pre>\n");
            assertHtml("    **“x”**是", "<pre><code>**“x”**是\n</code></pre>\n");
        }

        @Test
        void htmlAndAutolinksStayVerbatim() {
            assertHtml("<span title=\"**“x”**是\">a</span>**“y”**是",
                    "<p><span title=\"**“x”**是\">a</span><strong>“y”</strong>是</p>\n");
            assertHtml("<div title=\"**“x”**是\">\n", "<div title=\"**“x”**是\">\n");
            assertHtml("<!-- **“x”**是 -->", "<!-- **“x”**是 -->\n");
            assertHtml("<https://example.com/**“x”**是>",
                    "<p><a href=\"https://example.com/**%E2%80%9Cx%E2%80%9D**%E6%98%AF\">https://example.com/**“x”**是</a></p>\n");
        }

        @Test
        void linkDestinationsAndReferenceLabels() {
            assertHtml("[a](/x**“y”**是)", "<p><a href=\"/x**%E2%80%9Cy%E2%80%9D**%E6%98%AF\">a</a></p>\n");
            assertHtml("[**“劳模”**是]\n\n[**“劳模”**是]: /u",
                    "<p><a href=\"/u\"><strong>“劳模”</strong>是</a></p>\n");
            assertHtml("![**“劳模”**是][]\n\n[**“劳模”**是]: /i.png",
                    "<p><img src=\"/i.png\" alt=\"“劳模”是\" /></p>\n");
        }

        @Test
        void variationSelectorAfterHan() {
            assertHtml("葛\uDB40\uDD00**“劳模”**", "<p>葛\uDB40\uDD00<strong>“劳模”</strong></p>\n");
        }

        @Test
        void ruleOfThreeStillApplies() {
            // "**" now both opens and closes, so it cannot pair with a lone "*" (lengths add up to 3)
            assertHtml("[**あ”）*", "<p>[**あ”）*</p>\n");
        }

        @Test
        void underscoreKeepsCommonMark() {
            assertHtml("是__“劳模”__的", "<p>是__“劳模”__的</p>\n");
            assertHtml("__“劳模”__", "<p><strong>“劳模”</strong></p>\n");
            // Known gap: a "*" run right next to "_" keeps CommonMark flanking (the amendment would give strong)
            assertHtml("是**_x_**的", "<p>是**<em>x</em>**的</p>\n");
        }

        @Test
        void inputContainingTheSentinelIsPlainCommonMark() {
            assertHtml("\uFDD0是**“劳模”**的", "<p>\uFDD0是**“劳模”**的</p>\n");
            assertHtml("&#xFDD0;是**“劳模”**的", "<p>\uFDD0是**“劳模”**的</p>\n");
            assertHtml("&#64976;是**“劳模”**的", "<p>\uFDD0是**“劳模”**的</p>\n");
        }

        @Test
        void sentinelNeverReachesTheOutput() {
            String markdown = "是**“劳模”**的\n\n# 是**“标题”**的\n\n[是**“链接”**的](/是**“x”**的 \"是**“t”**的\")\n\n"
                    + "| 是**“表”**的 |\n| --- |\n| 是**“格”**的 |\n";
            RenderedMarkdown rendered = RENDERER.render(markdown);
            assertFalse(rendered.html().contains("\uFDD0"), rendered.html());
            assertFalse(rendered.headings().toString().contains("\uFDD0"));
            assertFalse(rendered.links().toString().contains("\uFDD0"));
            assertTrue(rendered.html().contains("title=\"是**“t”**的\""), rendered.html());
        }
    }

    @Nested
    class Tables {

        @Test
        void gfmTableWithCjkContent() {
            assertHtml("""
                    | 项目 | 说明 |
                    | --- | :-: |
                    | **“劳模”**是 | 职工 |
                    """, """
                    <table>
                    <thead>
                    <tr>
                    <th>项目</th>
                    <th align="center">说明</th>
                    </tr>
                    </thead>
                    <tbody>
                    <tr>
                    <td><strong>“劳模”</strong>是</td>
                    <td align="center">职工</td>
                    </tr>
                    </tbody>
                    </table>
                    """);
        }
    }

    @Nested
    class Headings {

        @Test
        void chineseHeadingGetsAUsableId() {
            RenderedMarkdown rendered = RENDERER.render("## 一、加强思想引领\n");
            assertEquals("<h2 id=\"一加强思想引领\">一、加强思想引领</h2>\n", rendered.html());
            assertEquals(List.of(new Heading(2, "一、加强思想引领", "一加强思想引领")), rendered.headings());
        }

        @Test
        void idsAreUniqueWhenRepeated() {
            RenderedMarkdown rendered = RENDERER.render("""
                    # 工作
                    ## 工作
                    ### 工作
                    # a
                    # a
                    # a-1
                    """);
            assertEquals("""
                    <h1 id="工作">工作</h1>
                    <h2 id="工作-1">工作</h2>
                    <h3 id="工作-2">工作</h3>
                    <h1 id="a">a</h1>
                    <h1 id="a-1">a</h1>
                    <h1 id="a-1-1">a-1</h1>
                    """, rendered.html());
            assertEquals(List.of("工作", "工作-1", "工作-2", "a", "a-1", "a-1-1"),
                    rendered.headings().stream().map(Heading::id).toList());
        }

        @Test
        void idsAreNonEmptyWithoutWhitespace() {
            RenderedMarkdown rendered = RENDERER.render("""
                    # ！！
                    # 2024 年\t工作　计划
                    # Hello World
                    #
                    """);
            assertEquals(List.of("id", "2024-年工作计划", "hello-world", "id-1"),
                    rendered.headings().stream().map(Heading::id).toList());
            for (Heading heading : rendered.headings()) {
                assertTrue(heading.id().matches("[^\\s]+"), heading.toString());
            }
        }

        @Test
        void plainTextAndLevels() {
            RenderedMarkdown rendered = RENDERER.render("""
                    ### **“劳模”**是`code`

                    职工
                    群众
                    ====
                    """);
            assertEquals(List.of(new Heading(3, "“劳模”是code", "劳模是code"), new Heading(1, "职工群众", "职工群众")),
                    rendered.headings());
            assertEquals("<h3 id=\"劳模是code\"><strong>“劳模”</strong>是<code>code</code></h3>\n"
                    + "<h1 id=\"职工群众\">职工群众</h1>\n", rendered.html());
        }
    }

    @Nested
    class Links {

        @Test
        void resolverRewritesLinksAndImages() {
            LinkResolver resolver = d -> d.endsWith(".md") || d.contains(".md#")
                    ? "/2024/" + d.replace("../", "").replace(".md", "/") : "/static/" + d;
            RenderedMarkdown rendered = RENDERER.render("[见](../other.md#a)\n![图](images/劳模.png)", resolver);
            assertEquals("<p><a href=\"/2024/other/#a\">见</a>\n"
                    + "<img src=\"/static/images/%E5%8A%B3%E6%A8%A1.png\" alt=\"图\" /></p>\n", rendered.html());
            assertEquals(List.of(new Link("../other.md#a", false, 1), new Link("images/劳模.png", true, 2)),
                    rendered.links());
        }

        @Test
        void resolverSeesReferenceAndDecodedDestinations() {
            List<String> seen = new ArrayList<>();
            RenderedMarkdown rendered = RENDERER.render("[甲][r] [乙](<../my file.md>)\n\n[r]: ../b.md", d -> {
                seen.add(d);
                return d.replace(".md", ".html");
            });
            assertEquals(List.of("../b.md", "../my file.md"), seen);
            assertEquals("<p><a href=\"../b.html\">甲</a> <a href=\"../my%20file.html\">乙</a></p>\n", rendered.html());
        }

        @Test
        void identityResolverLeavesDestinations() {
            assertHtml("[见](../other.md#a)", "<p><a href=\"../other.md#a\">见</a></p>\n");
        }

        @Test
        void resolverMustNotReturnNull() {
            assertThrows(NullPointerException.class, () -> RENDERER.render("[a](b)", d -> null));
        }

        @Test
        void linksReportDestinationAndLine() {
            RenderedMarkdown rendered = RENDERER.render("""
                    第一段[甲](a.md)
                    第二行 ![乙](b.png) 是**“劳模”**的[丙](c.md)

                    - 列表 [丁](d.md)

                    > 引用
                    > <https://example.com>

                    | 表 |
                    | --- |
                    | [戊](e.md) |

                    [己][ref]

                    [ref]: f.md
                    """);
            assertEquals(List.of(
                    new Link("a.md", false, 1),
                    new Link("b.png", true, 2),
                    new Link("c.md", false, 2),
                    new Link("d.md", false, 4),
                    new Link("https://example.com", false, 7),
                    new Link("e.md", false, 11),
                    new Link("f.md", false, 13)), rendered.links());
        }
    }

    @Nested
    class CharacterClasses {

        @Test
        void cjkForEmphasis() {
            for (int cp : "是。，、《》（）！？：；あアㄅ한\uFF21".codePoints().toArray()) {
                assertTrue(Cjk.isWideOrHangul(cp), Character.toString(cp));
            }
            assertTrue(Cjk.isWideOrHangul(0x20000)); // CJK extension B
            assertTrue(Cjk.isWideOrHangul(0x3400)); // CJK extension A
            for (int cp : "a1 “”‘’…—·*".codePoints().toArray()) {
                assertFalse(Cjk.isWideOrHangul(cp), Character.toString(cp));
            }
            assertFalse(Cjk.isWideOrHangul(0x1F600)); // emoji
            assertFalse(Cjk.isWideOrHangul(CjkEmphasis.SENTINEL));
        }

        @Test
        void breaklessExcludesHangul() {
            assertTrue(CjkSoftBreaks.isBreakless('是'));
            assertTrue(CjkSoftBreaks.isBreakless('。'));
            assertFalse(CjkSoftBreaks.isBreakless('한'));
            assertFalse(CjkSoftBreaks.isBreakless('a'));
        }
    }

    /** Randomised checks over many small documents, with fixed seeds so that failures reproduce. */
    @Nested
    class Properties {

        private static String randomText(Random random, String[] alphabet) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1 + random.nextInt(30); i > 0; i--) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            return sb.toString();
        }

        @Test
        void textWithoutCjkRendersExactlyAsCommonMark() {
            List<Extension> extensions = List.of(TablesExtension.create());
            Parser parser = Parser.builder().extensions(extensions).build();
            HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).percentEncodeUrls(true).build();
            String[] alphabet = {"a", "b", "1", " ", "\n", "*", "**", "_", "`", "\\", "<", ">", "[", "]", "(", ")",
                    "!", "\"", "'", "&", "#", "|", "-", ":", "/", ".", "“", "”", "ä", "α", "\uFE00"};
            Random random = new Random(650);
            for (int i = 0; i < 20_000; i++) {
                String source = randomText(random, alphabet);
                String html = RENDERER.render(source).html().replaceAll("(<h[1-6]) id=\"[^\"]*\"", "$1");
                assertEquals(renderer.render(parser.parse(source)), html, () -> "markdown: " + source);
            }
        }

        @Test
        void cjkTextNeverShowsTheSentinel() {
            String[] alphabet = {"是", "的", "。", "，", "“", "”", "（", "）", "한", "a", " ", "\n", "*", "**", "_", "`",
                    "\\", "<", ">", "[", "]", "(", ")", "!", "\"", ":", "/", "|", "-"};
            Random random = new Random(1100);
            for (int i = 0; i < 20_000; i++) {
                String source = randomText(random, alphabet);
                RenderedMarkdown rendered = RENDERER.render(source);
                assertFalse(rendered.html().indexOf(CjkEmphasis.SENTINEL) >= 0
                        || rendered.links().toString().indexOf(CjkEmphasis.SENTINEL) >= 0
                        || rendered.headings().toString().indexOf(CjkEmphasis.SENTINEL) >= 0, () -> "markdown: " + source);
            }
        }
    }

    @Test
    void threadSafe() throws Exception {
        List<String> documents = IntStream.range(0, 300)
                .mapToObj(i -> "# 标题" + (i % 7) + "\n\n是**“劳模" + i + "”**的\n职工\n群众 [见](../a" + i + ".md#x)\n\n"
                        + "## 标题" + (i % 7) + "\n\n| 表 | " + i + " |\n| --- | --- |\n| *“格”*是 | ![图](i" + i + ".png) |\n")
                .toList();
        LinkResolver resolver = d -> d.replace(".md", ".html");
        Function<String, String> render = d -> {
            RenderedMarkdown r = RENDERER.render(d, resolver);
            return r.html() + r.headings() + r.links();
        };
        List<String> sequential = documents.stream().map(render).toList();
        assertTrue(sequential.get(0).startsWith("<h1 id=\"标题0\">标题0</h1>\n"
                + "<p>是<strong>“劳模0”</strong>的职工群众 <a href=\"../a0.html#x\">见</a></p>\n"
                + "<h2 id=\"标题0-1\">标题0</h2>\n"), sequential.get(0));

        assertEquals(sequential, documents.parallelStream().map(render).toList());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String document : documents) {
                    futures.add(pool.submit(() -> render.apply(document)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % documents.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
