package yearbook.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.zip.Deflater;

/**
 * An article's plain text as a text pack holds it, for snippets: its first {@link #HEAD} characters compressed
 * on their own (zlib), then the rest, if any, compressed on its own. A result's snippet is nearly always in the
 * head, so the page fetches the head's bytes first and the rest only when the words it shows are not there.
 *
 * @param bytes the two compressed parts, one after the other
 * @param head  the length of the first part in {@code bytes}
 */
record PackedText(byte[] bytes, int head) {
    /** Characters in the head: a snippet's window (96) around a match within the first 800 characters. */
    static final int HEAD = 800;

    static PackedText of(String text) {
        if (text.length() <= HEAD) {
            byte[] all = deflate(text);
            return new PackedText(all, all.length);
        }
        // never inside a character as a reader sees it (a surrogate pair, a base and its marks), so that the head,
        // normalised on its own, is the start of the whole text normalised
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int end = characters.isBoundary(HEAD) ? HEAD : characters.preceding(HEAD);
        byte[] head = deflate(text.substring(0, end));
        byte[] rest = deflate(text.substring(end));
        byte[] both = new byte[head.length + rest.length];
        System.arraycopy(head, 0, both, 0, head.length);
        System.arraycopy(rest, 0, both, head.length, rest.length);
        return new PackedText(both, head.length);
    }

    static byte[] deflate(String text) {
        return deflate(text.getBytes(StandardCharsets.UTF_8), Deflater.BEST_COMPRESSION);
    }

    /** Bytes compressed on their own (zlib) at a level of {@link Deflater}'s: a text's part, a list's tier. */
    static byte[] deflate(byte[] bytes, int level) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
