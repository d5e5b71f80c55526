package yearbook.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildResult;
import yearbook.pipeline.BuildService;
import yearbook.pipeline.Progress;
import yearbook.diag.Diagnostic;
import yearbook.serve.SiteServer;
import yearbook.testing.Chromium;
import yearbook.testing.TestFiles;

/**
 * What an author types cannot run in a reader's browser: an article whose front matter and body are full of
 * scripts, event handlers, {@code javascript:} links and HTML injection is built and every page of the site is
 * opened in headless Chromium. Each payload, if it ran, would mark the page; no page is marked. The same site
 * built with {@code rawHtml: trusted} is marked, which shows the payloads and the detection work.
 */
class HostileContentBrowserTest {
    /** Marks the page the way every payload does; the test reads the mark back. */
    private static final String MARK = "document.documentElement.setAttribute('data-pwned','%s')";

    @TempDir
    Path dir;

    private static String mark(String where) {
        return MARK.formatted(where);
    }

    private static String hostile(String rawHtml) {
        return """
                -- content/yearbook.yaml --
                title: "测试年鉴<script>%1$s</script>"
                subtitle: "副题\\"><img src=x onerror=\\"%2$s\\">"
                baseUrl: /
                rawHtml: %12$s
                -- content/themes.yaml --
                themes:
                  - id: model-workers
                    name: "劳模工匠<img src=x onerror=\\"%3$s\\">"
                    signals: [劳模]
                -- content/hostile.md --
                ---
                title: "劳模<script>%4$s</script>"
                subtitle: "</title><script>%5$s</script>"
                kicker: "'><svg onload=\\"%6$s\\">"
                organization: "总工会<iframe src=\\"javascript:%7$s\\"></iframe>"
                authors: ["<img src=x onerror=\\"%8$s\\">"]
                region: "150623"
                year: 2018
                themes: [model-workers]
                slug: hostile
                source:
                  name: "<a href=\\"javascript:%9$s\\">报</a>"
                  url: "https://example.org/\\" onmouseover=\\"%10$s"
                ---
                劳模事迹。<script>%11$s</script>

                <img src="x" onerror="%11$s">

                <a href="javascript:%11$s" id="jslink">点这里</a> 和 [也点这里](javascript:%11$s)

                <div onclick="%11$s" id="clickme">点击区域</div>

                <iframe srcdoc="<script>parent.%11$s</script>"></iframe>

                <svg><animate onbegin="%11$s" attributeName="x" dur="1s"></animate></svg>

                <details open ontoggle="%11$s"><summary>展开</summary>内容</details>
                """.formatted(mark("yearbook-title"), mark("subtitle"), mark("theme"), mark("title"), mark("subtitle-2"),
                mark("kicker"), mark("organization"), mark("author"), mark("source-name"), mark("source-url"),
                mark("body"), rawHtml);
    }

    private Path build(String rawHtml, List<Diagnostic> warnings) throws Exception {
        Path root = dir.resolve(rawHtml);
        TestFiles.write(root, hostile(rawHtml));
        Path site = root.resolve("site");
        BuildResult r = new BuildService("t").build(new BuildOptions(root.resolve("content"), TestFiles.templates(), site),
                Progress.NONE);
        warnings.addAll(r.warnings());
        return site;
    }

    /** The marks left by every page of the site (opened, its links with handlers clicked). */
    private static List<String> marks(Path site) throws Exception {
        ChromeDriver browser = Chromium.driver();
        List<String> marks = new ArrayList<>();
        List<String> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> "/" + site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertTrue(pages.size() > 8, pages.toString());
        try (SiteServer server = SiteServer.start(site, 0)) {
            List<String> urls = new ArrayList<>(pages);
            urls.add("/search/?q=" + java.net.URLEncoder.encode("劳模", java.nio.charset.StandardCharsets.UTF_8));
            for (String url : urls) {
                browser.get(server.uri().resolve(url).toString());
                new WebDriverWait(browser, Duration.ofSeconds(20))
                        .until(b -> "complete".equals(browser.executeScript("return document.readyState")));
                if (url.startsWith("/search/?q=")) {
                    new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> "done".equals(browser.executeScript(
                            "return document.getElementById('search-results').getAttribute('data-state');")));
                    assertTrue(browser.findElement(org.openqa.selenium.By.id("search-results")).getText().contains("劳模"),
                            "the search found the article");
                }
                // Click whatever an author may have given a handler or a script address.
                browser.executeScript("""
                        for (const e of document.querySelectorAll('#jslink, #clickme, a[href^="javascript:"]')) {
                          e.click();
                        }
                        for (const e of document.querySelectorAll('[onmouseover]')) {
                          e.dispatchEvent(new MouseEvent('mouseover'));
                        }""");
                Object mark = browser.executeScript("return document.documentElement.getAttribute('data-pwned');");
                if (mark != null) {
                    marks.add(url + ": " + mark);
                }
            }
        }
        return marks;
    }

    @Test
    void nothingAnAuthorTypedRunsOnAnyPage() throws Exception {
        List<Diagnostic> warnings = new ArrayList<>();
        Path site = build("safe", warnings);
        assertEquals(List.of(), marks(site));
        String article = Files.readString(site.resolve("2019/hostile/index.html"));
        assertTrue(article.contains("劳模事迹。"), "the article's text is on its page");
        assertTrue(article.contains("点这里") && article.contains("也点这里") && article.contains("点击区域"),
                "text around what was left out stays");
        assertFalse(warnings.stream().filter(w -> w.message().contains("could run in a reader's browser")).toList().isEmpty(),
                "the author hears what was left out: " + warnings);
    }

    @Test
    void trustedHtmlRunsWhichShowsTheTestSeesIt() throws Exception {
        List<String> marks = marks(build("trusted", new ArrayList<>()));
        assertTrue(marks.stream().anyMatch(m -> m.startsWith("/2019/hostile/index.html: body")), marks.toString());
        assertTrue(marks.stream().noneMatch(m -> !m.endsWith(": body")),
                "front matter stays inert even when HTML in the body is trusted: " + marks);
    }
}
