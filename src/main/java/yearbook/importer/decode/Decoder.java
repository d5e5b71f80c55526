package yearbook.importer.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.ibm.icu.text.Transliterator;

import yearbook.diag.Messages;
import yearbook.diag.Msg;
import yearbook.text.Cjk;

/**
 * Turns the bytes of a raw page into text. The encoding is detected, never assumed: a byte-order mark decides
 * (UTF-8, UTF-16LE/BE); without one, text that is valid UTF-8 is UTF-8, and otherwise text that decodes as
 * GB18030 (which includes GBK and GB2312) and reads as Chinese is GB18030. Anything else is refused with a
 * reason, so that a page is never imported half-garbled. Line ends become {@code \n}; invisible characters
 * (zero-width spaces, stray byte-order marks) are removed; no-break spaces become spaces; traditional
 * characters are converted to simplified ones, and the result says how many.
 */
public final class Decoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GB2312 = Charset.forName("GB2312");
    private static final Charset BIG5 = Charset.forName("Big5");
    /** Fewer Chinese characters than this cannot tell GBK from another 8-bit encoding. */
    private static final int MIN_CHINESE = 4;
    /** A page is taken for traditional Chinese when at least this many characters change, and this share. */
    private static final int TRADITIONAL_MIN = 5;
    private static final double TRADITIONAL_SHARE = 0.02;

    private Decoder() {
    }

    /**
     * The outcome: either {@code text} with the encoding's name, or the {@code reason} it was refused, for the editor (a
     * sentence of the findings' bundle, {@code import.*}).
     */
    public record Decoded(String text, String encoding, int traditionalConverted, Msg reason) {
        public boolean ok() {
            return reason == null;
        }

        /** Why the file was refused, in Chinese (the import report's language); null when it was not. */
        public String error() {
            return reason == null ? null : reason.text(Messages.CHINESE);
        }

        public static Decoded failed(Msg reason) {
            return new Decoded(null, null, 0, reason);
        }

        /** Refused for a reason given as it is, in one language. */
        public static Decoded failed(String reason) {
            return failed(Msg.literal(Msg.OTHER, reason));
        }
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            return Decoded.failed(Msg.of("import.empty"));
        }
        String encoding;
        String text;
        try {
            if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
                encoding = "UTF-8（带字节顺序标记）";
                text = strict(StandardCharsets.UTF_8, bytes, 3);
            } else if (startsWith(bytes, 0xFF, 0xFE)) {
                encoding = "UTF-16LE（带字节顺序标记）";
                text = strict(StandardCharsets.UTF_16LE, bytes, 2);
            } else if (startsWith(bytes, 0xFE, 0xFF)) {
                encoding = "UTF-16BE（带字节顺序标记）";
                text = strict(StandardCharsets.UTF_16BE, bytes, 2);
            } else if (indexOf(bytes, (byte) 0) >= 0) {
                return Decoded.failed(Msg.of("import.nul"));
            } else {
                String utf8 = tryStrict(StandardCharsets.UTF_8, bytes);
                if (utf8 != null) {
                    encoding = "UTF-8";
                    text = utf8;
                } else {
                    String gb = tryStrict(GB18030, bytes);
                    if (gb == null || !readsAsChinese(gb)) {
                        return Decoded.failed(Msg.of("import.encoding"));
                    }
                    encoding = "GB18030/GBK";
                    text = gb;
                }
            }
        } catch (CharacterCodingException e) {
            return Decoded.failed(Msg.of("import.bad-bom", bytes[0] == (byte) 0xEF ? "UTF-8" : "UTF-16"));
        }
        return fromText(text, encoding);
    }

    /**
     * Text already decoded (from a Word file, a web page or a PDF) made ready like a text file's: line ends, invisible
     * and control characters, traditional characters. {@code encoding} names what it was read from.
     */
    public static Decoded fromText(String text, String encoding) {
        text = withoutGlosses(normalise(text));
        int control = firstControl(text);
        if (control >= 0) {
            return Decoded.failed(Msg.of("import.control", String.format("%04X", (int) text.charAt(control)),
                    lineOf(text, control)));
        }
        String simplified = toSimplified(text);
        int changed = 0;
        int han = 0;
        if (simplified.length() == text.length()) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) != simplified.charAt(i)) {
                    changed++;
                }
                if (Cjk.isHan(text.charAt(i))) {
                    han++;
                }
            }
        }
        if (changed >= TRADITIONAL_MIN && changed >= han * TRADITIONAL_SHARE) {
            simplified = simplified.replace('「', '“').replace('」', '”').replace('『', '‘').replace('』', '’');
            return new Decoded(simplified, encoding, changed, null);
        }
        return new Decoded(text, encoding, 0, null);
    }

    /**
     * Pinyin glosses some mirrored pages print after characters or words, 工會(huì), 员(yuán): removed before the
     * characters are converted, so that 工會(huì) reads 工会. Only lower-case pinyin right after a Han character is taken.
     */
    private static final java.util.regex.Pattern GLOSS = java.util.regex.Pattern.compile(
            "(?<=[\\p{IsHan}])[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,40})[)）]");

    static String withoutGlosses(String text) {
        return text.indexOf('(') < 0 && text.indexOf('（') < 0 ? text : GLOSS.matcher(text).replaceAll("");
    }

    private static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    sb.append('\n');
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> { }
                case '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F' -> sb.append(' ');
                case '\t', '\f', '\u000B' -> sb.append(c == '\t' ? "    " : "\n");
                case '\u2028', '\u2029', '\u0085' -> sb.append('\n');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Traditional → simplified, one character for one, from ICU's Traditional-Simplified rules applied once to
     * every Han character (transliterating each page with ICU cost more than all the rest of the import).
     */
    private static final class Simplified {
        static final int FROM = 0x3400;
        static final int TO = 0xFAFF;
        static final char[] MAP = build();

        private static char[] build() {
            StringBuilder all = new StringBuilder(TO - FROM + 1);
            for (int c = FROM; c <= TO; c++) {
                all.append((char) c);
            }
            char[] map = new char[TO - FROM + 1];
            Transliterator t = Transliterator.getInstance("Traditional-Simplified");
            for (int c = FROM; c <= TO; c++) {
                map[c - FROM] = (char) c;
            }
            // in chunks of 512; a chunk whose length changes is converted character by character
            int chunk = 512;
            for (int start = FROM; start <= TO; start += chunk) {
                int end = Math.min(TO + 1, start + chunk);
                String in = all.substring(start - FROM, end - FROM);
                String out = t.transliterate(in);
                if (out.length() == in.length()) {
                    for (int i = 0; i < in.length(); i++) {
                        map[start - FROM + i] = out.charAt(i);
                    }
                } else {
                    for (int i = 0; i < in.length(); i++) {
                        String o = t.transliterate(in.substring(i, i + 1));
                        map[start - FROM + i] = o.length() == 1 ? o.charAt(0) : in.charAt(i);
                    }
                }
            }
            map['著' - FROM] = '著'; // 著 is also a simplified character (著名, 显著); ICU's table makes it 着
            return map;
        }
    }

    private static String toSimplified(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= Simplified.FROM && c[i] <= Simplified.TO) {
                c[i] = Simplified.MAP[c[i] - Simplified.FROM];
            }
        }
        return new String(c);
    }

    /**
     * Whether GB18030-decoded text reads as Chinese: at least a few characters, nearly all of them in GB2312 (the
     * 6 763 common characters and the usual punctuation) or in Big5 (common traditional characters). Latin-1 text
     * read as GBK turns into a few rare or unassigned characters (Müller → M黮ler) and is refused.
     */
    private static boolean readsAsChinese(String text) {
        CharsetEncoder common = GB2312.newEncoder();
        CharsetEncoder traditional = BIG5.newEncoder();
        int nonAscii = 0;
        int chinese = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            if (common.canEncode(c) || traditional.canEncode(c)) {
                chinese++;
            }
        }
        return chinese >= MIN_CHINESE && chinese >= nonAscii * 0.95;
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\u000B' || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String tryStrict(Charset cs, byte[] bytes) {
        try {
            return strict(cs, bytes, 0);
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String strict(Charset cs, byte[] bytes, int offset) throws CharacterCodingException {
        CharBuffer chars = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
