package yearbook.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import yearbook.region.Level;
import yearbook.region.Region;
import yearbook.theme.Theme;

/**
 * A build's {@link ArticleCache} as bytes for the next build: the stamps of the data files the articles were
 * checked against, then each article that read without a finding, with its file's stamp and its markdown's
 * fingerprint, and every field but the markdown.
 */
final class ArticleState {
    private static final int FORMAT = 1;

    private ArticleState() {
    }

    static byte[] write(List<ArticleCache.Stamp> data, Map<String, ArticleCache.Entry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(
                new DeflaterOutputStream(bytes, deflater), 1 << 16))) {
            out.writeInt(FORMAT);
            out.writeInt(data.size());
            for (ArticleCache.Stamp s : data) {
                stamp(out, s);
            }
            List<Map.Entry<String, ArticleCache.Entry>> kept = new ArrayList<>();
            for (Map.Entry<String, ArticleCache.Entry> e : new TreeMap<>(entries).entrySet()) {
                ArticleCache.Entry v = e.getValue();
                if (v.article().isPresent() && v.findings().isEmpty() && v.bodyKey() != null) {
                    kept.add(e);
                }
            }
            out.writeInt(kept.size());
            for (Map.Entry<String, ArticleCache.Entry> e : kept) {
                ArticleCache.Entry v = e.getValue();
                out.writeUTF(e.getKey());
                stamp(out, v.stamp());
                out.writeUTF(v.bodyKey());
                article(out, v.article().get());
            }
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    static void read(byte[] state, Map<String, ArticleCache.Entry> into, Consumer<List<ArticleCache.Stamp>> data)
            throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(
                new InflaterInputStream(new ByteArrayInputStream(state)), 1 << 16))) {
            if (in.readInt() != FORMAT) {
                return;
            }
            List<ArticleCache.Stamp> stamps = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                stamps.add(stamp(in));
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String path = in.readUTF();
                ArticleCache.Stamp stamp = stamp(in);
                String bodyKey = in.readUTF();
                into.put(path, new ArticleCache.Entry(stamp, Optional.of(article(in)), List.of(), bodyKey));
            }
            data.accept(stamps);
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

    private static void article(DataOutputStream out, Article a) throws IOException {
        out.writeUTF(a.file().toString());
        out.writeUTF(a.path());
        text(out, a.title());
        text(out, a.subtitle());
        text(out, a.kicker());
        text(out, a.organization());
        Region r = a.region();
        out.writeBoolean(r != null);
        if (r != null) {
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
            out.writeUTF(t.id());
            out.writeUTF(t.name());
            text(out, t.description());
            texts(out, t.signals());
        }
        texts(out, a.authors());
        Source s = a.source();
        out.writeBoolean(s != null);
        if (s != null) {
            text(out, s.name());
            text(out, s.url());
            text(out, s.page());
            date(out, s.date());
        }
        text(out, a.category());
        text(out, a.slug());
        out.writeBoolean(a.draft());
        out.writeInt(a.weight());
        out.writeInt(a.bodyLine());
        texts(out, a.aliases());
        out.writeUTF(a.part().name());
    }

    private static Article article(DataInputStream in) throws IOException {
        Path file = Path.of(in.readUTF());
        String path = in.readUTF();
        String title = text(in);
        String subtitle = text(in);
        String kicker = text(in);
        String organization = text(in);
        Region region = null;
        if (in.readBoolean()) {
            region = new Region(in.readUTF(), in.readUTF(), Level.valueOf(in.readUTF()), text(in));
        }
        int year = in.readInt();
        LocalDate date = date(in);
        int volume = in.readInt();
        List<Theme> themes = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            themes.add(new Theme(in.readUTF(), in.readUTF(), text(in), texts(in)));
        }
        List<String> authors = texts(in);
        Source source = null;
        if (in.readBoolean()) {
            String name = text(in);
            String url = text(in);
            String page = text(in);
            source = new Source(name, url, page, date(in));
        }
        String category = text(in);
        String slug = text(in);
        boolean draft = in.readBoolean();
        int weight = in.readInt();
        int bodyLine = in.readInt();
        List<String> aliases = texts(in);
        Part part = Part.valueOf(in.readUTF());
        return new Article(file, path, title, subtitle, kicker, organization, region, year, date, volume, themes,
                authors, source, category, slug, draft, weight, null, bodyLine, aliases, part);
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
        byte[] b = new byte[in.readInt()];
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
