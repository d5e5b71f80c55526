package yearbook.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves one built site folder over HTTP on this machine only (127.0.0.1), as a static web host would:
 * {@code /x/} is {@code x/index.html}, {@code /x} redirects to {@code /x/} when x is a folder, an unknown
 * path gets the site's {@code 404.html} with status 404. Only GET and HEAD. Nothing outside the folder is
 * ever served: paths with {@code .} or {@code ..} segments (plain or percent-encoded) are refused, and a
 * file or folder whose real path (symbolic links resolved) lies outside the folder is not found.
 */
public final class SiteServer implements AutoCloseable {
    /** Content types by file extension; text types carry the charset the site is written in. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"));
    private static final String OTHER_TYPE = "application/octet-stream";
    private static final String NOT_FOUND_PAGE = "404.html";

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads;

    private SiteServer(Path root, HttpServer server, ExecutorService threads) {
        this.root = root;
        this.server = server;
        this.threads = threads;
    }

    /**
     * Starts serving {@code folder} on 127.0.0.1 at {@code port}; 0 takes a free port (see {@link #port()}).
     * The server runs on daemon threads until {@link #close()}.
     */
    public static SiteServer start(Path folder, int port) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("not a folder: " + folder);
        }
        Path root = folder.toRealPath();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "site-server");
            t.setDaemon(true);
            return t;
        });
        SiteServer site = new SiteServer(root, server, threads);
        server.createContext("/", site::handle);
        server.setExecutor(threads);
        server.start();
        return site;
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The address of the site's home page, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + "/");
    }

    /** The folder it serves (its real path). */
    public Path root() {
        return root;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            Headers headers = exchange.getResponseHeaders();
            if (!head && !method.equals("GET")) {
                headers.set("Allow", "GET, HEAD");
                sendText(exchange, 405, "405 method not allowed", false);
                return;
            }
            List<String> segments = segments(exchange.getRequestURI());
            if (segments == null) {
                sendText(exchange, 400, "400 bad request", head);
                return;
            }
            Path file = find(segments);
            if (file != null && Files.isDirectory(file)) {
                String path = exchange.getRequestURI().getRawPath();
                if (!path.endsWith("/")) {
                    String query = exchange.getRequestURI().getRawQuery();
                    headers.set("Location", path + "/" + (query != null ? "?" + query : ""));
                    sendText(exchange, 301, "301 moved to " + path + "/", head);
                    return;
                }
                file = find(append(segments, "index.html"));
            }
            if (file == null || !Files.isRegularFile(file)) {
                Path notFound = find(List.of(NOT_FOUND_PAGE));
                if (notFound != null && Files.isRegularFile(notFound)) {
                    sendFile(exchange, 404, notFound, head);
                } else {
                    sendText(exchange, 404, "404 not found", head);
                }
                return;
            }
            sendFile(exchange, 200, file, head);
        }
    }

    /**
     * The decoded segments of the request's path, without empty ones; null when the path is not a plain
     * path inside the site: not starting with a slash, or with a {@code .} or {@code ..} segment, a
     * backslash or a control character (after percent-decoding).
     */
    static List<String> segments(URI request) {
        String path = request.getPath();
        if (path == null || !path.startsWith("/")) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (String s : path.split("/")) {
            if (s.isEmpty()) {
                continue;
            }
            if (s.equals(".") || s.equals("..") || s.indexOf('\\') >= 0 || s.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                return null;
            }
            segments.add(s);
        }
        return segments;
    }

    /** The existing file or folder at these segments, when its real path is inside the site; else null. */
    private Path find(List<String> segments) throws IOException {
        Path p = root;
        for (String s : segments) {
            p = p.resolve(s);
        }
        if (!p.normalize().startsWith(root) || !Files.exists(p)) {
            return null;
        }
        Path real = p.toRealPath();
        return real.startsWith(root) ? real : null;
    }

    private static List<String> append(List<String> segments, String name) {
        List<String> l = new ArrayList<>(segments);
        l.add(name);
        return l;
    }

    static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, OTHER_TYPE);
    }

    private static void sendFile(HttpExchange exchange, int status, Path file, boolean head) throws IOException {
        long size = Files.size(file);
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", contentType(file.getFileName().toString()));
        // an editor's preview: always the file as it is now
        h.set("Cache-Control", "no-cache");
        h.set("X-Content-Type-Options", "nosniff");
        if (head) {
            h.set("Content-Length", Long.toString(size));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, size == 0 ? -1 : size);
        try (InputStream in = Files.newInputStream(file); OutputStream out = exchange.getResponseBody()) {
            in.transferTo(out);
        }
    }

    private static void sendText(HttpExchange exchange, int status, String text, boolean head) throws IOException {
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
