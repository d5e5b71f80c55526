package yearbook.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Han to toneless pinyin, and readable ASCII slugs for web addresses ({@code 乌海市总工会} →
 * {@code wu-hai-shi-zong-gong-hui}). Readings come from a table generated from ICU's Han-Latin transliterator
 * ({@code src/main/scripts/MakePinyin.java}); a lookup per character is thousands of times faster than the
 * transliterator itself, whose start-up alone takes a second. ICU's rules read four characters differently before
 * a given next character (重庆 chong, 沈阳 shen, 藏文 zang, 秘鲁 bi); {@link #CONTEXT} carries those, so
 * that the result is the transliterator's.
 */
public final class Pinyin {
    private static final int FIRST = 0x3400;
    private static final int LAST = 0x9FFF;
    private static final String[] READINGS = load();
    /** ICU Han-Latin's context rules: character and the character after it → reading. */
    private static final java.util.Map<String, String> CONTEXT = java.util.Map.of(
            "重庆", "chong", "沈阳", "shen", "藏文", "zang", "秘鲁", "bi");

    private static final String CONTEXT_FIRST = "重沈藏秘";

    private Pinyin() {
    }

    private static String[] load() {
        String[] table = new String[LAST - FIRST + 1];
        try (InputStream in = Pinyin.class.getResourceAsStream("/yearbook/text/pinyin.txt")) {
            if (in == null) {
                throw new IllegalStateException("the pinyin table is missing from the program");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = r.readLine(); // header
            for (int i = 0; i < table.length && (line = r.readLine()) != null; i++) {
                table[i] = line.isEmpty() ? null : line.intern();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    /** The toneless reading of one character, or null when it is not a Han character with a known reading. */
    public static String reading(int codePoint) {
        return codePoint >= FIRST && codePoint <= LAST ? READINGS[codePoint - FIRST] : null;
    }

    /** Toneless pinyin, syllables separated by spaces, other text kept (accents folded to ASCII). */
    public static String of(String text) {
        StringBuilder sb = new StringBuilder(text.length() * 4);
        boolean lastWasSyllable = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String reading = reading(cp);
            if (reading != null && CONTEXT_FIRST.indexOf(cp) >= 0) {
                int j = i;
                while (j < text.length() && text.charAt(j) == ' ') {
                    j++;
                }
                if (j < text.length()) {
                    reading = CONTEXT.getOrDefault(new StringBuilder().appendCodePoint(cp).append(text.charAt(j)).toString(), reading);
                }
            }
            if (reading != null) {
                if (sb.length() > 0 && !Character.isWhitespace(sb.charAt(sb.length() - 1))) {
                    sb.append(' ');
                }
                sb.append(reading);
                lastWasSyllable = true;
            } else {
                if (lastWasSyllable && Character.isLetterOrDigit(cp)) {
                    sb.append(' ');
                }
                sb.appendCodePoint(cp);
                lastWasSyllable = false;
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }

    /**
     * A slug: lower-case ASCII letters and digits in words joined by '-', at most {@code maxLength}
     * characters, cut at a word boundary. Empty when the text has nothing to spell.
     */
    public static String slug(String text, int maxLength) {
        String ascii = of(text).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (dash && sb.length() > 0) {
                    sb.append('-');
                }
                sb.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        if (sb.length() <= maxLength) {
            return sb.toString();
        }
        int cut = sb.lastIndexOf("-", maxLength);
        return sb.substring(0, cut > 0 ? cut : maxLength);
    }

    /** A slug with syllables run together ({@code 鄂托克前旗} → {@code etuokeqianqi}), for short names. */
    public static String compact(String text) {
        return slug(text, 200).replace("-", "");
    }
}
