package yearbook.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import yearbook.config.RawHtml;
import yearbook.fingerprint.Fingerprint;
import yearbook.markdown.Heading;
import yearbook.markdown.Link;
import yearbook.markdown.MarkdownRenderer;
import yearbook.markdown.Picture;
import yearbook.markdown.Pictures;
import yearbook.markdown.RenderedMarkdown;

/**
 * Article bodies rendered by earlier builds, kept for the next one (the preview rebuilds on every save): a
 * body is rendered again only when its text changed or one of its links now leads elsewhere. Thread-safe.
 */
public final class RenderCache {
    /**
     * A rendered body and where each of its links led when it was rendered; the body is known by its fingerprint
     * (the texts of a large archive are let go once rendered).
     */
    private record Entry(String bodyKey, RawHtml mode, RenderedMarkdown rendered, List<String> resolved, String summary) {
        Body body() {
            return new Body(rendered, Fingerprint.once("rendered", bodyKey, mode, resolved), summary);
        }
    }

    /**
     * A rendered body as a page takes it: the rendering, a fingerprint of what it was rendered from (which stands
     * for the HTML in the fingerprints of the pages showing it) and the summary made from it.
     */
    record Body(RenderedMarkdown rendered, String key, String summary) {
    }

    private final Map<String, Entry> byPath = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();
    /** Whether the entries are those {@link #read} read, none rendered or forgotten since. */
    private final java.util.concurrent.atomic.AtomicBoolean asRead = new java.util.concurrent.atomic.AtomicBoolean();

    /** The entries being read in a thread of their own (see {@link #later}), or null. */
    private volatile java.util.concurrent.CompletableFuture<Void> loading;

    /**
     * A cache whose entries {@code read} reads in a thread of its own, meanwhile the build reads the articles: the
     * cache waits for them when first used.
     */
    public static RenderCache later(java.util.function.Supplier<RenderCache> read) {
        RenderCache cache = new RenderCache();
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        cache.loading = done;
        Thread t = new Thread(() -> {
            try {
                RenderCache r = read.get();
                cache.byPath.putAll(r.byPath);
                cache.base = r.base;
                cache.baseId = r.baseId;
                cache.asRead.set(r.asRead.get());
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.complete(null); // nothing read: every body is rendered
            }
        }, "yearbook-read-bodies");
        t.setDaemon(true);
        t.start();
        return cache;
    }

    private void ready() {
        java.util.concurrent.CompletableFuture<Void> l = loading;
        if (l != null) {
            l.join();
            loading = null;
        }
    }

    /** Whether the entries are exactly those read back from a build cache: then there is nothing new to keep. */
    public boolean unchangedSinceRead() {
        ready();
        return asRead.get();
    }

    /** How many bodies were taken from the cache rather than rendered. */
    int reused() {
        return reused.get();
    }

    /** The body of the article at {@code path} rendered with {@code targets}, from the cache when still the same. */
    RenderedMarkdown render(String path, String body, MarkdownRenderer markdown, LinkTargets targets) {
        return render(path, body, markdown, targets, Pictures.NONE);
    }

    /**
     * As above, the pictures as {@code pictures} knows them: a body is rendered again also when one of its
     * pictures changed its size.
     */
    RenderedMarkdown render(String path, String body, MarkdownRenderer markdown, LinkTargets targets, Pictures pictures) {
        return render(path, Fingerprint.once(body), () -> body, markdown, targets, pictures);
    }

    /**
     * As above, for a body known by its fingerprint ({@code bodyKey}), whose text {@code body} gives only when it
     * must be rendered.
     */
    RenderedMarkdown render(String path, String bodyKey, java.util.function.Supplier<String> body,
                            MarkdownRenderer markdown, LinkTargets targets, Pictures pictures) {
        return body(path, bodyKey, body, markdown, targets, pictures).rendered();
    }

    /** As {@link #render(String, String, java.util.function.Supplier, MarkdownRenderer, LinkTargets, Pictures)}, with the body's fingerprint and summary. */
    Body body(String path, String bodyKey, java.util.function.Supplier<String> body,
              MarkdownRenderer markdown, LinkTargets targets, Pictures pictures) {
        ready();
        Entry e = byPath.get(path);
        if (e != null && e.mode() == markdown.rawHtml() && e.bodyKey().equals(bodyKey)
                && e.resolved().equals(resolve(e.rendered(), targets, pictures))) {
            reused.incrementAndGet();
            return e.body();
        }
        RenderedMarkdown rendered = markdown.render(body.get(), targets::resolve, pictures);
        asRead.set(false);
        Entry made = new Entry(bodyKey, markdown.rawHtml(), rendered, resolve(rendered, targets, pictures),
                SiteBuilder.summary(rendered.html()));
        byPath.put(path, made);
        return made.body();
    }

    private static List<String> resolve(RenderedMarkdown rendered, LinkTargets targets, Pictures pictures) {
        List<String> out = new ArrayList<>(rendered.links().size());
        for (Link l : rendered.links()) {
            out.add(targets.resolve(l.destination()));
            if (l.image()) {
                out.add(String.valueOf(pictures.shown(l.destination())));
            }
        }
        return out;
    }

    private static final int FORMAT = 2;
    private static final int CHANGES = 3;
    /** The changes since the whole set was written are kept alone while they are at most this share of it. */
    private static final int CHANGES_SHARE = 8;

    /** The entries as the whole set written last held them (see {@link #read}), or null. */
    private volatile Map<String, Entry> base;
    /** The mark of that whole set, which its changes name. */
    private volatile long baseId;

    /**
     * Whether it is enough to keep what changed since the whole set of entries was last written
     * ({@link #writeChanges}): there is such a set, and the changes are a small share of it. Otherwise
     * {@link #write} writes every entry again.
     */
    public boolean changesSuffice() {
        ready();
        Map<String, Entry> b = base;
        return b != null && changed(b).size() + removed(b).size() <= Math.max(256, b.size() / CHANGES_SHARE);
    }

    /** The entries not as the whole set holds them, in path order. */
    private List<Map.Entry<String, Entry>> changed(Map<String, Entry> b) {
        List<Map.Entry<String, Entry>> out = new ArrayList<>();
        for (Map.Entry<String, Entry> e : byPath.entrySet()) {
            if (b.get(e.getKey()) != e.getValue()) {
                out.add(e);
            }
        }
        out.sort(Map.Entry.comparingByKey());
        return out;
    }

    /** The paths of the whole set that are gone, in order. */
    private List<String> removed(Map<String, Entry> b) {
        List<String> out = new ArrayList<>();
        for (String path : b.keySet()) {
            if (!byPath.containsKey(path)) {
                out.add(path);
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * Writes the entries, for a later build to {@link #read}: each body by its fingerprint, not its text. A body
     * from which unsafe HTML was removed is left out (it is rendered again, and tells what was removed again).
     * The set is marked, so that changes written later ({@link #writeChanges}) are read only with it.
     */
    public void write(DataOutputStream out) throws IOException {
        ready();
        List<Map.Entry<String, Entry>> kept = new ArrayList<>(byPath.entrySet());
        kept.removeIf(e -> !e.getValue().rendered().removed().isEmpty());
        kept.sort(Map.Entry.comparingByKey());
        long id = java.util.concurrent.ThreadLocalRandom.current().nextLong();
        out.writeInt(FORMAT);
        out.writeLong(id);
        out.writeInt(kept.size());
        for (Map.Entry<String, Entry> e : kept) {
            writeEntry(out, e.getKey(), e.getValue());
        }
        Map<String, Entry> written = new java.util.HashMap<>();
        kept.forEach(e -> written.put(e.getKey(), e.getValue()));
        base = written;
        baseId = id;
    }

    /**
     * Writes what changed since the whole set was read or written ({@link #changesSuffice}): the entries that are
     * new or rendered again, and the paths now gone (or whose body had unsafe HTML removed, which is not kept).
     * Read back with that whole set, they give the entries as they are now.
     */
    public void writeChanges(DataOutputStream out) throws IOException {
        ready();
        Map<String, Entry> b = base;
        if (b == null) {
            throw new IllegalStateException("no whole set to write changes to");
        }
        List<Map.Entry<String, Entry>> changed = changed(b);
        List<String> gone = new ArrayList<>(removed(b));
        changed.removeIf(e -> {
            boolean unsafe = !e.getValue().rendered().removed().isEmpty();
            if (unsafe && b.containsKey(e.getKey())) {
                gone.add(e.getKey());
            }
            return unsafe;
        });
        out.writeInt(CHANGES);
        out.writeLong(baseId);
        out.writeInt(changed.size());
        for (Map.Entry<String, Entry> e : changed) {
            writeEntry(out, e.getKey(), e.getValue());
        }
        out.writeInt(gone.size());
        for (String path : gone) {
            out.writeUTF(path);
        }
    }

    private static void writeEntry(DataOutputStream out, String path, Entry v) throws IOException {
        RenderedMarkdown r = v.rendered();
        out.writeUTF(path);
        out.writeUTF(v.bodyKey());
        out.writeUTF(v.mode().name());
        longString(out, r.html());
        longString(out, v.summary());
        out.writeInt(r.headings().size());
        for (Heading h : r.headings()) {
            out.writeInt(h.level());
            longString(out, h.text());
            longString(out, h.id());
        }
        out.writeInt(r.links().size());
        for (Link l : r.links()) {
            longString(out, l.destination());
            out.writeBoolean(l.image());
            out.writeInt(l.line());
        }
        out.writeInt(r.pictures().size());
        for (Picture p : r.pictures()) {
            longString(out, p.destination());
            out.writeInt(p.line());
            longString(out, p.alt());
            out.writeBoolean(p.figure());
        }
        out.writeInt(v.resolved().size());
        for (String t : v.resolved()) {
            longString(out, t);
        }
    }

    private static Entry readEntry(DataInputStream in, Map<String, Entry> into) throws IOException {
        String path = in.readUTF();
        String bodyKey = in.readUTF();
        RawHtml mode = RawHtml.valueOf(in.readUTF());
        String html = longString(in);
        String summary = longString(in);
        List<Heading> headings = new ArrayList<>();
        for (int k = in.readInt(); k > 0; k--) {
            headings.add(new Heading(in.readInt(), longString(in), longString(in)));
        }
        List<Link> links = new ArrayList<>();
        for (int k = in.readInt(); k > 0; k--) {
            links.add(new Link(longString(in), in.readBoolean(), in.readInt()));
        }
        List<Picture> pictures = new ArrayList<>();
        for (int k = in.readInt(); k > 0; k--) {
            pictures.add(new Picture(longString(in), in.readInt(), longString(in), in.readBoolean()));
        }
        List<String> resolved = new ArrayList<>();
        for (int k = in.readInt(); k > 0; k--) {
            resolved.add(longString(in));
        }
        Entry e = new Entry(bodyKey, mode, new RenderedMarkdown(html, headings, links, List.of(), pictures), resolved, summary);
        into.put(path, e);
        return e;
    }

    /** Reads entries {@link #write} wrote; an unknown format reads as none. */
    public static RenderCache read(DataInputStream in) throws IOException {
        return read(in, null);
    }

    /**
     * Reads the whole set {@link #write} wrote and, when {@code changes} is not null, the changes
     * {@link #writeChanges} wrote after it. Changes written after another whole set are not taken (a build
     * stopped between writing the one and removing the other); an unknown format reads as none.
     */
    public static RenderCache read(DataInputStream in, DataInputStream changes) throws IOException {
        RenderCache cache = new RenderCache();
        if (in.readInt() != FORMAT) {
            return cache;
        }
        long id = in.readLong();
        Map<String, Entry> whole = new java.util.HashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            readEntry(in, whole);
        }
        cache.byPath.putAll(whole);
        if (changes != null && changes.readInt() == CHANGES && changes.readLong() == id) {
            for (int n = changes.readInt(); n > 0; n--) {
                readEntry(changes, cache.byPath);
            }
            for (int n = changes.readInt(); n > 0; n--) {
                cache.byPath.remove(changes.readUTF());
            }
        }
        cache.base = whole;
        cache.baseId = id;
        cache.asRead.set(true);
        return cache;
    }

    /** A string of any length, or null: its length in UTF-8 (-1 for null), then the bytes. */
    private static void longString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String longString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    /** Forgets the articles not among {@code paths} (deleted or renamed since). */
    void retain(Set<String> paths) {
        ready();
        if (byPath.keySet().retainAll(paths)) {
            asRead.set(false);
        }
    }
}
