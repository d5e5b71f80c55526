package yearbook.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.fingerprint.Keyed;

/** A kept file's maker is told so (and is not asked for its bytes), so what it made for its fingerprint can go. */
class BuildCacheKeptTest {
    @TempDir
    Path root;

    /** A file's maker that counts how often it was asked for its bytes and told it was kept. */
    private static final class Counting implements Keyed {
        final String key;
        final AtomicInteger made = new AtomicInteger();
        final AtomicInteger kept = new AtomicInteger();

        Counting(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public byte[] get() {
            made.incrementAndGet();
            return ("made from " + key).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void kept() {
            kept.incrementAndGet();
        }
    }

    private void build(Path site, Path cacheDir, Counting page) throws IOException {
        BuildCache cache = BuildCache.open(cacheDir, site, "tool");
        try (Publisher.Staging s = new Publisher(site).begin()) {
            cache.place(s, "a/index.html", page);
            s.commit();
        }
        cache.save();
    }

    @Test
    void aKeptFileIsNotMadeAndItsMakerIsToldSo() throws IOException {
        Path site = root.resolve("site");
        Path cacheDir = root.resolve(".site-cache");
        Counting first = new Counting("k1");
        build(site, cacheDir, first);
        assertEquals(1, first.made.get());
        assertEquals(0, first.kept.get());

        Counting same = new Counting("k1");
        build(site, cacheDir, same);
        assertEquals(0, same.made.get(), "the same fingerprint keeps the previous file");
        assertEquals(1, same.kept.get(), "and its maker hears that it was kept");
        assertEquals("made from k1", Files.readString(site.resolve("a/index.html")));

        Counting changed = new Counting("k2");
        build(site, cacheDir, changed);
        assertEquals(1, changed.made.get());
        assertEquals(0, changed.kept.get(), "a file made again is not reported kept");
        assertEquals("made from k2", Files.readString(site.resolve("a/index.html")));
    }
}
