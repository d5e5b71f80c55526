package yearbook.content;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import yearbook.cachefile.Records;
import yearbook.region.Level;
import yearbook.region.Region;
import yearbook.theme.Theme;

/**
 * A build's {@link ArticleCache} as bytes for the next build: the stamps of the data files the articles were
 * checked against, then each article that read without a finding, with its file's stamp and its markdown's
 * fingerprint, and every field but the markdown. What many articles have alike (a theme, a region, a source's
 * name, an author) is written in full once and then by its number, and read back as one object that they all
 * share: at 100 000 articles the themes alone were two million strings, each read and kept for the build.
 */
final class ArticleState {
    private static final int FORMAT = 5;

    private ArticleState() {
    }

    /** Whether an entry is kept for the next build: an article that read without a finding. */
    static boolean kept(ArticleCache.Entry e) {
        return e.article().isPresent() && e.findings().isEmpty() && e.bodyKey() != null && e.articleKey() != null;
    }

    /**
     * The state of {@code entries} (those {@link #kept}), marked {@code id}: a whole state has an id of its own, the
     * changes since one ({@code removed}, the paths it has that are gone) carry that state's.
     */
    static byte[] write(long id, List<ArticleCache.Stamp> data, Map<String, ArticleCache.Entry> entries,
                        List<String> removed) throws IOException {
        Records.Writer out = Records.writer();
        try (out) {
            out.writeInt(FORMAT);
            out.writeLong(id);
            out.writeInt(data.size());
            for (ArticleCache.Stamp s : data) {
                stamp(out, s);
            }
            String[] paths = entries.keySet().toArray(String[]::new);
            java.util.Arrays.sort(paths);
            List<Map.Entry<String, ArticleCache.Entry>> kept = new ArrayList<>();
            for (String path : paths) {
                ArticleCache.Entry v = entries.get(path);
                if (kept(v)) {
                    kept.add(Map.entry(path, v));
                }
            }
            out.writeInt(kept.size());
            Shared shared = new Shared();
            for (Map.Entry<String, ArticleCache.Entry> e : kept) {
                ArticleCache.Entry v = e.getValue();
                out.writeUTF(e.getKey());
                stamp(out, v.stamp());
                out.writeUTF(v.bodyKey());
                out.writeUTF(v.articleKey());
                article(out, v.article().get(), shared);
            }
            texts(out, removed);
        }
        return out.bytes();
    }

    /**
     * Reads a state into {@code into} (its entries put, its removed paths taken out) and gives its data files'
     * stamps to {@code data}, when it is marked {@code id} or {@code id} is null; returns its mark, or null when it
     * was not read (another format, or not the changes of that state).
     */
    static Long read(byte[] state, Long id, Map<String, ArticleCache.Entry> into,
                     Consumer<List<ArticleCache.Stamp>> data) throws IOException {
        try (DataInputStream in = Records.checked(state)) {
            if (in.readInt() != FORMAT) {
                return null;
            }
            long mark = in.readLong();
            if (id != null && id != mark) {
                return null;
            }
            List<ArticleCache.Stamp> stamps = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                stamps.add(stamp(in));
            }
            int n = in.readInt();
            Shared shared = new Shared();
            for (int i = 0; i < n; i++) {
                String path = in.readUTF();
                ArticleCache.Stamp stamp = stamp(in);
                String bodyKey = in.readUTF();
                String articleKey = in.readUTF();
                into.put(path, new ArticleCache.Entry(stamp, Optional.of(article(in, shared)), List.of(), bodyKey,
                        articleKey));
            }
            for (String gone : texts(in)) {
                into.remove(gone);
            }
            data.accept(stamps);
            return mark;
        }
    }

    private static void stamp(DataOutputStream out, ArticleCache.Stamp s) throws IOException {
        out.writeLong(s.size());
        out.writeLong(s.modified().getEpochSecond());
        out.writeInt(s.modified().getNano());
    }

    private static ArticleCache.Stamp stamp(DataInputStream in) throws IOException {
        long size = in.readLong();
        return new ArticleCache.Stamp(size, Instant.ofEpochSecond(in.readLong(), in.readInt()));
    }

    private static void article(DataOutputStream out, Article a, Shared shared) throws IOException {
        out.writeUTF(a.file().toString());
        out.writeUTF(a.path());
        text(out, a.title());
        text(out, a.subtitle());
        shared.text(out, a.kicker());
        shared.text(out, a.organization());
        Region r = a.region();
        out.writeBoolean(r != null);
        if (r != null && shared.regions.first(out, r)) {
            out.writeUTF(r.code());
            out.writeUTF(r.name());
            out.writeUTF(r.level().name());
            text(out, r.parentCode());
        }
        out.writeInt(a.year());
        date(out, a.date());
        out.writeInt(a.volume());
        out.writeInt(a.themes().size());
        for (Theme t : a.themes()) {
            if (shared.themes.first(out, t)) {
                out.writeUTF(t.id());
                out.writeUTF(t.name());
                text(out, t.description());
                texts(out, t.signals());
            }
        }
        out.writeInt(a.authors().size());
        for (String author : a.authors()) {
            shared.text(out, author);
        }
        Source s = a.source();
        out.writeBoolean(s != null);
        if (s != null) {
            shared.text(out, s.name());
            text(out, s.url());
            text(out, s.page());
            date(out, s.date());
        }
        shared.text(out, a.category());
        text(out, a.slug());
        out.writeBoolean(a.draft());
        out.writeInt(a.weight());
        out.writeInt(a.bodyLine());
        texts(out, a.aliases());
        out.writeUTF(a.part().name());
    }

    private static Article article(DataInputStream in, Shared shared) throws IOException {
        Path file = Path.of(in.readUTF());
        String path = in.readUTF();
        String title = text(in);
        String subtitle = text(in);
        String kicker = shared.text(in);
        String organization = shared.text(in);
        Region region = null;
        if (in.readBoolean()) {
            region = shared.regions.read(in, () -> new Region(in.readUTF(), in.readUTF(), Level.valueOf(in.readUTF()),
                    text(in)));
        }
        int year = in.readInt();
        LocalDate date = date(in);
        int volume = in.readInt();
        Theme[] themes = new Theme[count(in)];
        for (int i = 0; i < themes.length; i++) {
            themes[i] = shared.themes.read(in, () -> new Theme(in.readUTF(), in.readUTF(), text(in), texts(in)));
        }
        String[] authors = new String[count(in)];
        for (int i = 0; i < authors.length; i++) {
            authors[i] = shared.text(in);
        }
        Source source = null;
        if (in.readBoolean()) {
            String name = shared.text(in);
            String url = text(in);
            String page = text(in);
            source = new Source(name, url, page, date(in));
        }
        String category = shared.text(in);
        String slug = text(in);
        boolean draft = in.readBoolean();
        int weight = in.readInt();
        int bodyLine = in.readInt();
        List<String> aliases = texts(in);
        Part part = Part.valueOf(in.readUTF());
        return new Article(file, path, title, subtitle, kicker, organization, region, year, date, volume,
                List.of(themes), List.of(authors), source, category, slug, draft, weight, null, bodyLine, aliases, part);
    }

    /** How many of something an article has, as written; a damaged state is not trusted with an array's size. */
    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 16) {
            throw new IOException("a damaged articles' state: " + n + " values");
        }
        return n;
    }

    /** A text's length in bytes, as written; a damaged state is not trusted with an array's size either. */
    private static int length(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 24) {
            throw new IOException("a damaged articles' state: a text of " + n + " bytes");
        }
        return n;
    }

    /** How a value many articles share is read the first time. */
    @FunctionalInterface
    private interface Fresh<T> {
        T read() throws IOException;
    }

    /**
     * Values written in full the first time (as 0, then the value) and after that by their number (1 and up): the
     * writer numbers them in the order met, the reader in the order read, so both sides agree without a table.
     */
    private static final class Numbered<T> {
        private final Map<T, Integer> numbers = new java.util.HashMap<>();
        private final List<T> values = new ArrayList<>();

        /** Writes the value's number, or 0 when it is met for the first time: then the caller writes it in full. */
        boolean first(DataOutputStream out, T value) throws IOException {
            Integer n = numbers.putIfAbsent(value, numbers.size() + 1);
            out.writeInt(n == null ? 0 : n);
            return n == null;
        }

        T read(DataInputStream in, Fresh<T> fresh) throws IOException {
            int n = in.readInt();
            if (n == 0) {
                T value = fresh.read();
                values.add(value);
                return value;
            }
            if (n > values.size()) {
                throw new IOException("a shared value numbered " + n + " before it was written");
            }
            return values.get(n - 1);
        }
    }

    /** The values of one state that articles share. */
    private static final class Shared {
        final Numbered<Theme> themes = new Numbered<>();
        final Numbered<Region> regions = new Numbered<>();
        final Numbered<String> texts = new Numbered<>();

        /** A text that may be absent and that many articles may have alike. */
        void text(DataOutputStream out, String s) throws IOException {
            out.writeBoolean(s != null);
            if (s != null && texts.first(out, s)) {
                byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.writeInt(b.length);
                out.write(b);
            }
        }

        String text(DataInputStream in) throws IOException {
            return in.readBoolean() ? texts.read(in, () -> {
                byte[] b = new byte[length(in)];
                in.readFully(b);
                return new String(b, java.nio.charset.StandardCharsets.UTF_8);
            }) : null;
        }
    }

    private static void date(DataOutputStream out, LocalDate d) throws IOException {
        out.writeBoolean(d != null);
        if (d != null) {
            out.writeLong(d.toEpochDay());
        }
    }

    private static LocalDate date(DataInputStream in) throws IOException {
        return in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        byte[] b = new byte[length(in)];
        in.readFully(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void texts(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            text(out, s);
        }
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            out.add(text(in));
        }
        return out;
    }
}
