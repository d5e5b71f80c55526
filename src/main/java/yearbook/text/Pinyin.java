package yearbook.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * Han to toneless pinyin, and readable ASCII slugs for web addresses ({@code 乌海市总工会} →
 * {@code wu-hai-shi-zong-gong-hui}). Uses ICU's Han-Latin transliterator (readings for the common
 * pronunciation of each character).
 */
public final class Pinyin {
    private static final ThreadLocal<Transliterator> HAN_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    private Pinyin() {
    }

    /** Toneless pinyin, syllables separated by spaces, other text kept (ASCII-folded). */
    public static String of(String text) {
        return CACHE.computeIfAbsent(text, t -> {
            String latin = HAN_LATIN.get().transliterate(t);
            return Normalizer.normalize(latin, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        });
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
