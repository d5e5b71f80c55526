package yearbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.diag.ContentException;
import yearbook.diag.Diagnostic;
import yearbook.testing.TestFiles;

/** Builds small inline sites with the project's own templates and looks at the files. */
public class BuildServiceTest {
    @TempDir
    Path root;

    static final String SITE = TestFiles.BASICS + """
            -- content/nm/wuhai.md --
            ---
            title: 以四项举措抓基层 强基础
            kicker: 乌海市总工会
            organization: 乌海市总工会
            region: 内蒙古自治区/乌海市
            year: 2018
            date: 2019-01-05
            themes: [model-workers]
            authors: [杨万莲, 赵艳莉]
            source:
              name: 内蒙古工人报
              page: 第3版
            ---
            ## 一、加强思想引领

            大力弘扬**“劳模精神”**是
            职工群众的共同心愿。见[另一篇](etuokeqianqi.md)。
            -- content/nm/etuokeqianqi.md --
            ---
            title: 党工共建深度融合
            subtitle: 鄂托克前旗总工会抓党建促工会工作纪实
            organization: 鄂托克前旗总工会
            region: 150623
            year: 2020
            themes: [hardship-aid]
            ---
            开展送温暖活动。
            -- content/nm/etuokeqianqi-2.md --
            ---
            title: 第二篇
            organization: 鄂托克前旗总工会
            region: 内蒙古自治区/鄂尔多斯市/鄂托克前旗
            year: 2020
            slug: second
            ---
            正文。
            -- content/nx/draft.md --
            ---
            title: 草稿
            organization: 宁夏总工会
            region: 宁夏回族自治区
            year: 2019
            draft: true
            ---
            未完成。
            """;

    private BuildOptions options() {
        return new BuildOptions(root.resolve("content"), TestFiles.templates(), root.resolve("site"));
    }

    private BuildResult build() throws IOException {
        return new BuildService("yearbook test").build(options(), Progress.NONE);
    }

    private String file(String path) throws IOException {
        return TestFiles.read(root.resolve("site").resolve(path));
    }

    @Test
    void listPagesGoOnOverPagesOfThePageSizeWithPlainLinks() throws IOException {
        TestFiles.write(root, SITE.replace("baseUrl: https://example.org/yb/", "baseUrl: https://example.org/yb/\nsite:\n  pageSize: 1"));
        build();
        // 内蒙古自治区 has three articles: three pages of one
        String first = file("regions/150000-neimengguzizhiqu/index.html");
        String second = file("regions/150000-neimengguzizhiqu/page/2/index.html");
        String third = file("regions/150000-neimengguzizhiqu/page/3/index.html");
        assertFalse(java.nio.file.Files.exists(root.resolve("site/regions/150000-neimengguzizhiqu/page/4")));
        assertTrue(first.contains("<a href=\"/yb/regions/150000-neimengguzizhiqu/page/2/\" rel=\"next\">下一页</a>"), first);
        assertFalse(first.contains("rel=\"prev\""));
        assertTrue(second.contains("<a href=\"/yb/regions/150000-neimengguzizhiqu/\" rel=\"prev\">上一页</a>"), second);
        assertTrue(second.contains("<span aria-current=\"page\">2</span>"), second);
        assertTrue(second.contains("第 2–2 篇，共 3 篇"), second);
        assertFalse(third.contains("rel=\"next\""));
        assertTrue(second.contains("<title>内蒙古自治区（第2页）"), second);
        // each article on exactly one of the pages
        for (String title : List.of("以四项举措抓基层 强基础", "党工共建深度融合", "第二篇")) {
            int on = (first.contains(">" + title + "</a>") ? 1 : 0) + (second.contains(">" + title + "</a>") ? 1 : 0)
                    + (third.contains(">" + title + "</a>") ? 1 : 0);
            assertEquals(1, on, title);
        }
        // the year links reach the years on other pages: 2020 is on page 1, 2018 on page 3
        assertTrue(first.contains("<a href=\"#y2020\">2020</a> <span class=\"count\">2</span>"), first);
        assertTrue(first.contains("<a href=\"/yb/regions/150000-neimengguzizhiqu/page/3/#y2018\">2018</a>"), first);
        assertTrue(file("sitemap.xml").contains("https://example.org/yb/regions/150000-neimengguzizhiqu/page/3/"));
        // the volume 2021 has two articles: its second page, its table of contents pointing where each province starts
        assertTrue(file("2021/page/2/index.html").contains("rel=\"prev\""));
    }

    @Test
    void aSiteWithMoreFilesThanTheHostAllowsIsWarnedOf() throws IOException {
        TestFiles.write(root, SITE.replace("baseUrl: https://example.org/yb/", "baseUrl: https://example.org/yb/\nsite:\n  maxFiles: 10"));
        BuildResult r = build();
        List<String> w = r.warnings().stream().map(Diagnostic::toString).toList();
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).contains("yearbook.yaml") && w.get(0).contains("the site has " + r.files() + " files, more than site.maxFiles (10)"), w.get(0));

        TestFiles.write(root, SITE.replace("baseUrl: https://example.org/yb/", "baseUrl: https://example.org/yb/\nsite:\n  maxFiles: " + (r.files() + 1)));
        w = build().warnings().stream().map(Diagnostic::toString).toList();
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).contains("close to site.maxFiles"), w.get(0));

        TestFiles.write(root, SITE.replace("baseUrl: https://example.org/yb/", "baseUrl: https://example.org/yb/\nsite:\n  maxFiles: " + r.files() * 2));
        assertEquals(List.of(), build().warnings());
    }

    @Test
    void buildsEveryPageType() throws IOException {
        TestFiles.write(root, SITE);
        BuildResult r = build();
        assertEquals(3, r.articles(), "the draft is not published");
        assertEquals(List.of(), r.warnings());
        assertEquals(21, r.pages(), "home, 2 volumes, region index, 4 regions, 5 region × theme pages, theme index, "
                + "2 themes, 3 articles, search, 404");
        assertTrue(file("search/docs/0.json").contains("[\"2019/yi-si-xiang-ju-cuo-zhua-ji-ceng-qiang-ji-chu/\""),
                "the search index has the articles' details");
        assertFalse(file("search/index.json").contains("yi-si-xiang"), "index.json lists no article");

        String article = file("2019/yi-si-xiang-ju-cuo-zhua-ji-ceng-qiang-ji-chu/index.html");
        assertTrue(article.contains("<html lang=\"zh-CN\">"));
        assertTrue(article.contains("<h1>以四项举措抓基层 强基础</h1>"));
        assertTrue(article.contains("<p class=\"kicker\">乌海市总工会</p>"));
        assertTrue(article.contains("<strong>“劳模精神”</strong>是职工群众"), "CJK emphasis and soft break");
        assertTrue(article.contains("href=\"/yb/2021/dang-gong-gong-jian-shen-du-rong-he/\""), "link to the other article's .md is rewritten");
        assertTrue(article.contains("<a href=\"/yb/regions/150000-neimengguzizhiqu/\">内蒙古自治区</a>"), "breadcrumb chain");
        assertTrue(article.contains("<a href=\"/yb/regions/150300-wuhaishi/\">乌海市</a>"));
        assertTrue(article.contains("杨万莲　赵艳莉"));
        assertTrue(article.contains("杨万莲,赵艳莉.以四项举措抓基层 强基础[N].内蒙古工人报,2019-01-05(第3版)."), "GB/T 7714 citation");
        assertTrue(article.contains("<a class=\"tag\" href=\"/yb/themes/model-workers/\">劳模工匠</a>"));
        assertTrue(article.contains("<link rel=\"canonical\" href=\"https://example.org/yb/2019/yi-si-xiang-ju-cuo-zhua-ji-ceng-qiang-ji-chu/\">"));

        String region = file("regions/150000-neimengguzizhiqu/index.html");
        assertTrue(region.contains("鄂尔多斯市</a> <span class=\"count\">2</span>"), "sub-regions with counts");
        assertTrue(region.contains("以四项举措抓基层 强基础") && region.contains("党工共建深度融合") && region.contains("第二篇"),
                "a region lists its descendants' articles");
        assertTrue(Files.exists(root.resolve("site/regions/150623-etuokeqianqi/index.html")));
        assertTrue(Files.exists(root.resolve("site/regions/150600-eerduosishi/index.html")));
        assertFalse(Files.exists(root.resolve("site/regions/640000-ningxiahuizuzizhiqu")), "regions without published articles have no page");

        String county = file("regions/150623-etuokeqianqi/index.html");
        assertTrue(county.indexOf("党工共建深度融合") < county.indexOf("第二篇"), "pinyin order within a year");

        String second = file("2021/second/index.html");
        assertTrue(second.contains("rel=\"prev\" href=\"/yb/2021/dang-gong-gong-jian-shen-du-rong-he/\""), "previous within its region");
        String first = file("2021/dang-gong-gong-jian-shen-du-rong-he/index.html");
        assertTrue(first.contains("rel=\"next\" href=\"/yb/2021/second/\""));
        assertFalse(first.contains("rel=\"prev\""));

        assertTrue(file("index.html").contains("测试年鉴 2019"), "home lists volumes");
        assertTrue(file("2021/index.html").contains("党工共建深度融合"));
        assertTrue(file("themes/index.html").contains("困难职工帮扶"));
        assertTrue(file("themes/hardship-aid/index.html").contains("党工共建深度融合"));
        assertTrue(file("themes/hardship-aid/index.html").contains("内蒙古自治区"), "theme page names the regions");
        assertTrue(file("404.html").contains("页面不存在"));
        assertTrue(file("assets/style.css").contains("font-family"));

        String atom = file("atom.xml");
        assertTrue(atom.contains("<id>https://example.org/yb/2019/yi-si-xiang-ju-cuo-zhua-ji-ceng-qiang-ji-chu/</id>"));
        assertTrue(atom.contains("&lt;strong&gt;"), "feed content is escaped HTML");
        String sitemap = file("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://example.org/yb/regions/150623-etuokeqianqi/</loc>"));
        assertFalse(sitemap.contains("draft"));
        assertTrue(file("robots.txt").contains("Sitemap: https://example.org/yb/sitemap.xml"));
    }

    @Test
    void noPageRequestsAnOutsideHost() throws IOException {
        TestFiles.write(root, SITE);
        build();
        try (Stream<Path> files = Files.walk(root.resolve("site"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".css")).toList()) {
                String text = TestFiles.read(f);
                assertFalse(text.matches("(?s).*(src|href)=\"(https?:)?//(?!example\\.org/).*"), f + " loads from another host");
                assertFalse(text.contains("@import"), f.toString());
            }
        }
    }

    @Test
    void metadataIsEscaped() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + """
                -- content/x.md --
                ---
                title: "<script>alert(1)</script>"
                organization: "A & B"
                region: 150623
                year: 2018
                slug: x
                ---
                text
                """);
        build();
        String page = file("2019/x/index.html");
        assertFalse(page.contains("<script>alert(1)</script>"));
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.contains("A &amp; B"));
    }

    @Test
    void reportsAllErrorsAndKeepsThePreviousSite() throws IOException {
        TestFiles.write(root, SITE);
        build();
        Map<String, byte[]> before = snapshot(root.resolve("site"));

        TestFiles.write(root, """
                -- content/nm/bad-yaml.md --
                ---
                title: [unclosed
                ---
                -- content/nm/no-region.md --
                ---
                title: t
                organization: o
                year: 2018
                ---
                -- content/nm/bad-theme.md --
                ---
                title: t2
                organization: o
                region: 朝阳区
                year: 2018
                themes: [nope]
                ---
                """);
        ContentException e = assertThrows(ContentException.class, this::build);
        List<String> messages = e.diagnostics().stream().map(d -> d.format(root.resolve("content"))).toList();
        assertEquals(4, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("nm/bad-theme.md:4: error: ") && messages.get(0).contains("朝阳区"), messages.get(0));
        assertTrue(messages.get(1).startsWith("nm/bad-theme.md:6: error: unknown theme 'nope'"), messages.get(1));
        assertTrue(messages.get(2).startsWith("nm/bad-yaml.md:2:8: error: the YAML cannot be read"), messages.get(2));
        assertEquals("nm/no-region.md:2: error: the required field 'region' is missing", messages.get(3));

        Map<String, byte[]> after = snapshot(root.resolve("site"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
        try (Stream<Path> siblings = Files.list(root)) {
            assertEquals(List.of(".site.lock", "content", "site"), siblings.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "no staging folder is left behind (the file builds take the folder by stays)");
        }
    }

    @Test
    void twoArticlesChoosingOneSlugIsAnError() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + """
                -- content/a.md --
                ---
                title: 同名
                organization: o
                region: 150623
                year: 2018
                slug: tong-ming
                ---
                -- content/b.md --
                ---
                title: 别名
                organization: o
                region: 150300
                year: 2018
                slug: tong-ming
                ---
                """);
        ContentException e = assertThrows(ContentException.class, this::build);
        List<String> m = e.diagnostics().stream().map(Diagnostic::toString).toList();
        assertEquals(2, m.size(), m.toString());
        assertTrue(m.get(0).contains("a.md:1: error: this article would be published at /yb/2019/tong-ming/, the address of b.md; "
                + "change one of the slugs"), m.get(0));
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void brokenLinksAreWarningsWithTheirLine() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + """
                -- content/a.md --
                ---
                title: 甲
                organization: o
                region: 150623
                year: 2018
                ---
                第一段。

                见[乙](missing.md)和[图](photo.jpg)。
                """);
        BuildResult r = build();
        List<String> w = r.warnings().stream().map(Diagnostic::toString).toList();
        assertEquals(2, w.size(), w.toString());
        assertTrue(w.get(0).contains("a.md:9: warning: the link 'missing.md' points to an article that does not exist"), w.get(0));
        assertTrue(w.get(1).contains("a.md:9: warning: the link 'photo.jpg' points to a file that does not exist"), w.get(1));
    }

    @Test
    void htmlThatCouldRunIsLeftOutWithAWarningOnItsLine() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + """
                -- content/a.md --
                ---
                title: 甲
                organization: o
                region: 150623
                year: 2018
                slug: a
                ---
                第一段<sup>1</sup>。

                <script>alert(1)</script>

                [点我](javascript:alert(1))
                """);
        BuildResult r = build();
        List<String> w = r.warnings().stream().map(Diagnostic::toString).toList();
        assertEquals(List.of(
                root.resolve("content/a.md") + ":10: warning: the HTML '<script>alert(1)</script>' could run in a reader's "
                        + "browser and is left out of the page (see 'rawHtml' in yearbook.yaml)",
                root.resolve("content/a.md") + ":12: warning: the link address 'javascript:alert(1)' could run in a "
                        + "reader's browser and is left out of the page (see 'rawHtml' in yearbook.yaml)"), w);
        String page = Files.readString(root.resolve("site/2019/a/index.html"));
        assertTrue(page.contains("<p>第一段<sup>1</sup>。</p>") && page.contains("<p>点我</p>"), page);
        assertFalse(page.contains("alert"), page);
    }

    @Test
    void imagesBesideArticlesArePublished() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + """
                -- content/nm/a.md --
                ---
                title: 甲
                organization: o
                region: 150623
                year: 2018
                slug: a
                ---
                ![职工](img/photo.png)
                -- content/nm/img/photo.png --
                PNG
                """);
        build();
        assertTrue(file("2019/a/index.html").contains("src=\"/yb/nm/img/photo.png\""));
        assertEquals("PNG\n", file("nm/img/photo.png"));
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws IOException {
        TestFiles.write(root, SITE);
        build();
        Map<String, byte[]> first = snapshot(root.resolve("site"));
        build();
        Map<String, byte[]> second = snapshot(root.resolve("site"));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((k, v) -> assertArrayEquals(v, second.get(k), k));
    }

    @Test
    void aTemplateMissingEverywhereIsNamed() throws IOException {
        TestFiles.write(root, SITE + """
                -- templates/home.ftlh --
                <p>${site.title}</p>
                <#include "nowhere.ftlh">
                """);
        BuildOptions o = new BuildOptions(root.resolve("content"), root.resolve("templates"), root.resolve("site"));
        yearbook.template.TemplateError e = assertThrows(yearbook.template.TemplateError.class,
                () -> new BuildService("t").build(o, Progress.NONE));
        assertEquals("home.ftlh", e.template());
        assertTrue(e.getMessage().contains("nowhere.ftlh"), e.getMessage());
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void templateErrorNamesFileAndLine() throws IOException {
        yearbook.template.TemplateError e = buildWithTemplate("volume.ftlh", "<p>\n${volume.nosuchfield}\n</p>\n");
        assertEquals("volume.ftlh", e.template());
        assertEquals(2, e.line());
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void templatesCannotReachJava() throws IOException {
        yearbook.template.TemplateError e = buildWithTemplate("404.ftlh",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
        assertEquals("404.ftlh", e.template());
    }

    /** Builds SITE with the project's templates, one of them replaced; the build must fail on it. */
    private yearbook.template.TemplateError buildWithTemplate(String name, String text) throws IOException {
        TestFiles.write(root, SITE);
        Path templates = root.resolve("templates");
        TestFiles.copyTree(TestFiles.templates(), templates);
        Files.writeString(templates.resolve(name), text);
        BuildOptions o = new BuildOptions(root.resolve("content"), templates, root.resolve("site"));
        return assertThrows(yearbook.template.TemplateError.class, () -> new BuildService("t").build(o, Progress.NONE));
    }

    public static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return out;
    }
}
