package yearbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.Previewer;
import yearbook.testing.RawHttp;
import yearbook.testing.TestFiles;
import yearbook.testing.TestSites;

/**
 * {@code yearbook serve} over real HTTP on a free port, with real files changed on disk: pages come from the
 * content as it is now, a change shows without restarting, broken content or templates show as an error page
 * naming the file and line (and the server keeps serving), the PDF of the newest volume can be opened, and
 * nothing outside the site is served.
 */
class LivePreviewTest {
    /** How long a change may take to show before the test gives up (a bound against hanging, not a speed test). */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    Path dir;
    private LivePreview preview;
    private SiteServer server;
    private final StringWriter log = new StringWriter();

    private Path content() {
        return dir.resolve("content");
    }

    /** A two-article yearbook (base path /yb/) served from the repository's templates, or from {@code templates}. */
    private void start(Path templates) throws IOException {
        TestFiles.write(dir, TestFiles.BASICS
                + TestSites.article("laomo", "150623", 2019, "model-workers")
                + TestSites.article("songwennuan", "150300", 2019, "hardship-aid"));
        preview = new LivePreview(new Previewer(new BuildOptions(content(), templates, dir.resolve("site")), "yearbook test"),
                dir, new PrintWriter(log, true)).start();
        server = SiteServer.start(preview, 0);
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        if (preview != null) {
            preview.close();
        }
    }

    private String articleUrl(String slug) {
        return TestSites.model(content()).pages().stream().filter(p -> p.article().slug().equals(slug)).findFirst()
                .orElseThrow().url();
    }

    private HttpResponse<String> get(String rawPath) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + rawPath)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void edit(String file, String from, String to) throws IOException {
        Path f = content().resolve(file);
        String text = TestFiles.read(f);
        assertTrue(text.contains(from), file + " has no " + from);
        Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static void waitUntil(String what, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("not within " + PATIENCE.toSeconds() + " s: " + what);
            }
            Thread.sleep(20);
        }
    }

    private BooleanSupplier bodyOf(String path, int status, String contains) {
        return () -> {
            try {
                HttpResponse<String> r = get(path);
                return r.statusCode() == status && r.body().contains(contains);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
    }

    @Test
    void servesTheSiteUnderItsBasePathWithTheReloadScriptAndWritesNothing() throws Exception {
        start(TestFiles.templates());
        String url = articleUrl("laomo");
        assertTrue(url.startsWith("/yb/"), url);
        HttpResponse<String> page = get(url);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1"), page.body());
        assertTrue(page.body().contains(">laomo<"), page.body());
        assertTrue(page.body().contains("<script src=\"/_yearbook/reload.js\" data-version=\"1\"></script></body>"));
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<String> home = get("/");
        assertEquals(302, home.statusCode());
        assertEquals("/yb/", home.headers().firstValue("Location").orElseThrow());
        assertEquals(200, get("/yb/").statusCode());
        assertEquals(301, get(url.substring(0, url.length() - 1)).statusCode());
        HttpResponse<String> css = get("/yb/assets/style.css");
        assertEquals(200, css.statusCode());
        assertFalse(css.body().contains("reload.js"));
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(TestFiles.read(TestFiles.templates().resolve("assets/style.css")), css.body());
        assertEquals(200, get("/yb/search/index.json").statusCode());
        assertTrue(get("/yb/search/docs/0.json").body().contains("laomo"));
        HttpResponse<String> missing = get("/yb/no-such-page/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("reload.js"));
        assertTrue(get("/_yearbook/reload.js").body().contains("new EventSource(\"/_yearbook/events\")"));
        assertFalse(Files.exists(dir.resolve("site")), "the preview writes no site");
    }

    @Test
    void aChangedArticleShowsWithoutARestart() throws Exception {
        start(TestFiles.templates());
        String url = articleUrl("laomo");
        assertFalse(get(url).body().contains("新写的一段"));
        edit("laomo.md", "正文。", "正文。\n\n新写的一段。");
        waitUntil("the new paragraph on " + url, bodyOf(url, 200, "<p>新写的一段。</p>"));
        assertTrue(preview.version() >= 2, "rebuilt");
        assertTrue(log.toString().contains("rebuilt 2 articles in "), log.toString());
        assertTrue(log.toString().contains("laomo.md"), log.toString());
        // a new article appears on its region's page
        Files.writeString(content().resolve("xinwen.md"), TestSites.article("xinwen", "150623", 2019, "model-workers")
                .substring("-- content/xinwen.md --\n".length()), StandardCharsets.UTF_8);
        waitUntil("the new article", bodyOf(articleUrl("xinwen"), 200, ">xinwen<"));
    }

    @Test
    void brokenContentShowsItsFileAndLineAndTheServerKeepsRunning() throws Exception {
        start(TestFiles.templates());
        String url = articleUrl("laomo");
        edit("laomo.md", "region: 150623", "region: 999999");
        waitUntil("the error page", bodyOf(url, 500, "laomo.md:4"));
        String errorPage = get(url).body();
        assertTrue(errorPage.contains("content/laomo.md:4: error: "), errorPage);
        assertTrue(errorPage.contains("999999"), errorPage);
        assertTrue(errorPage.contains("reload.js"), "the error page reloads itself once fixed");
        // every page says so, not only the broken article's
        assertEquals(500, get("/yb/").statusCode());
        assertEquals(1, preview.errors().size(), preview.errors().toString());
        edit("laomo.md", "region: 999999", "region: 150623");
        waitUntil("the page back", bodyOf(url, 200, ">laomo<"));
        assertTrue(preview.errors().isEmpty());
        assertTrue(log.toString().contains("not rebuilt"), log.toString());
    }

    @Test
    void aPictureShowsWithItsSizeAndCopiesAReplacedOneWithItsNewSizeAndAMissingOneIsAnErrorOnItsLine() throws Exception {
        start(TestFiles.templates());
        String url = articleUrl("laomo");
        yearbook.pipeline.PicturesTest.picture(content().resolve("img/photo.png"), 1000, 500, "png");
        edit("laomo.md", "正文。", "正文。\n\n![合影](img/photo.png)");
        waitUntil("the picture with its size", bodyOf(url, 200, "width=\"1000\" height=\"500\""));
        assertTrue(get(url).body().contains("/yb/img/photo-480w.png 480w, /yb/img/photo-960w.png 960w"), get(url).body());
        HttpResponse<byte[]> copy = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/yb/img/photo-480w.png")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, copy.statusCode());
        assertEquals(480, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(copy.body())).getWidth());
        // the picture replaced by a narrower one: the page gives the new size
        Path smaller = dir.resolve("smaller.png");
        yearbook.pipeline.PicturesTest.picture(smaller, 600, 300, "png");
        Files.move(smaller, content().resolve("img/photo.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        waitUntil("the new size", bodyOf(url, 200, "width=\"600\" height=\"300\""));
        // a picture that does not exist: the error page names the article's line
        edit("laomo.md", "img/photo.png", "img/nope.png");
        waitUntil("the error page", bodyOf(url, 500, "laomo.md:12"));
        assertTrue(get(url).body().contains("content/laomo.md:12: error: the picture 'img/nope.png' does not exist"),
                get(url).body());
    }

    @Test
    void aBrokenTemplateShowsTheTemplateFileAndLine() throws Exception {
        Path templates = dir.resolve("templates");
        TestFiles.copyTree(TestFiles.templates(), templates);
        start(templates);
        String url = articleUrl("laomo");
        assertEquals(200, get(url).statusCode());
        Path article = templates.resolve("article.ftlh");
        String original = TestFiles.read(article);
        Files.writeString(article, "<#if>\n" + original, StandardCharsets.UTF_8);
        waitUntil("the template error", bodyOf(url, 500, "article.ftlh:1"));
        assertTrue(get(url).body().contains("templates/article.ftlh:1: error: "), get(url).body());
        // an error that only shows when a page is rendered names its template and line too
        Files.writeString(article, original.replace("</h1>", "</h1>${noSuchValue}"), StandardCharsets.UTF_8);
        waitUntil("the rendering error", bodyOf(url, 500, "noSuchValue"));
        assertTrue(get(url).body().matches("(?s).*templates/article\\.ftlh:\\d+: error: .*"), get(url).body());
        Files.writeString(article, original, StandardCharsets.UTF_8);
        waitUntil("the page back", bodyOf(url, 200, ">laomo<"));
    }

    @Test
    void openPagesAreToldOfEachRebuild() throws Exception {
        start(TestFiles.templates());
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/_yearbook/events")).build();
        HttpResponse<InputStream> events = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals("text/event-stream; charset=utf-8", events.headers().firstValue("Content-Type").orElseThrow());
        // the stream never ends by itself: a missing event must fail the test, not hang it
        assertTimeoutPreemptively(PATIENCE, () -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
                assertEquals("data: 1", nextData(in));
                edit("laomo.md", "正文。", "正文改了。");
                assertEquals("data: 2", nextData(in));
                edit("laomo.md", "region: 150623", "region: 999999");
                assertEquals("data: 3", nextData(in), "a failed rebuild is announced too: the page shows its errors");
            }
        });
    }

    private static String nextData(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith("data: ")) {
                return line;
            }
        }
        return null;
    }

    @Test
    void theNewestVolumesPdfCanBeOpened() throws Exception {
        start(TestFiles.templates());
        HttpResponse<String> link = get("/_yearbook/pdf");
        assertEquals(302, link.statusCode());
        String pdf = link.headers().firstValue("Location").orElseThrow();
        assertTrue(pdf.matches("/yb/pdf/yearbook-\\d{4}\\.pdf"), pdf);
        HttpResponse<byte[]> file = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pdf)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("%PDF-", new String(file.body(), 0, 5, StandardCharsets.ISO_8859_1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../../etc/passwd", "/yb/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
            "/_yearbook/../../etc/passwd", "/yb/%2e%2e/content/laomo.md"})
    void pathsOutsideTheSiteAreRefused(String target) throws Exception {
        start(TestFiles.templates());
        String response = raw(target);
        assertTrue(response.startsWith("HTTP/1.1 400 "), target + " → " + response);
        assertFalse(response.contains("root:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "/yb/content/laomo.md", "/content/laomo.md", "/yb/laomo.md", "/templates/article.ftlh"})
    void sourceFilesAreNotServed(String target) throws Exception {
        start(TestFiles.templates());
        String response = raw(target);
        assertTrue(response.startsWith("HTTP/1.1 404 "), target + " → " + response);
        assertFalse(response.contains("root:") || response.contains("organization: o"), response);
    }

    private String raw(String target) throws IOException {
        return RawHttp.get(server.port(), target);
    }
}
