package yearbook.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.EastAsianWidth;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * What counts as a Chinese character and as CJK punctuation, for every part of the program. The parts ask
 * different questions (is this a word character for search, is this Chinese text around a half-width comma,
 * is this wide when set), so there are several classes; each is named by what it includes, and every range of
 * code points is written here once.
 */
public final class Cjk {
    /** U+3000, the ideographic (full-width) space. */
    public static final int IDEOGRAPHIC_SPACE = 0x3000;

    private Cjk() {
    }

    // ---- Han characters

    /**
     * The Unicode script Han: the ideographs of every block and extension, the compatibility ideographs, the CJK
     * and Kangxi radicals, and 々 〇 〻. Unassigned code points are not Han.
     */
    public static boolean isHan(int cp) {
        // nothing below the CJK Radicals Supplement is Han: no table lookup for Latin text
        return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /**
     * {@link #isHan Han}, and every code point of the CJK Unified Ideographs block U+4E00–U+9FFF, including the
     * few at its end not yet assigned (and answered without a table lookup).
     */
    public static boolean isHanOrInUnifiedBlock(int cp) {
        return inUnifiedIdeographsBlock(cp) || isHan(cp);
    }

    /**
     * The ideographs by block: CJK Unified Ideographs U+4E00–U+9FFF, Extension A U+3400–U+4DBF, the
     * compatibility ideographs U+F900–U+FAFF, 〇 U+3007, and Extensions B to G U+20000–U+3134F. Not the radicals,
     * nor 々.
     */
    public static boolean isIdeograph(int cp) {
        return inUnifiedIdeographsBlock(cp) || cp >= 0x3400 && cp <= 0x4DBF || inCompatibilityIdeographsBlock(cp)
                || cp == 0x3007 || cp >= 0x20000 && cp <= 0x3134F;
    }

    /**
     * The characters that stand in for an ideograph and are almost always conversion errors: the CJK and Kangxi
     * radicals (⺍ ⼀, U+2E80–U+2FDF) and the compatibility ideographs (豈, U+F900–U+FAFF and the supplement
     * U+2F800–U+2FA1F).
     */
    public static boolean isStandIn(long cp) {
        return cp >= 0x2E80 && cp <= 0x2FDF || cp <= Integer.MAX_VALUE && inCompatibilityIdeographsBlock((int) cp)
                || cp >= 0x2F800 && cp <= 0x2FA1F;
    }

    private static boolean inUnifiedIdeographsBlock(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF;
    }

    private static boolean inCompatibilityIdeographsBlock(int cp) {
        return cp >= 0xF900 && cp <= 0xFAFF;
    }

    // ---- punctuation

    /**
     * Punctuation only Chinese text uses: the CJK Symbols and Punctuation block without the ideographic space
     * (、。《》「」【】〔〕…), the full-width forms of {@code !"#$%&'()*+,-./} and {@code :;<=>?}, and “ ”.
     */
    public static boolean isChinesePunctuation(int cp) {
        return cp >= 0x3001 && cp <= 0x303F || cp >= 0xFF01 && cp <= 0xFF0F || cp >= 0xFF1A && cp <= 0xFF1F
                || cp == '“' || cp == '”';
    }

    /**
     * Full-width punctuation and the marks Chinese text uses (，。、；：？！“”‘’（）《》〈〉【】…—·): the
     * {@link #isChinesePunctuation Chinese punctuation}, and the ideographic space, ＠, the other full-width
     * forms of ASCII punctuation ({@code [\]^_`} and <code>{|}~</code>), the halfwidth CJK punctuation
     * U+FF5F–U+FF65, ‘ ’ … — · and •.
     */
    public static boolean isCjkPunctuation(int cp) {
        return isChinesePunctuation(cp) || cp == IDEOGRAPHIC_SPACE || cp == 0xFF20 || cp >= 0xFF3B && cp <= 0xFF40
                || cp >= 0xFF5B && cp <= 0xFF65
                || cp == '‘' || cp == '’' || cp == '…' || cp == '—' || cp == '·' || cp == '•';
    }

    /**
     * Full-width closing marks, whose glyph sits in the left half of the em and leaves the right half blank in
     * Simplified Chinese fonts: ，。、；：？！．”’）》〉」』】〕〗〙〛］｝.
     */
    public static boolean isClosingMark(int cp) {
        return CLOSING_MARKS.indexOf(cp) >= 0;
    }

    /**
     * Full-width opening marks, whose glyph sits in the right half of the em and leaves the left half blank:
     * “‘（《〈「『【〔〖〘〚［｛.
     */
    public static boolean isOpeningMark(int cp) {
        return OPENING_MARKS.indexOf(cp) >= 0;
    }

    private static final String CLOSING_MARKS = "，。、；：？！．”’）》〉」』】〕〗〙〛］｝";
    private static final String OPENING_MARKS = "“‘（《〈「『【〔〖〘〚［｛";

    // ---- width

    /**
     * Whether one UTF-16 unit belongs to a character set wide in Chinese text, judged by block alone: from the CJK
     * Radicals Supplement U+2E80 to the end of the CJK Unified Ideographs U+9FFF (CJK punctuation, kana,
     * bopomofo, Extension A and the rest between), the compatibility ideographs, the Halfwidth and Fullwidth
     * Forms block U+FF00–U+FFEF, “ ” ‘ ’, and either half of a character outside the BMP.
     */
    public static boolean isWideUnit(char c) {
        return c >= 0x2E80 && c <= 0x9FFF || inCompatibilityIdeographsBlock(c) || c >= 0xFF00 && c <= 0xFFEF
                || c == '“' || c == '”' || c == '‘' || c == '’' || Character.isSurrogate(c);
    }

    /**
     * A "CJK character" as the markdown-cjk-friendly amendment defines it (commonmark-spec issue 650), from
     * Unicode properties rather than ranges: East Asian Width W, F or H and not a default-emoji-presentation
     * character, or Hangul script. This covers Han (with all extensions and compatibility ideographs), kana,
     * bopomofo, Hangul, CJK and fullwidth punctuation such as 。，、《》（）！？：； and halfwidth forms. It does
     * not cover “ ” ‘ ’ … — which are East Asian Width "ambiguous".
     */
    public static boolean isWideOrHangul(int cp) {
        if (cp < 0x1100) { // nothing below the Hangul Jamo block is wide or Hangul
            return false;
        }
        int width = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        if ((width == EastAsianWidth.WIDE || width == EastAsianWidth.FULLWIDTH || width == EastAsianWidth.HALFWIDTH)
                && !UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION)) {
            return true;
        }
        return isHangul(cp);
    }

    /** The Hangul script. */
    public static boolean isHangul(int cp) {
        return UScript.getScript(cp) == UScript.HANGUL;
    }

    /** East Asian Width "ambiguous": wide in Chinese text and narrow in Latin text (“ ” ‘ ’ … — · and more). */
    public static boolean isAmbiguousWidth(int cp) {
        return UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH) == EastAsianWidth.AMBIGUOUS;
    }

    // ---- variation selectors

    /** Standardized variation selectors U+FE00–U+FE0F and ideographic variation selectors U+E0100–U+E01EF. */
    public static boolean isVariationSelector(int cp) {
        return isNonEmojiVariationSelector(cp) || cp == 0xFE0F || isIdeographicVariationSelector(cp);
    }

    /** Ideographic variation selectors U+E0100–U+E01EF. */
    public static boolean isIdeographicVariationSelector(int cp) {
        return cp >= 0xE0100 && cp <= 0xE01EF;
    }

    /** Variation selectors that may follow a CJK character: U+FE00–U+FE0E (U+FE0F asks for emoji presentation). */
    public static boolean isNonEmojiVariationSelector(int cp) {
        return cp >= 0xFE00 && cp <= 0xFE0E;
    }
}
