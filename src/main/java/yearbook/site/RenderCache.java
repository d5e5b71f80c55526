package yearbook.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;

import yearbook.cachefile.Records;
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
 *
 * <p>Kept in a file ({@link #write}, {@link #open}), each body's HTML stays there until a page asks for it: a build
 * in which few articles changed reads the HTML of those pages only, not of the whole archive.
 */
public final class RenderCache implements AutoCloseable {
    /**
     * A rendered body and where each of its links led when it was rendered; the body is known by its fingerprint
     * (the texts of a large archive are let go once rendered).
     *
     * @param outline the rendering with its HTML left out (an empty string): the HTML is {@code html}'s
     */
    private record Entry(String bodyKey, RawHtml mode, Supplier<String> html, RenderedMarkdown outline,
                         List<String> resolved, String summary) {
        Body body() {
            return new Body(html, outline, Fingerprint.once("rendered", bodyKey, mode, resolved), summary);
        }
    }

    /**
     * A rendered body as a page takes it: its HTML, read when asked for; the rest of the rendering ({@code outline},
     * whose own HTML is empty); a fingerprint of what it was rendered from (which stands for the HTML in the
     * fingerprints of the pages showing it) and the summary made from it.
     */
    record Body(Supplier<String> html, RenderedMarkdown outline, String key, String summary) {
    }

    /**
     * A body's HTML could not be read back from the cache file (changed or damaged since it was written): the
     * build that asked for it cannot go on with this cache, and is made again without it.
     */
    public static final class Damaged extends UncheckedIOException {
        Damaged(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** HTML held in memory. */
    private record Held(String html) implements Supplier<String> {
        @Override
        public String get() {
            return html;
        }
    }

    /** HTML kept in the cache file, compressed: read from there each time it is asked for. */
    private record Stored(FileChannel file, long at, int length, int size) implements Supplier<String> {
        @Override
        public String get() {
            byte[] out = new byte[size];
            Inflater inflater = new Inflater();
            try {
                inflater.setInput(raw());
                int n = 0;
                while (n < size && !inflater.finished()) {
                    int k = inflater.inflate(out, n, size - n);
                    if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        break;
                    }
                    n += k;
                }
                if (n != size) {
                    throw new Damaged(new IOException("a rendered body in the build cache is damaged"));
                }
            } catch (DataFormatException e) {
                throw new Damaged(new IOException("a rendered body in the build cache is damaged", e));
            } finally {
                inflater.end();
            }
            return new String(out, StandardCharsets.UTF_8);
        }

        /** The compressed bytes as they are in the file. */
        byte[] raw() {
            byte[] in = new byte[length];
            ByteBuffer buffer = ByteBuffer.wrap(in);
            try {
                while (buffer.hasRemaining()) {
                    if (file.read(buffer, at + buffer.position()) < 0) {
                        throw new IOException("the build cache's bodies end early");
                    }
                }
            } catch (IOException e) {
                throw new Damaged(e);
            }
            return in;
        }
    }

    /** The file the stored bodies are read from, or null. */
    private volatile FileChannel file;

    private final Map<String, Entry> byPath = new ConcurrentHashMap<>();
    /** The entries read from a cache file that this build rendered again, by path: the bodies as they were. */
    private final Map<String, Entry> replaced = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();
    /** Whether the entries are those {@link #open} read, none rendered or forgotten since. */
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
                cache.file = r.file;
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
        Body b = body(path, bodyKey, body, markdown, targets, pictures);
        RenderedMarkdown o = b.outline();
        return new RenderedMarkdown(b.html().get(), o.headings(), o.links(), o.removed(), o.pictures());
    }

    /** As {@link #render(String, String, java.util.function.Supplier, MarkdownRenderer, LinkTargets, Pictures)}, with the body's fingerprint and summary. */
    Body body(String path, String bodyKey, java.util.function.Supplier<String> body,
              MarkdownRenderer markdown, LinkTargets targets, Pictures pictures) {
        ready();
        Entry e = byPath.get(path);
        if (e != null && e.mode() == markdown.rawHtml() && e.bodyKey().equals(bodyKey)
                && e.resolved().equals(resolve(e.outline(), targets, pictures))) {
            reused.incrementAndGet();
            return e.body();
        }
        RenderedMarkdown rendered = markdown.render(body.get(), targets::resolve, pictures);
        asRead.set(false);
        Entry made = new Entry(bodyKey, markdown.rawHtml(), new Held(rendered.html()), outline(rendered),
                resolve(rendered, targets, pictures), SiteBuilder.summary(rendered.html()));
        if (e != null && file != null) {
            // as the cache file held it (a cache read from a file serves one build, which renders a body once)
            replaced.putIfAbsent(path, e);
        }
        byPath.put(path, made);
        return made.body();
    }

    /**
     * A body as the previous build rendered it: its HTML, read when asked for, and the fingerprint that stands for
     * it ({@link yearbook.site.Page#htmlKey}).
     */
    public record Before(Supplier<String> html, String key) {
    }

    /**
     * The body of the article at {@code path} as the cache file held it, when this build rendered it again (its
     * text or a link's target changed); null otherwise.
     */
    public Before before(String path) {
        Entry e = replaced.get(path);
        if (e == null) {
            return null;
        }
        Body b = e.body();
        return new Before(b.html(), b.key());
    }

    /** The rendering without its HTML. */
    private static RenderedMarkdown outline(RenderedMarkdown r) {
        return new RenderedMarkdown("", r.headings(), r.links(), r.removed(), r.pictures());
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

    private static final int FORMAT = 5;
    private static final int CHANGES = 3;
    /** The changes since the whole set was written are kept alone while they are at most this share of it. */
    private static final int CHANGES_SHARE = 8;

    /** The entries as the whole set written or read last held them (see {@link #write}, {@link #open}), or null. */
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
     * Writes the entries, for a later build to {@link #open}: each body by its fingerprint, not its text. A body
     * from which unsafe HTML was removed is left out (it is rendered again, and tells what was removed again).
     * The set is marked, so that changes written later ({@link #writeChanges}) are read only with it.
     *
     * <p>The file: its format and mark; each body's HTML compressed on its own, so that one is read without the
     * others; the entries, naming where their HTML is; and where those entries begin.
     */
    public void write(OutputStream to) throws IOException {
        ready();
        List<Map.Entry<String, Entry>> kept = new ArrayList<>(byPath.entrySet());
        kept.removeIf(e -> !e.getValue().outline().removed().isEmpty());
        kept.sort(Map.Entry.comparingByKey());
        long id = java.util.concurrent.ThreadLocalRandom.current().nextLong();
        Counted counted = new Counted(to);
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(counted, 1 << 16));
        out.writeInt(FORMAT);
        out.writeLong(id);
        long[] at = new long[kept.size()];
        int[] length = new int[kept.size()];
        int[] size = new int[kept.size()];
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            ByteArrayOutputStream one = new ByteArrayOutputStream(1 << 16);
            for (int i = 0; i < kept.size(); i++) {
                Supplier<String> html = kept.get(i).getValue().html();
                byte[] compressed;
                if (html instanceof Stored st) {
                    compressed = st.raw(); // as it is in the earlier file
                    size[i] = st.size();
                } else {
                    byte[] bytes = html.get().getBytes(StandardCharsets.UTF_8);
                    size[i] = bytes.length;
                    deflater.reset();
                    one.reset();
                    try (DeflaterOutputStream z = new DeflaterOutputStream(new NotClosed(one), deflater, 1 << 14)) {
                        z.write(bytes);
                    }
                    compressed = one.toByteArray();
                }
                out.flush();
                at[i] = counted.count;
                length[i] = compressed.length;
                out.write(compressed);
            }
            out.flush();
            long entries = counted.count;
            // the entries as they are, not compressed: the next build reads them all (60 MB at 100 000 articles)
            Records.Writer meta = Records.writer();
            meta.writeInt(kept.size());
            for (int i = 0; i < kept.size(); i++) {
                meta.writeLong(at[i]);
                meta.writeInt(length[i]);
                meta.writeInt(size[i]);
                writeEntry(meta, kept.get(i).getKey(), kept.get(i).getValue(), false);
            }
            out.write(meta.bytes());
            out.writeLong(entries);
            out.flush();
        } finally {
            deflater.end();
        }
        Map<String, Entry> written = new java.util.HashMap<>();
        kept.forEach(e -> written.put(e.getKey(), e.getValue()));
        base = written;
        baseId = id;
    }

    /** A stream that counts what passes through it. */
    private static final class Counted extends java.io.FilterOutputStream {
        long count;

        Counted(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** A stream whose closing does not close the one it writes to. */
    private static final class NotClosed extends java.io.FilterOutputStream {
        NotClosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /**
     * Writes what changed since the whole set was read or written ({@link #changesSuffice}): the entries that are
     * new or rendered again, and the paths now gone (or whose body had unsafe HTML removed, which is not kept).
     * Read back with that whole set, they give the entries as they are now.
     */
    public void writeChanges(OutputStream to) throws IOException {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            DeflaterOutputStream z = new DeflaterOutputStream(new NotClosed(to), deflater, 1 << 16);
            DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(z, 1 << 16));
            writeChanges(out);
            out.close(); // finishes the compressed stream, leaves {@code to} open
        } finally {
            deflater.end();
        }
    }

    private void writeChanges(DataOutputStream out) throws IOException {
        ready();
        Map<String, Entry> b = base;
        if (b == null) {
            throw new IllegalStateException("no whole set to write changes to");
        }
        List<Map.Entry<String, Entry>> changed = changed(b);
        List<String> gone = new ArrayList<>(removed(b));
        changed.removeIf(e -> {
            boolean unsafe = !e.getValue().outline().removed().isEmpty();
            if (unsafe && b.containsKey(e.getKey())) {
                gone.add(e.getKey());
            }
            return unsafe;
        });
        out.writeInt(CHANGES);
        out.writeLong(baseId);
        out.writeInt(changed.size());
        for (Map.Entry<String, Entry> e : changed) {
            writeEntry(out, e.getKey(), e.getValue(), true);
        }
        out.writeInt(gone.size());
        for (String path : gone) {
            out.writeUTF(path);
        }
    }

    /** An entry; its HTML with it when {@code inline}, else kept apart (see {@link #write}). */
    private static void writeEntry(DataOutputStream out, String path, Entry v, boolean inline) throws IOException {
        RenderedMarkdown r = v.outline();
        out.writeUTF(path);
        out.writeUTF(v.bodyKey());
        out.writeUTF(v.mode().name());
        if (inline) {
            longString(out, v.html().get());
        }
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

    /** An entry {@link #writeEntry} wrote, whose HTML is {@code html}, or with it when null. */
    private static Entry readEntry(DataInputStream in, Map<String, Entry> into, Supplier<String> html) throws IOException {
        String path = in.readUTF();
        String bodyKey = in.readUTF();
        RawHtml mode = RawHtml.valueOf(in.readUTF());
        if (html == null) {
            html = new Held(longString(in));
        }
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
        Entry e = new Entry(bodyKey, mode, html, new RenderedMarkdown("", headings, links, List.of(), pictures), resolved,
                summary);
        into.put(path, e);
        return e;
    }

    /**
     * Opens the whole set {@link #write} wrote into {@code whole} and, when that file exists, the changes
     * {@link #writeChanges} wrote after it into {@code changes}. Changes written after another whole set are not
     * taken (a build stopped between writing the one and removing the other); an unknown format reads as none.
     * The file stays open, for the bodies' HTML, until the cache is {@link #close closed}.
     */
    public static RenderCache open(Path whole, Path changes) throws IOException {
        RenderCache cache = new RenderCache();
        FileChannel file = FileChannel.open(whole, StandardOpenOption.READ);
        boolean done = false;
        try {
            ByteBuffer head = ByteBuffer.allocate(12);
            long size = file.size();
            if (size < 20 || file.read(head, 0) < 12 || head.getInt(0) != FORMAT) {
                return cache;
            }
            long id = head.getLong(4);
            ByteBuffer tail = ByteBuffer.allocate(8);
            file.read(tail, size - 8);
            long entries = tail.getLong(0);
            if (entries < 12 || entries > size - 8) {
                return cache;
            }
            ByteBuffer meta = ByteBuffer.allocate(Math.toIntExact(size - 8 - entries));
            while (meta.hasRemaining()) {
                if (file.read(meta, entries + meta.position()) < 0) {
                    return cache;
                }
            }
            Map<String, Entry> read = new java.util.HashMap<>();
            try (DataInputStream in = Records.checked(meta.array())) {
                for (int n = in.readInt(); n > 0; n--) {
                    long at = in.readLong();
                    int length = in.readInt();
                    int bytes = in.readInt();
                    if (at < 12 || at + length > entries || length < 0 || bytes < 0) {
                        throw new IOException("the build cache's bodies are damaged");
                    }
                    readEntry(in, read, new Stored(file, at, length, bytes));
                }
            }
            cache.byPath.putAll(read);
            if (changes != null && java.nio.file.Files.isRegularFile(changes)) {
                try (DataInputStream in = Records.inflated(java.nio.file.Files.readAllBytes(changes))) {
                    if (in.readInt() == CHANGES && in.readLong() == id) {
                        for (int n = in.readInt(); n > 0; n--) {
                            readEntry(in, cache.byPath, null);
                        }
                        for (int n = in.readInt(); n > 0; n--) {
                            cache.byPath.remove(in.readUTF());
                        }
                    }
                }
            }
            cache.base = read;
            cache.baseId = id;
            cache.file = file;
            cache.asRead.set(true);
            done = true;
            return cache;
        } finally {
            if (!done) {
                file.close();
            }
        }
    }

    /** Closes the file the stored bodies are read from: their HTML cannot be asked for after. */
    @Override
    public void close() {
        ready();
        FileChannel f = file;
        if (f != null) {
            try {
                f.close();
            } catch (IOException e) {
                // nothing was written to it
            }
        }
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
        if (n > 1 << 16) {
            return new String(in.readNBytes(n), StandardCharsets.UTF_8); // read as it comes: a damaged length is not
        }                                                                // an array of that size
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Forgets the articles not among {@code paths} (deleted or renamed since). */
    void retain(Set<String> paths) {
        ready();
        if (byPath.keySet().retainAll(paths)) {
            asRead.set(false);
        }
    }
}
