package yearbook.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;

import yearbook.diag.Messages;
import yearbook.pipeline.Preview;
import yearbook.pipeline.Previewer;
import yearbook.config.ProjectLoader;
import yearbook.diag.ContentException;

/**
 * The editor's live preview ({@code yearbook serve}): serves the site as it is in the content and template
 * folders right now, without writing it anywhere. Each change to either folder makes a new {@link Preview}
 * (pages are rendered when a browser asks for them), and every open page reloads itself through server-sent
 * events from {@value #EVENTS}. While the content or the templates have errors, every page shows them,
 * each with its file and line, and reloads once they are fixed. {@value #PDF} opens the newest volume's PDF,
 * printed when it is asked for.
 */
public final class LivePreview implements SiteServer.Source, AutoCloseable {
    static final String OWN = "_yearbook";
    static final String EVENTS = OWN + "/events";
    static final String RELOAD_SCRIPT = OWN + "/reload.js";
    static final String PDF = OWN + "/pdf";
    private static final String INDEX = "index.html";
    private static final String NOT_FOUND = "404.html";
    private static final String HTML = "text/html; charset=utf-8";
    /** How often an idle event stream sends a comment, so that closed tabs are noticed. */
    private static final long KEEP_ALIVE_MILLIS = 15_000;

    /** What is shown now: a preview, or the errors that stopped the last one (then the last good preview's files). */
    private record State(long version, Preview preview, List<String> errors) {
    }

    private final Previewer previewer;
    private final Path shownFrom;
    private final PrintWriter log;
    private final Locale locale;
    private final Object changed = new Object();
    private volatile State state;
    private volatile boolean closed;
    private FolderWatcher watcher;

    /**
     * @param shownFrom the folder file names in error messages are shown relative to
     * @param log       where each rebuild and its findings are reported
     */
    public LivePreview(Previewer previewer, Path shownFrom, PrintWriter log) {
        this(previewer, shownFrom, log, Messages.ENGLISH);
    }

    /** As above, the log and the error page in the language of {@code locale}. */
    public LivePreview(Previewer previewer, Path shownFrom, PrintWriter log, Locale locale) {
        this.locale = locale;
        this.previewer = previewer;
        this.shownFrom = shownFrom;
        this.log = log;
    }

    /** Makes the first preview (reporting its errors, if any), then watches the folders. */
    public LivePreview start() throws IOException {
        rebuild(true, true, Set.of(), List.of());
        watcher = new FolderWatcher(List.of(previewer.options().content(), previewer.options().templates()), this::changed);
        return this;
    }

    /** The current version; it goes up by one with each rebuild, failed or not. */
    public long version() {
        return state.version();
    }

    /** The errors shown instead of the site, empty when the last rebuild succeeded. */
    public List<String> errors() {
        return state.errors();
    }

    private void changed(Set<Path> paths) {
        Path templates = previewer.options().templates();
        Path settings = previewer.options().content().resolve(ProjectLoader.SETTINGS_FILE);
        boolean templatesChanged = paths.stream().anyMatch(p -> p.startsWith(templates));
        boolean settingsChanged = paths.contains(settings) || paths.contains(previewer.options().content());
        // what is named in the log: not an editor's temporary files, gone again by now
        List<Path> named = paths.stream().filter(p -> Files.exists(p) || p.toString().endsWith(".md")).toList();
        List<String> shown = named.stream().limit(3).map(p -> shownFrom.relativize(p).toString()).toList();
        rebuild(templatesChanged, settingsChanged || templatesChanged, paths, named.size() > 3
                ? append(shown, Messages.FINDINGS.text(locale, "preview.more", named.size() - 3)) : shown);
    }

    private static List<String> append(List<String> l, String s) {
        List<String> out = new ArrayList<>(l);
        out.add(s);
        return out;
    }

    private synchronized void rebuild(boolean templatesChanged, boolean settingsChanged, Set<Path> paths, List<String> because) {
        long version = state == null ? 1 : state.version() + 1;
        Preview last = state == null ? null : state.preview();
        String why = because.isEmpty() ? "" : Messages.FINDINGS.text(locale, "preview.because", String.join(", ", because));
        try {
            Preview p = previewer.next(templatesChanged, settingsChanged, paths);
            state = new State(version, p, List.of());
            log.println(Messages.FINDINGS.text(locale, version == 1 ? "preview.read" : "preview.rebuilt", p.articles(),
                    p.millis(), why));
            p.warnings().forEach(w -> log.println(w.format(shownFrom, locale)));
        } catch (ContentException e) {
            fail(version, last, shown(e), why);
        } catch (UncheckedIOException e) {
            fail(version, last, List.of(Messages.FINDINGS.text(locale, "preview.error", e.getMessage())), why);
        } catch (RuntimeException e) {
            fail(version, last, List.of(Messages.FINDINGS.text(locale, "preview.internal", e)), why);
        }
        log.flush();
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    private void fail(long version, Preview last, List<String> errors, String why) {
        state = new State(version, last, errors);
        log.println(Messages.FINDINGS.text(locale, "preview.not-rebuilt", why));
        errors.forEach(log::println);
    }

    /** A content, template or PDF error as the lines the log and the error page show, as the build prints them. */
    private List<String> shown(ContentException e) {
        return e.diagnostics().stream().map(d -> d.format(shownFrom, locale)).toList();
    }

    @Override
    public byte[] file(String path) throws IOException {
        State s = state;
        String inSite = inSite(s, path);
        if (inSite == null) {
            return null;
        }
        try {
            return s.preview().file(inSite);
        } catch (ContentException e) {
            return null; // shown as an error page when the page itself is asked for
        }
    }

    /**
     * The path inside the site for a path on the server, or null when it lies outside the site's base path;
     * the site's 404 page answers for any path.
     */
    private static String inSite(State s, String path) {
        if (s.preview() == null) {
            return null;
        }
        String base = s.preview().basePath().substring(1);
        return path.startsWith(base) ? path.substring(base.length()) : path.equals(NOT_FOUND) ? path : null;
    }

    @Override
    public boolean answer(HttpExchange exchange, String path, boolean head) throws IOException {
        State s = state;
        if (path.equals(EVENTS)) {
            events(exchange);
            return true;
        }
        if (path.equals(RELOAD_SCRIPT)) {
            SiteServer.send(exchange, 200, "text/javascript; charset=utf-8", reloadScript().getBytes(StandardCharsets.UTF_8), head);
            return true;
        }
        String rawPath = exchange.getRequestURI().getRawPath();
        boolean folder = path.isEmpty() || rawPath.endsWith("/");
        boolean page = folder || path.endsWith(".html") || !path.substring(path.lastIndexOf('/') + 1).contains(".");
        if (!s.errors().isEmpty() && (page || path.equals(PDF))) {
            SiteServer.send(exchange, 500, HTML, errorPage(s.version(), s.errors(), locale), head);
            return true;
        }
        if (s.preview() == null) {
            return false;
        }
        String base = s.preview().basePath();
        if (path.equals(PDF)) {
            String pdf = s.preview().currentVolumePdf();
            if (pdf == null) {
                SiteServer.sendText(exchange, 404, Messages.FINDINGS.text(locale, "preview.no-pdf"), head);
            } else {
                exchange.getResponseHeaders().set("Location", base + pdf);
                SiteServer.sendText(exchange, 302, "302 the current volume's PDF is at " + base + pdf, head);
            }
            return true;
        }
        if (path.isEmpty() && !base.equals("/")) {
            exchange.getResponseHeaders().set("Location", base);
            SiteServer.sendText(exchange, 302, "302 the site is at " + base, head);
            return true;
        }
        String inSite = inSite(s, path);
        if (inSite == null) {
            return false;
        }
        // The file is made and sent here, so that a template or PDF error shows as a page; the server itself
        // only redirects folders and answers what is not found.
        try {
            String wanted = folder ? (inSite.isEmpty() ? INDEX : inSite + "/" + INDEX) : inSite;
            byte[] file = s.preview().file(wanted);
            if (file != null) {
                String type = SiteServer.contentType(wanted.substring(wanted.lastIndexOf('/') + 1));
                SiteServer.send(exchange, 200, type, type.equals(HTML) ? withReload(file, s.version()) : file, head);
                return true;
            }
            if (page && !folder) {
                s.preview().file(inSite + "/" + INDEX); // a folder's page: the server redirects to it
            }
        } catch (ContentException e) {
            SiteServer.send(exchange, 500, HTML, errorPage(s.version(), shown(e), locale), head);
            return true;
        }
        return false;
    }

    @Override
    public byte[] page(byte[] html) {
        return withReload(html, state.version());
    }

    /** The page with the reload script before its closing body tag. */
    static byte[] withReload(byte[] html, long version) {
        String page = new String(html, StandardCharsets.UTF_8);
        String script = "<script src=\"/" + RELOAD_SCRIPT + "\" data-version=\"" + version + "\"></script>";
        int end = page.lastIndexOf("</body>");
        String out = end < 0 ? page + script : page.substring(0, end) + script + page.substring(end);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /** Listens to {@value #EVENTS} and reloads the page when the version it was made at is not the current one. */
    static String reloadScript() {
        return """
                (function () {
                  var me = document.currentScript, version = me.getAttribute("data-version");
                  var events = new EventSource("/%s");
                  events.onmessage = function (e) {
                    if (e.data !== version) { events.close(); location.reload(); }
                  };
                })();
                """.formatted(EVENTS);
    }

    /** Sends the current version now and after each rebuild, until the browser goes away or the preview closes. */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            long sent = -1;
            while (!closed) {
                long now = state.version();
                String message = now != sent ? "retry: 500\ndata: " + now + "\n\n" : ": still here\n\n";
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
                sent = now;
                synchronized (changed) {
                    if (state.version() == sent && !closed) {
                        changed.wait(KEEP_ALIVE_MILLIS);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the tab was closed
        }
    }

    /** The page shown instead of the site while it has errors. */
    static byte[] errorPage(long version, List<String> errors, Locale locale) {
        StringBuilder items = new StringBuilder();
        for (String e : errors) {
            items.append("<li><code>").append(escape(e)).append("</code></li>\n");
        }
        String html = """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="icon" href="data:,">
                <style>
                body { font: 16px/1.6 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; }
                h1 { color: #a00; font-size: 1.5rem; }
                li { margin: .5rem 0; }
                code { white-space: pre-wrap; overflow-wrap: anywhere; }
                </style>
                </head>
                <body>
                <main>
                <h1>%s</h1>
                <p>%s</p>
                <ul class="errors">
                %s</ul>
                </main>
                <script src="/%s" data-version="%d"></script>
                </body>
                </html>
                """.formatted(locale.getLanguage().equals("zh") ? "zh-CN" : "en",
                escape(Messages.FINDINGS.text(locale, "preview.page.title")),
                escape(Messages.FINDINGS.text(locale, "preview.page.heading")),
                escape(Messages.FINDINGS.text(locale, "preview.page.text")), items, RELOAD_SCRIPT, version);
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() throws IOException {
        closed = true;
        synchronized (changed) {
            changed.notifyAll();
        }
        if (watcher != null) {
            watcher.close();
        }
    }
}
