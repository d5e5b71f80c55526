import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import yearbook.serve.SiteServer;

/**
 * The first query as a reader's browser makes it: a built site served over HTTP on 127.0.0.1 (the tool's own
 * server, which answers byte ranges as static hosts do), the search page opened with {@code ?q=} in a fresh
 * headless Chromium (empty cache) each time, until the first 20 results and their snippets are drawn.
 *
 *   ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt && ./mvnw -q -o test-compile
 *   java -cp target/classes:target/test-classes:$(cat target/cp.txt) bench/SearchBrowserBench.java SITE [QUERY ...]
 *
 * For each query, median of 3: the files fetched, the bytes as a web server would send them (JSON, HTML, script
 * and stylesheet gzipped at level 6; a text pack's byte range as it is, already compressed), and the times from
 * the start of navigation until the results are listed and until their snippets are in.
 *
 * With {@code BENCH_SETTLE_MS=3000} the browser first opens a blank page and waits that long, so that its own start-up
 * work (a new headless Chromium loads its omnibox's pages, about 0.4 s of processor time on this machine) is done
 * before the search page is opened, as in a reader's browser that is already open; the cache is empty either way.
 *
 * With {@code BENCH_TIMELINE=1} each run also prints when each file was asked for and when it was in.
 *
 * With {@code BENCH_NETWORK=LATENCY_MS,BYTES_PER_S} (for example {@code 40,1250000}: 40 ms and 10 Mbit/s) the browser's
 * network is slowed as DevTools does, and the server sends JSON, HTML, scripts and stylesheets gzipped (level 6,
 * as a static host does), so that what a reader downloads counts in the times as well as the round trips.
 */
public class SearchBrowserBench {
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        List<String> queries = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of("劳模", "职工之家", "送温暖", "工会", "困难职工帮扶", "家");
        String network = System.getenv("BENCH_NETWORK") == null || System.getenv("BENCH_NETWORK").isBlank() ? null
                : System.getenv("BENCH_NETWORK");
        long settle = Long.parseLong(System.getenv().getOrDefault("BENCH_SETTLE_MS", "0").trim());
        try (SiteServer server = network == null ? SiteServer.start(site, 0) : SiteServer.start(gzipping(site), 0)) {
            System.out.println("query\tresults\tfiles\tsearch files\tKB sent (gzip)\tresults drawn ms\tsnippets in ms");
            for (String q : queries) {
                List<double[]> runs = new ArrayList<>();
                String count = "";
                for (int run = 0; run < 3; run++) {
                    ChromeDriver browser = browser();
                    if (network != null) {
                        String[] n = network.split(",");
                        org.openqa.selenium.chromium.ChromiumNetworkConditions slow = new org.openqa.selenium.chromium.ChromiumNetworkConditions();
                        slow.setLatency(Duration.ofMillis(Long.parseLong(n[0].trim())));
                        slow.setDownloadThroughput(Integer.parseInt(n[1].trim()));
                        slow.setUploadThroughput(Integer.parseInt(n[1].trim()));
                        browser.setNetworkConditions(slow);
                    }
                    try {
                        if (settle > 0) {
                            // a browser already open, as a reader's is: its own start-up work done first
                            browser.get("about:blank");
                            Thread.sleep(settle);
                        }
                        browser.get(server.uri().resolve("/search/?q=" + java.net.URLEncoder.encode(q, "UTF-8")).toString());
                        @SuppressWarnings("unchecked")
                        Map<String, Object> r = (Map<String, Object>) browser.executeAsyncScript("""
                                var done = arguments[arguments.length - 1];
                                var listed = 0;
                                (function check() {
                                  var list = document.getElementById('search-results');
                                  var items = Array.from(list.querySelectorAll('li'));
                                  if (list.getAttribute('data-state') === 'done' && !listed) listed = performance.now();
                                  if (listed && items.every(function (li) { return li.querySelector('.summary').textContent; })) {
                                    done({listed: listed, snippets: performance.now(), status: document.getElementById('search-status').textContent,
                                      files: performance.getEntriesByType('resource').map(function (e) {
                                        return [new URL(e.name).pathname, e.encodedBodySize, Math.round(e.startTime), Math.round(e.responseEnd)]; })});
                                  } else setTimeout(check, 5);
                                })();
                                """);
                        @SuppressWarnings("unchecked")
                        List<List<Object>> files = (List<List<Object>>) r.get("files");
                        long bytes = gzipped(site.resolve("search/index.html"));
                        int searchFiles = 0;
                        for (List<Object> f : files) {
                            String path = (String) f.get(0);
                            if (!Files.isRegularFile(site.resolve(path.substring(1)))) {
                                continue; // the browser's own favicon.ico request
                            }
                            if (path.endsWith(".bin")) {
                                bytes += ((Number) f.get(1)).longValue();
                            } else {
                                bytes += gzipped(site.resolve(path.substring(1)));
                            }
                            if (path.startsWith("/search/")) {
                                searchFiles++;
                            }
                        }
                        if (System.getenv("BENCH_TIMELINE") != null) {
                            // when each file was asked for and when it was in, from the start of navigation
                            for (List<Object> f : files) {
                                System.out.printf("  %s\t%s\t%s\t%s%n", f.get(2), f.get(3), f.get(0), f.get(1));
                            }
                            System.out.printf("  listed at %.0f ms%n", ((Number) r.get("listed")).doubleValue());
                        }
                        count = ((String) r.get("status")).replaceAll("\\D", "");
                        runs.add(new double[] {files.stream().filter(f -> Files.isRegularFile(site.resolve(((String) f.get(0)).substring(1)))).count() + 1, searchFiles, bytes / 1024.0,
                                ((Number) r.get("listed")).doubleValue(), ((Number) r.get("snippets")).doubleValue()});
                    } finally {
                        browser.quit();
                    }
                }
                runs.sort((a, b) -> Double.compare(a[4], b[4]));
                double[] m = runs.get(1);
                System.out.printf("%s\t%s\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f%n", q, count, m[0], m[1], m[2], m[3], m[4]);
            }
        }
    }

    /** The site's files, with JSON, HTML, scripts and stylesheets gzipped for a browser that takes it (not ranges). */
    static SiteServer.Source gzipping(Path root) {
        Map<String, byte[]> packed = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, String> types = Map.of("json", "application/json; charset=utf-8", "html", "text/html; charset=utf-8",
                "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");
        return new SiteServer.Source() {
            @Override
            public byte[] file(String path) throws java.io.IOException {
                Path p = root.resolve(path);
                return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
            }

            @Override
            public boolean answer(com.sun.net.httpserver.HttpExchange exchange, String path, boolean head) throws java.io.IOException {
                String name = exchange.getRequestURI().getRawPath().endsWith("/") ? (path.isEmpty() ? "" : path + "/") + "index.html" : path;
                String type = types.get(name.substring(name.lastIndexOf('.') + 1));
                String accepts = exchange.getRequestHeaders().getFirst("Accept-Encoding");
                Path p = root.resolve(name);
                if (type == null || accepts == null || !accepts.contains("gzip") || exchange.getRequestHeaders().containsKey("Range")
                        || !Files.isRegularFile(p)) {
                    return false;
                }
                byte[] body = packed.computeIfAbsent(name, k -> {
                    try {
                        return gzip(Files.readAllBytes(p));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                SiteServer.send(exchange, 200, type, body, head);
                return true;
            }
        };
    }

    static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) { { def.setLevel(6); } }) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static long gzipped(Path file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) { { def.setLevel(6); } }) {
            gz.write(Files.readAllBytes(file));
        }
        return out.size();
    }

    static ChromeDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-quic", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--window-size=1280,900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, options);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return d;
    }
}
