package yearbook.print;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.cos.ICOSVisitor;
import org.apache.pdfbox.pdfwriter.COSWriter;

/**
 * Writes a PDF file object by object while the book is still being made: each part of a book is written as soon as
 * it is put in its place and then let go, so that what stays in memory is what the book's last objects need (the
 * page tree's list, the bookmarks, the parent tree's keys), not every page's dictionaries. PDFBox's own writer
 * writes a whole document at once from memory; a 6 000-page book holds about 460 000 dictionaries by then.
 *
 * <p>The file is what PDFBox writes with compression: dictionaries and arrays that are not direct are objects of
 * their own, 200 to an object stream; streams are written as they are (already encoded); one cross-reference stream
 * at the end. An object the book needs before it can be written (the page tree, the book's {@code Document}
 * element, the faces, whose subsets are made at the end) is {@linkplain #reserve reserved}: it gets its number at
 * once, and references to it are written with that number until it is written itself. An object already written
 * is referred to by a {@link Ref}. The same objects written in the same order give the same bytes.
 */
final class StreamedPdf implements AutoCloseable {
    /** How many objects an object stream holds, as PDFBox's writer puts them. */
    private static final int PER_STREAM = 200;
    private static final byte[] EOL = {'\n'};
    private static final byte[] NULL = "null".getBytes(StandardCharsets.ISO_8859_1);

    /** A reference to an object of the file by its number, standing for the object once it is written. */
    static final class Ref extends COSBase {
        final int number;

        Ref(int number) {
            this.number = number;
        }

        @Override
        public void accept(ICOSVisitor visitor) {
            throw new UnsupportedOperationException("a reference into a file being written is written by it alone");
        }

        @Override
        public String toString() {
            return number + " 0 R";
        }
    }

    private final Path file;
    private final CountingOut out;
    /** reserved objects not yet written, and their numbers */
    private final Map<COSBase, Integer> reserved = new IdentityHashMap<>();
    /** the reserved objects in the order they were reserved, the order they are written in */
    private final java.util.List<COSBase> reservedOrder = new java.util.ArrayList<>();
    /** the numbers of the objects of the part being written; forgotten once it is */
    private Map<COSBase, Integer> numbers = new IdentityHashMap<>();
    private final ArrayDeque<COSBase> queue = new ArrayDeque<>();
    private int next = 1;
    /** the cross-reference table: for each object number its type (1: at an offset, 2: in an object stream) */
    private byte[] types = new byte[1024];
    private long[] second = new long[1024];
    private int[] third = new int[1024];
    /** the object stream being filled: its objects' numbers and where each begins in {@link #packed} */
    private final int[] packedNumbers = new int[PER_STREAM];
    private final int[] packedOffsets = new int[PER_STREAM];
    private int packedCount;
    private final ByteArrayOutputStream packed = new ByteArrayOutputStream(64 * 1024);
    private final ByteArrayOutputStream scratch = new ByteArrayOutputStream(8 * 1024);
    private boolean finished;
    /** the object being written, for what an error says */
    private COSBase current;

    /** Starts a PDF file of version {@code version} at {@code file}. */
    StreamedPdf(Path file, float version) throws IOException {
        this.file = file;
        this.out = new CountingOut(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        out.write(("%PDF-" + Math.max(version, 1.6f)).getBytes(StandardCharsets.ISO_8859_1));
        out.write(EOL);
        out.write('%');
        out.write(COSWriter.GARBAGE);
        out.write(EOL);
    }

    /** The number {@code object} will be written under; references to it are written with it until then. */
    Ref reserve(COSBase object) {
        Integer n = reserved.get(object);
        if (n == null) {
            n = next++;
            reserved.put(object, n);
            reservedOrder.add(object);
        }
        return new Ref(n);
    }

    /**
     * The number of {@code object} in the part being written, given now if it has none; it is written with the part.
     */
    Ref ref(COSBase object) {
        return new Ref(number(object));
    }

    /** The number {@code object} was written under in the part being written, or null if it was not. */
    Ref written(COSBase object) {
        Integer n = numbers.get(object instanceof COSObject o ? o.getObject() : object);
        return n == null ? null : new Ref(n);
    }

    /**
     * Writes {@code roots} and every object they refer to that is not written yet, then forgets which objects were
     * written: the next part may not refer to them but through a {@link Ref}.
     */
    void writePart(COSBase... roots) throws IOException {
        write(roots);
        if (!queue.isEmpty()) {
            throw new IllegalStateException("objects of a part were numbered and not written");
        }
        numbers = new IdentityHashMap<>();
    }

    /** Writes {@code roots} and every object they refer to that is not written yet, keeping their numbers for the part. */
    void write(COSBase... roots) throws IOException {
        for (COSBase root : roots) {
            number(root);
        }
        drain();
    }

    private void drain() throws IOException {
        while (!queue.isEmpty()) {
            COSBase b = queue.poll();
            current = b;
            int n = numbers.containsKey(b) ? numbers.get(b) : reserved.get(b);
            if (b instanceof COSStream s) {
                stream(n, s);
            } else {
                scratch.reset();
                value(scratch, b, true);
                pack(n, scratch);
            }
        }
        current = null;
    }

    private int number(COSBase b) {
        if (b instanceof COSObject o) {
            b = o.getObject();
        }
        Integer n = numbers.get(b);
        if (n != null) {
            return n;
        }
        n = reserved.get(b);
        if (n != null) {
            if (finished) { // at the end every reserved object is written
                numbers.put(b, n);
                queue.add(b);
            }
            return n;
        }
        if (finished && b instanceof COSDictionary d && COSName.PAGE.equals(d.getCOSName(COSName.TYPE))) {
            throw new IllegalStateException("a page was reached after its part was written, from "
                    + (current instanceof COSDictionary c ? c.keySet() : String.valueOf(current)));
        }
        n = next++;
        numbers.put(b, n);
        queue.add(b);
        return n;
    }

    /** Writes a value: a direct one in full, an object of its own as a reference. */
    private void value(OutputStream o, COSBase b, boolean top) throws IOException {
        if (b == null || b instanceof COSNull) {
            o.write(NULL);
        } else if (b instanceof Ref r) {
            reference(o, r.number);
        } else if (b instanceof COSObject obj) {
            COSBase target = obj.getObject();
            if (target == null) {
                o.write(NULL);
            } else {
                reference(o, number(target));
            }
        } else if (b instanceof COSStream s && !top) {
            reference(o, number(s));
        } else if (b instanceof COSDictionary d) {
            if (!top && !d.isDirect()) {
                reference(o, number(d));
            } else {
                dictionary(o, d, null);
            }
        } else if (b instanceof COSArray a) {
            if (!top && !a.isDirect()) {
                reference(o, number(a));
                return;
            }
            o.write('[');
            int i = 0;
            for (COSBase item : a) {
                if (i++ > 0) {
                    o.write(i % 10 == 1 ? '\n' : ' ');
                }
                value(o, item, false);
            }
            o.write(']');
        } else if (b instanceof COSString s) {
            COSWriter.writeString(s, o);
        } else if (b instanceof COSName n) {
            n.writePDF(o);
        } else if (b instanceof COSInteger i) {
            i.writePDF(o);
        } else if (b instanceof COSFloat f) {
            f.writePDF(o);
        } else if (b instanceof COSBoolean bool) {
            bool.writePDF(o);
        } else {
            throw new IOException("an object of a kind PDF does not have: " + b.getClass().getName());
        }
    }

    /** A dictionary's entries; {@code length}, when given, replaces its {@code /Length}. */
    private void dictionary(OutputStream o, COSDictionary d, Long length) throws IOException {
        o.write("<<".getBytes(StandardCharsets.ISO_8859_1));
        for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
            if (e.getValue() == null || (length != null && COSName.LENGTH.equals(e.getKey()))) {
                continue;
            }
            o.write('\n');
            e.getKey().writePDF(o);
            o.write(' ');
            value(o, e.getValue(), false);
        }
        if (length != null) {
            o.write('\n');
            COSName.LENGTH.writePDF(o);
            o.write(' ');
            o.write(Long.toString(length).getBytes(StandardCharsets.ISO_8859_1));
        }
        o.write("\n>>".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void reference(OutputStream o, int n) throws IOException {
        o.write((n + " 0 R").getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Adds an object to the object stream being filled; writes the stream when it is full. */
    private void pack(int n, ByteArrayOutputStream bytes) throws IOException {
        packedNumbers[packedCount] = n;
        packedOffsets[packedCount] = packed.size();
        packedCount++;
        bytes.writeTo(packed);
        packed.write('\n');
        if (packedCount == PER_STREAM) {
            flushPacked();
        }
    }

    private void flushPacked() throws IOException {
        if (packedCount == 0) {
            return;
        }
        int n = next++;
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < packedCount; i++) {
            head.append(packedNumbers[i]).append(' ').append(packedOffsets[i]).append(i + 1 < packedCount ? ' ' : '\n');
            entry(packedNumbers[i], (byte) 2, n, i);
        }
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream body = new ByteArrayOutputStream(headBytes.length + packed.size());
        body.write(headBytes);
        packed.writeTo(body);
        COSDictionary dict = new COSDictionary();
        dict.setItem(COSName.TYPE, COSName.OBJ_STM);
        dict.setInt(COSName.N, packedCount);
        dict.setInt(COSName.FIRST, headBytes.length);
        dict.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        topLevel(n, dict, deflated(body));
        packed.reset();
        packedCount = 0;
    }

    /** Bytes compressed as PDFBox compresses the book's streams, at the level it is given (PdfMaker's: the fastest). */
    private static byte[] deflated(ByteArrayOutputStream bytes) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(bytes.size() / 3 + 64);
        Deflater deflater = new Deflater(org.apache.pdfbox.filter.Filter.getCompressionLevel());
        try (DeflaterOutputStream z = new DeflaterOutputStream(raw, deflater)) {
            bytes.writeTo(z);
        } finally {
            deflater.end();
        }
        return raw.toByteArray();
    }

    private void stream(int n, COSStream s) throws IOException {
        byte[] data;
        if (s.hasData()) {
            try (InputStream in = s.createRawInputStream()) {
                data = in.readAllBytes();
            }
        } else {
            data = new byte[0];
        }
        topLevel(n, s, data);
    }

    /** An object at its own offset: a stream with its data, written as it is. */
    private void topLevel(int n, COSDictionary dict, byte[] data) throws IOException {
        entry(n, (byte) 1, out.count, 0);
        out.write((n + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
        scratch.reset();
        dictionary(scratch, dict, (long) data.length);
        scratch.writeTo(out);
        out.write("\nstream\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.write(data);
        out.write("\r\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private void entry(int n, byte type, long field2, int field3) {
        if (n >= types.length) {
            int size = Math.max(n + 1, types.length * 2);
            types = Arrays.copyOf(types, size);
            second = Arrays.copyOf(second, size);
            third = Arrays.copyOf(third, size);
        }
        types[n] = type;
        second[n] = field2;
        third[n] = field3;
    }

    /**
     * Writes the book's last objects: {@code catalog} and {@code info} with everything they refer to, every
     * reserved object, and the cross-reference stream with the trailer's entries. The catalog is written at an
     * offset of its own, as PDFBox's writer writes it.
     */
    void finish(COSDictionary catalog, COSDictionary info, COSArray id) throws IOException {
        finished = true;
        numbers = new IdentityHashMap<>();
        int root = number(catalog);
        queue.remove(catalog);
        int infoNumber = number(info);
        for (COSBase b : reservedOrder) {
            number(b);
        }
        drain();
        flushPacked();
        // the catalog at an offset of its own
        entry(root, (byte) 1, out.count, 0);
        out.write((root + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
        scratch.reset();
        dictionary(scratch, catalog, null);
        scratch.writeTo(out);
        out.write("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        drain(); // what only the catalog refers to
        flushPacked();
        for (COSBase b : reservedOrder) {
            if (!numbers.containsKey(b)) {
                throw new IllegalStateException("object " + reserved.get(b) + " was reserved and not written");
            }
        }
        int xref = next++;
        entry(xref, (byte) 1, out.count, 0);
        int size = next;
        int offsetBytes = Math.max(4, (64 - Long.numberOfLeadingZeros(out.count) + 7) / 8);
        ByteArrayOutputStream rows = new ByteArrayOutputStream(size * (offsetBytes + 3));
        for (int n = 0; n < size; n++) {
            byte type = n == 0 ? 0 : types[n];
            long f2 = n == 0 ? 0 : second[n];
            int f3 = n == 0 ? 65535 : third[n];
            if (type == 0 && n > 0) {
                throw new IllegalStateException("object " + n + " was numbered and not written");
            }
            rows.write(type);
            for (int k = offsetBytes - 1; k >= 0; k--) {
                rows.write((int) (f2 >>> (8 * k)));
            }
            rows.write(f3 >>> 8);
            rows.write(f3);
        }
        COSDictionary trailer = new COSDictionary();
        trailer.setItem(COSName.TYPE, COSName.XREF);
        trailer.setInt(COSName.SIZE, size);
        COSArray w = new COSArray();
        w.add(COSInteger.ONE);
        w.add(COSInteger.get(offsetBytes));
        w.add(COSInteger.TWO);
        trailer.setItem(COSName.W, w);
        trailer.setItem(COSName.ROOT, new Ref(root));
        trailer.setItem(COSName.INFO, new Ref(infoNumber));
        id.setDirect(true);
        trailer.setItem(COSName.ID, id);
        trailer.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        long at = out.count;
        topLevel(xref, trailer, deflated(rows));
        out.write(("startxref\n" + at + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
        out.close();
    }

    /** Closes the file (a file not finished is left for its maker to delete). */
    @Override
    public void close() throws IOException {
        out.close();
    }

    Path file() {
        return file;
    }

    /** An output stream that counts the bytes written through it: the objects' offsets. */
    private static final class CountingOut extends OutputStream {
        private final OutputStream to;
        long count;
        private boolean closed;

        CountingOut(OutputStream to) {
            this.to = to;
        }

        @Override
        public void write(int b) throws IOException {
            to.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            to.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                to.close();
            }
        }
    }
}
