package yearbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import yearbook.testing.RawHttp;
import yearbook.testing.TestFiles;

/** The site server over real HTTP: pages, types, the 404 page, and nothing from outside the folder. */
class SiteServerTest {
    @TempDir
    static Path dir;
    static SiteServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws IOException {
        TestFiles.write(dir, """
                -- site/index.html --
                <p>首页</p>
                -- site/404.html --
                <p>页面不存在</p>
                -- site/2019/index.html --
                <p>2019年卷</p>
                -- site/assets/style.css --
                body { color: #222; }
                -- site/assets/search.js --
                let q = "工会";
                -- site/search.json --
                {"q": "工会"}
                -- site/atom.xml --
                <feed/>
                -- site/robots.txt --
                User-agent: *
                -- site/pdf/2019.pdf --
                %PDF-1.7
                -- site/images/a.png --
                png
                -- site/images/b.jpg --
                jpg
                -- site/fonts/f.woff2 --
                woff2
                -- site/文章/条目.html --
                <p>中文路径</p>
                -- secret.txt --
                outside
                """);
        Path site = dir.resolve("site");
        // links out of the folder, and one inside it
        Files.createSymbolicLink(site.resolve("leak.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("up"), dir);
        Files.createSymbolicLink(site.resolve("home.html"), site.resolve("index.html"));
        server = SiteServer.start(site, 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String rawPath) throws Exception {
        return send("GET", rawPath);
    }

    static HttpResponse<String> send(String method, String rawPath) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + rawPath))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String raw(String target) throws IOException {
        return RawHttp.get(server.port(), target);
    }

    @Test
    void aByteRangeIsAnsweredAsStaticHostsDo() throws Exception {
        // the search fetches each article's text by its byte range of a pack file
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/2019/index.html"))
                .header("Range", "bytes=3-8").build();
        HttpResponse<byte[]> part = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        byte[] whole = get("/2019/index.html").body().getBytes(StandardCharsets.UTF_8);
        assertEquals(206, part.statusCode());
        assertEquals("bytes 3-8/" + whole.length, part.headers().firstValue("Content-Range").orElseThrow());
        assertEquals(new String(java.util.Arrays.copyOfRange(whole, 3, 9), StandardCharsets.UTF_8),
                new String(part.body(), StandardCharsets.UTF_8));
        assertEquals("bytes", get("/2019/index.html").headers().firstValue("Accept-Ranges").orElseThrow());
        // a range beyond the end, or several, get the whole file
        assertEquals(null, SiteServer.byteRange("bytes=" + whole.length + "-", whole.length) == null ? null : "range");
        assertEquals(null, SiteServer.byteRange("bytes=0-1,3-4", whole.length));
        assertEquals("[0, " + (whole.length - 1) + "]", java.util.Arrays.toString(SiteServer.byteRange("bytes=0-", whole.length)));
    }

    @Test
    void listensOnLoopbackOnly() {
        assertTrue(server.port() > 0);
        assertEquals("127.0.0.1", server.uri().getHost());
        assertEquals("/", server.uri().getPath());
    }

    @Test
    void aFolderIsItsIndexPage() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertEquals("<p>首页</p>\n", home.body());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<String> volume = get("/2019/");
        assertEquals(200, volume.statusCode());
        assertEquals("<p>2019年卷</p>\n", volume.body());
        assertEquals("<p>2019年卷</p>\n", get("/2019/index.html").body());
        assertEquals("<p>2019年卷</p>\n", get("/2019/?q=x").body());
    }

    @Test
    void aFolderWithoutTheSlashRedirects() throws Exception {
        HttpResponse<String> r = get("/2019?q=1");
        assertEquals(301, r.statusCode());
        assertEquals("/2019/?q=1", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void encodedChinesePaths() throws Exception {
        HttpResponse<String> r = get("/%E6%96%87%E7%AB%A0/%E6%9D%A1%E7%9B%AE.html");
        assertEquals(200, r.statusCode());
        assertEquals("<p>中文路径</p>\n", r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/assets/style.css=text/css; charset=utf-8",
            "/assets/search.js=text/javascript; charset=utf-8",
            "/search.json=application/json; charset=utf-8",
            "/atom.xml=application/xml; charset=utf-8",
            "/robots.txt=text/plain; charset=utf-8",
            "/pdf/2019.pdf=application/pdf",
            "/images/a.png=image/png",
            "/images/b.jpg=image/jpeg",
            "/fonts/f.woff2=font/woff2"})
    void contentTypes(String pathAndType) throws Exception {
        String[] p = pathAndType.split("=", 2);
        HttpResponse<String> r = get(p[0]);
        assertEquals(200, r.statusCode(), p[0]);
        assertEquals(p[1], r.headers().firstValue("Content-Type").orElseThrow(), p[0]);
    }

    @Test
    void anUnknownPathGetsTheSites404Page() throws Exception {
        for (String path : new String[] {"/nope", "/nope/", "/2019/nope/index.html", "/assets/"}) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertEquals("<p>页面不存在</p>\n", r.body(), path);
            assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        }
    }

    @Test
    void withoutA404PageA404IsPlainText(@TempDir Path empty) throws Exception {
        try (SiteServer bare = SiteServer.start(empty, 0)) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(bare.uri().resolve("/x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode());
            assertTrue(r.body().contains("not found"), r.body());
        }
    }

    @Test
    void headSendsTheHeadersOnly() throws Exception {
        HttpResponse<String> r = send("HEAD", "/2019/");
        assertEquals(200, r.statusCode());
        assertEquals("", r.body());
        assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(String.valueOf("<p>2019年卷</p>\n".getBytes(StandardCharsets.UTF_8).length),
                r.headers().firstValue("Content-Length").orElseThrow());
        assertEquals(404, send("HEAD", "/nope").statusCode());
    }

    @Test
    void onlyGetAndHead() throws Exception {
        for (String method : new String[] {"POST", "PUT", "DELETE", "OPTIONS"}) {
            HttpResponse<String> r = send(method, "/");
            assertEquals(405, r.statusCode(), method);
            assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElseThrow(), method);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/../secret.txt",
            "/../../etc/passwd",
            "/2019/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E/%2E%2E/etc/passwd",
            "/2019/%2e%2e/%2e%2e/secret.txt",
            "/..%2fsecret.txt",
            "/%2e%2e%2fsecret.txt",
            "/./index.html",
            "/..%5csecret.txt",
            "/a%00.html"})
    void pathsThatClimbOutAreRefused(String target) throws Exception {
        String viaClient = get(target).body();
        String response = raw(target);
        assertTrue(response.startsWith("HTTP/1.1 400 "), target + " → " + response);
        assertFalse(response.contains("outside") || viaClient.contains("outside"), target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//etc/passwd", "/etc/passwd", "http://127.0.0.1/../secret.txt", "/%2fetc/passwd"})
    void absolutePathsStayInside(String target) throws Exception {
        String response = raw(target);
        assertTrue(response.startsWith("HTTP/1.1 404 ") || response.startsWith("HTTP/1.1 400 "), target + " → " + response);
        assertFalse(response.contains("root:"), target);
        assertFalse(response.contains("outside"), target);
    }

    @Test
    void linksOutOfTheFolderAreNotFollowed() throws Exception {
        HttpResponse<String> leak = get("/leak.txt");
        assertEquals(404, leak.statusCode());
        assertFalse(leak.body().contains("outside"));
        HttpResponse<String> up = get("/up/secret.txt");
        assertEquals(404, up.statusCode());
        assertFalse(up.body().contains("outside"));
        // a link that stays inside the folder is served
        assertEquals("<p>首页</p>\n", get("/home.html").body());
    }

    @Test
    void theFolderMustExist(@TempDir Path empty) {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> SiteServer.start(empty.resolve("missing"), 0));
        assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
    }
}
