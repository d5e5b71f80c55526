package yearbook.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every article's counted terms and pair positions while a whole index is made: written to a temporary file as
 * each article is counted, then read back, mapped, once per group of shards. Held on the heap they were the
 * largest part of a large archive's build (about 12 KB of terms and 4 KB of positions an article, 1.6 GB at
 * 100 000 articles); mapped, the operating system keeps them in its file cache instead. Articles are written from
 * many threads at once; the file is deleted when the store is closed.
 */
final class TermStore implements AutoCloseable {
    /** Each mapping is at most this long, and no article's run crosses from one to the next. */
    static final long CHUNK = 1L << 30;

    /**
     * Where one article's run is in the file: its terms ({@code terms} longs) then its positions
     * ({@code positions} bytes); and where each {@link SearchIndex#BUCKETS_PER_START} buckets' terms and
     * positions begin in them.
     */
    record Stored(long at, int terms, int positions, int[] termStarts, int[] positionStarts) {
    }

    private final FileChannel channel;
    private final AtomicLong end = new AtomicLong();
    private final long chunk;
    private ByteBuffer[] chunks;
    /** The chunks as longs, in this machine's byte order as they were written. */
    private LongBuffer[] longs;

    private TermStore(FileChannel channel, long chunk) {
        this.channel = channel;
        this.chunk = chunk;
    }

    /** A store in a new temporary file. */
    static TermStore create() {
        return create(CHUNK);
    }

    /** A store whose mappings are {@code chunk} bytes at most (smaller in tests). */
    static TermStore create(long chunk) {
        if (chunk % 8 != 0) {
            throw new IllegalArgumentException("a mapping's size must be a multiple of 8, so that terms are whole longs in it");
        }
        try {
            Path file = Files.createTempFile("yearbook-terms-", ".bin");
            return new TermStore(FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE), chunk);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one article's terms and positions (from any thread); returns where they are. */
    Stored put(SearchIndex.DocTerms d) {
        long[] terms = d.terms();
        byte[] positions = d.positions();
        int size = terms.length * 8 + positions.length;
        if (size > chunk) {
            throw new IllegalStateException("one article's terms are larger than " + chunk + " bytes");
        }
        long at = reserve(size);
        ByteBuffer buf = ByteBuffer.allocate(size).order(ByteOrder.nativeOrder()); // read back by this process alone
        buf.asLongBuffer().put(terms);
        buf.position(terms.length * 8);
        buf.put(positions);
        buf.flip();
        try {
            while (buf.hasRemaining()) {
                channel.write(buf, at + buf.position());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] termStarts = new int[d.positionStarts().length];
        int next = 0;
        for (int i = 0; i < terms.length; i++) {
            int start = (int) (terms[i] >>> SearchIndex.SHARD_SHIFT) / SearchIndex.BUCKETS_PER_START;
            while (next <= start) {
                termStarts[next++] = i;
            }
        }
        while (next < termStarts.length) {
            termStarts[next++] = terms.length;
        }
        return new Stored(at, terms.length, positions.length, termStarts, d.positionStarts());
    }

    /** Where a run of {@code size} bytes goes: after the others, aligned to 8, in one chunk. */
    private long reserve(int size) {
        while (true) {
            long e = end.get();
            long at = (e + 7) & ~7L;
            long chunkEnd = (at / chunk + 1) * chunk;
            if (at + size > chunkEnd) {
                at = chunkEnd;
            }
            if (end.compareAndSet(e, at + size)) {
                return at;
            }
        }
    }

    /** Maps what was written, for reading; nothing is written after. */
    void seal() {
        long total = end.get();
        int n = (int) ((total + chunk - 1) / chunk);
        chunks = new ByteBuffer[n];
        longs = new LongBuffer[n];
        try {
            for (int i = 0; i < n; i++) {
                long from = i * chunk;
                MappedByteBuffer m = channel.map(FileChannel.MapMode.READ_ONLY, from, Math.min(chunk, total - from));
                chunks[i] = m.order(ByteOrder.nativeOrder());
                longs[i] = chunks[i].asLongBuffer();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads terms {@code from} to {@code to} of an article into {@code into} (from its index 0). */
    void terms(Stored s, int from, int to, long[] into) {
        if (from >= to) {
            return; // an empty run may lie at the very end, past the last mapping
        }
        // a run starts at a multiple of 8 (see reserve), so its terms are whole longs of the chunk's view
        int base = (int) (s.at() % chunk) / 8;
        longs[(int) (s.at() / chunk)].get(base + from, into, 0, to - from);
    }

    /** Reads position bytes {@code from} to {@code to} of an article into {@code into} (from its index 0). */
    void positions(Stored s, int from, int to, byte[] into) {
        if (from >= to) {
            return;
        }
        ByteBuffer c = chunks[(int) (s.at() / chunk)];
        int base = (int) (s.at() % chunk) + 8 * s.terms();
        c.get(base + from, into, 0, to - from);
    }

    @Override
    public void close() {
        chunks = null;
        longs = null;
        try {
            channel.close();
        } catch (IOException e) {
            // a temporary file, deleted on close
        }
    }
}
