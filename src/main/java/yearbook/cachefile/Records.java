package yearbook.cachefile;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.zip.CRC32C;
import java.util.zip.InflaterInputStream;

import org.apache.commons.io.input.UnsynchronizedByteArrayInputStream;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;

/**
 * The build cache's records (the articles' state, the bodies' entries, the search index's state, the site's folders)
 * as a build writes them and the next reads them back, one number or string at a time, in memory and without a lock:
 * through Java's buffered streams every number was a few calls that each take the stream's lock, and at 100 000
 * articles the records are 100 MB. They are not compressed: a build reads them all and writes the search index's
 * whole, and inflating and deflating them took more of a build than reading them. A record ends with a checksum
 * (CRC-32C) of what it holds, so that a record damaged on disk is not read as another.
 */
public final class Records {
    private Records() {
    }

    /** A record to write, numbers and strings in order; {@link Writer#bytes} gives it, checksum included. */
    public static Writer writer() {
        return new Writer(UnsynchronizedByteArrayOutputStream.builder().setBufferSize(1 << 16).get());
    }

    /** A record being written into memory. */
    public static final class Writer extends DataOutputStream {
        private final UnsynchronizedByteArrayOutputStream bytes;

        private Writer(UnsynchronizedByteArrayOutputStream bytes) {
            super(bytes);
            this.bytes = bytes;
        }

        /** What was written so far, followed by its checksum: what {@link #checked} reads. */
        public byte[] bytes() {
            byte[] b = bytes.toByteArray();
            byte[] out = java.util.Arrays.copyOf(b, b.length + 4);
            int sum = checksum(b, b.length);
            for (int i = 0; i < 4; i++) {
                out[b.length + i] = (byte) (sum >>> (24 - 8 * i));
            }
            return out;
        }
    }

    /**
     * The numbers and strings of a record {@link Writer} wrote, to read in order; an IOException when its checksum
     * is not that of what it holds (damaged, cut short, or not such a record).
     */
    public static DataInputStream checked(byte[] record) throws IOException {
        int n = record.length - 4;
        if (n < 0) {
            throw new IOException("not a record of the build cache");
        }
        int sum = 0;
        for (int i = 0; i < 4; i++) {
            sum = (sum << 8) | (record[n + i] & 0xff);
        }
        if (sum != checksum(record, n)) {
            throw new IOException("a record of the build cache is damaged");
        }
        return new DataInputStream(UnsynchronizedByteArrayInputStream.builder().setByteArray(record).setLength(n).get());
    }

    /**
     * The numbers and strings of the zlib-compressed {@code compressed} (the rendered bodies' changes since their
     * whole record, which zlib checks), to read in order.
     */
    public static DataInputStream inflated(byte[] compressed) throws IOException {
        byte[] whole;
        try (InflaterInputStream z = new InflaterInputStream(new ByteArrayInputStream(compressed))) {
            whole = z.readAllBytes();
        }
        return new DataInputStream(UnsynchronizedByteArrayInputStream.builder().setByteArray(whole).get());
    }

    private static int checksum(byte[] b, int length) {
        CRC32C crc = new CRC32C();
        crc.update(b, 0, length);
        return (int) crc.getValue();
    }
}
