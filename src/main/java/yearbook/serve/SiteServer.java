package yearbook.serve;

import java.io.IOException;
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
 * Serves a site over HTTP on this machine only (127.0.0.1), as a static web host would: a built site's
 * folder, or a {@link Source} such as the preview. {@code /x/} is {@code x/index.html}, {@code /x} redirects
 * to {@code /x/} when x is a folder with an index page, an unknown path gets the site's {@code 404.html}
 * with status 404. Only GET and HEAD. Nothing outside the site is ever served: paths with {@code .} or
 * {@code ..} segments (plain or percent-encoded) are refused before any source sees them, and in a folder
 * a file whose real path (symbolic links resolved) lies outside the folder is not found.
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
    private static final String INDEX = "index.html";

    static {
        // Each response goes out at once (TCP_NODELAY), as static hosts send them: otherwise the last packet of a
        // small file waits for the browser's delayed acknowledgement of the headers, about 40 ms, and a search
        // fetches 20 to 60 small files. The JDK's server reads this when it is first used.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** A byte range of a file: its bytes, its first and last byte's place in the file, and the file's size. */
    public record Part(byte[] bytes, int first, int last, long size) {
    }

    /** Where the files come from: a built site's folder, or the preview made as pages are asked for. */
    public interface Source {
        /**
         * The file at a site path: the request's decoded segments joined by '/', such as
         * {@code 2019/wu-hai-shi/index.html}; null when there is no such file.
         */
        byte[] file(String path) throws IOException;

        /**
         * The part of the file at a site path that a {@code Range} header asks for ({@link #byteRange}); null when
         * there is no such file or no range the server answers, and the whole file is sent. A search fetches 1 KB
         * chunks of files of several megabytes, which a folder reads without the rest.
         */
        default Part part(String path, String range) throws IOException {
            byte[] file = file(path);
            int[] r = file == null ? null : byteRange(range, file.length);
            return r == null ? null : new Part(java.util.Arrays.copyOfRange(file, r[0], r[1] + 1), r[0], r[1], file.length);
        }

        /** Answers a request itself before any file is looked up, returning true; false to go on as usual. */
        default boolean answer(HttpExchange exchange, String path, boolean head) throws IOException {
            return false;
        }

        /** What is sent for an HTML file: the file, or the file changed (a script added to it). */
        default byte[] page(byte[] html) {
            return html;
        }
    }

    private final Source source;
    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads;

    private SiteServer(Source source, Path root, HttpServer server, ExecutorService threads) {
        this.source = source;
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
        return start(new Folder(root), root, port);
    }

    /** Starts serving files from {@code source} on 127.0.0.1 at {@code port}; 0 takes a free port. */
    public static SiteServer start(Source source, int port) throws IOException {
        return start(source, null, port);
    }

    private static SiteServer start(Source source, Path root, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        // a thread per open connection: a preview keeps one open per browser tab for its reload events
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "site-server");
            t.setDaemon(true);
            return t;
        });
        SiteServer site = new SiteServer(source, root, server, threads);
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

    /** The folder it serves (its real path), or null when it serves a preview. */
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
            String path = String.join("/", segments);
            if (source.answer(exchange, path, head)) {
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            boolean folder = path.isEmpty() || rawPath.endsWith("/");
            String rangeHeader = exchange.getRequestHeaders().getFirst("Range");
            Part part = folder || rangeHeader == null ? null : source.part(path, rangeHeader);
            if (part != null) {
                headers.set("Content-Range", "bytes " + part.first() + "-" + part.last() + "/" + part.size());
                send(exchange, 206, contentType(path.substring(path.lastIndexOf('/') + 1)), part.bytes(), head);
                return;
            }
            byte[] file = folder ? source.file(path.isEmpty() ? INDEX : path + "/" + INDEX) : source.file(path);
            if (file == null && !folder && source.file(path + "/" + INDEX) != null) {
                String query = exchange.getRequestURI().getRawQuery();
                headers.set("Location", rawPath + "/" + (query != null ? "?" + query : ""));
                sendText(exchange, 301, "301 moved to " + rawPath + "/", head);
                return;
            }
            if (file == null) {
                byte[] notFound = source.file(NOT_FOUND_PAGE);
                if (notFound != null) {
                    sendFile(exchange, 404, NOT_FOUND_PAGE, notFound, head);
                } else {
                    sendText(exchange, 404, "404 not found", head);
                }
                return;
            }
            headers.set("Accept-Ranges", "bytes");
            sendFile(exchange, 200, folder ? INDEX : path, file, head);
        }
    }

    /**
     * The byte range a {@code Range: bytes=first-last} header asks for, as static hosts answer it (the search
     * fetches article texts this way); null for no header, several ranges or one outside the file, which get
     * the whole file.
     */
    static int[] byteRange(String header, int length) {
        if (header == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("bytes=(\\d{1,10})-(\\d{0,10})").matcher(header.trim());
        if (!m.matches()) {
            return null;
        }
        long first = Long.parseLong(m.group(1));
        long last = m.group(2).isEmpty() ? length - 1 : Math.min(length - 1, Long.parseLong(m.group(2)));
        if (first > last || first >= length) {
            return null;
        }
        return new int[] {(int) first, (int) last};
    }

    /** A built site in a folder; nothing outside it is read, symbolic links out of it are not followed. */
    private record Folder(Path root) implements Source {
        @Override
        public byte[] file(String path) throws IOException {
            Path p = resolve(path);
            return p == null ? null : Files.readAllBytes(p);
        }

        @Override
        public Part part(String path, String range) throws IOException {
            Path p = resolve(path);
            if (p == null) {
                return null;
            }
            try (java.nio.channels.FileChannel in = java.nio.channels.FileChannel.open(p)) {
                long size = in.size();
                int[] r = size <= Integer.MAX_VALUE ? byteRange(range, (int) size) : null;
                if (r == null) {
                    return null;
                }
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(r[1] - r[0] + 1);
                while (buffer.hasRemaining() && in.read(buffer, r[0] + buffer.position()) > 0) {
                    // reads until the range's end, or the file's if it was cut meanwhile
                }
                if (buffer.position() == 0) {
                    return null;
                }
                return new Part(java.util.Arrays.copyOf(buffer.array(), buffer.position()), r[0], r[0] + buffer.position() - 1, size);
            }
        }

        /** The file at a site path, inside the folder; null when there is none. */
        private Path resolve(String path) throws IOException {
            Path p = root;
            for (String s : path.split("/")) {
                if (!s.isEmpty()) {
                    p = p.resolve(s);
                }
            }
            if (!p.normalize().startsWith(root) || !Files.isRegularFile(p)) {
                return null;
            }
            return p.toRealPath().startsWith(root) ? p : null;
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

    static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, OTHER_TYPE);
    }

    private void sendFile(HttpExchange exchange, int status, String path, byte[] body, boolean head) throws IOException {
        String type = contentType(path.substring(path.lastIndexOf('/') + 1));
        if (type.startsWith("text/html")) {
            body = source.page(body);
        }
        send(exchange, status, type, body, head);
    }

    /** Sends a whole response; the preview's own pages go out this way too. */
    public static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", type);
        // an editor's preview: always the file as it is now
        h.set("Cache-Control", "no-cache");
        h.set("X-Content-Type-Options", "nosniff");
        if (head) {
            h.set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static void sendText(HttpExchange exchange, int status, String text, boolean head) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8), head);
    }
}
