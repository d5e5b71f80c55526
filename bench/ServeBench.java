import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import yearbook.build.BuildOptions;
import yearbook.build.Previewer;
import yearbook.serve.LivePreview;
import yearbook.serve.SiteServer;

/**
 * How long `yearbook serve` takes to show a one-article change: starts the preview of a corpus (bench/MakeCorpus.java)
 * on a free port, then, ten times, appends a paragraph to one article and polls its page over HTTP until the
 * paragraph is there. Run with the jar on the class path:
 *   java -cp target/yearbook.jar bench/ServeBench.java target/bench/corpus-1000 templates
 * The corpus's articles are changed (a paragraph added); the last run's paragraph stays.
 */
public class ServeBench {
    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]).toAbsolutePath();
        Path templates = Path.of(args[1]).toAbsolutePath();
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        StringWriter log = new StringWriter();
        long t0 = System.nanoTime();
        LivePreview preview = new LivePreview(new Previewer(new BuildOptions(content, templates, content.resolveSibling("unused")),
                "bench"), content, new PrintWriter(log, true)).start();
        SiteServer server = SiteServer.start(preview, 0);
        System.out.printf("started in %d ms: %s", (System.nanoTime() - t0) / 1_000_000, log);
        HttpClient http = HttpClient.newHttpClient();
        Path article;
        try (Stream<Path> files = Files.walk(content.resolve("articles"))) {
            article = files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        String url = findUrl(http, server, article);
        t0 = System.nanoTime();
        get(http, server, url);
        System.out.printf("first page in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            String marker = "基准测试段落" + System.nanoTime();
            String text = Files.readString(article, StandardCharsets.UTF_8);
            long start = System.nanoTime();
            Files.writeString(article, text + "\n\n" + marker + "\n", StandardCharsets.UTF_8);
            while (!get(http, server, url).contains(marker)) {
                Thread.sleep(2);
            }
            times.add((System.nanoTime() - start) / 1_000_000);
            Thread.sleep(300);
        }
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("save → page shows it: median %d ms, min %d ms, max %d ms over %d changes %s%n",
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), runs, times);
        System.out.print(log.toString().lines().filter(l -> l.startsWith("rebuilt")).map(l -> l.replaceAll(" \\(.*", ""))
                .reduce("", (a, b) -> a + b + "\n"));
        server.close();
        preview.close();
    }

    private static String findUrl(HttpClient http, SiteServer server, Path article) throws Exception {
        String text = Files.readString(article, StandardCharsets.UTF_8);
        String title = text.lines().filter(l -> l.startsWith("title: ")).findFirst().orElseThrow().substring(7).trim();
        String home = get(http, server, "/");
        // the volume pages list every article; follow them until one links the title
        for (String v : home.split("href=\"")) {
            String href = v.substring(0, v.indexOf('"'));
            if (href.matches("/\\d{4}/")) {
                String page = get(http, server, href);
                int at = page.indexOf(">" + title + "<");
                if (at > 0) {
                    String before = page.substring(0, at);
                    return before.substring(before.lastIndexOf("href=\"") + 6, before.lastIndexOf('"'));
                }
            }
        }
        throw new IllegalStateException("no page for " + title);
    }

    private static String get(HttpClient http, SiteServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }
}
