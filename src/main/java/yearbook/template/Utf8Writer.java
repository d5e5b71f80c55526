package yearbook.template;

import java.io.Writer;
import java.util.Arrays;

/**
 * A writer that encodes what it is given straight into UTF-8 bytes, for a page that goes to a file as bytes: no
 * intermediate String, no second copy, no lock (one page is rendered by one thread). A lone surrogate becomes
 * '?', as {@link String#getBytes(java.nio.charset.Charset)} makes it, so the bytes are exactly those of
 * {@code rendered.getBytes(UTF_8)}.
 */
final class Utf8Writer extends Writer {
    private byte[] buf;
    private int length;
    /** A high surrogate whose low half has not been written yet, or 0. */
    private char high;

    Utf8Writer(int capacity) {
        buf = new byte[capacity];
    }

    @Override
    public void write(int c) {
        ensure(4);
        put((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        ensure(3 * len + 1);
        for (int i = off; i < off + len; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String s, int off, int len) {
        ensure(3 * len + 1);
        for (int i = off; i < off + len; i++) {
            put(s.charAt(i));
        }
    }

    @Override
    public Writer append(CharSequence s) {
        String text = String.valueOf(s);
        write(text, 0, text.length());
        return this;
    }

    @Override
    public Writer append(CharSequence s, int start, int end) {
        String text = String.valueOf(s);
        write(text, start, end - start);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The bytes written so far. */
    byte[] toByteArray() {
        if (high != 0) {
            ensure(1);
            buf[length++] = '?';
            high = 0;
        }
        return Arrays.copyOf(buf, length);
    }

    private void ensure(int more) {
        if (length + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(2 * buf.length, length + more));
        }
    }

    /** Appends one UTF-16 unit; the caller has made room for 4 bytes. */
    private void put(char c) {
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                buf[length++] = (byte) (0xF0 | cp >> 18);
                buf[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[length++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            buf[length++] = '?';
            ensure(3);
        }
        if (c < 0x80) {
            buf[length++] = (byte) c;
        } else if (c < 0x800) {
            buf[length++] = (byte) (0xC0 | c >> 6);
            buf[length++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[length++] = '?';
        } else {
            buf[length++] = (byte) (0xE0 | c >> 12);
            buf[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[length++] = (byte) (0x80 | c & 0x3F);
        }
    }
}
