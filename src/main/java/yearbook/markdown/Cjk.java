package yearbook.markdown;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.EastAsianWidth;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import org.commonmark.text.Characters;

/**
 * Character classes behind the two CJK behaviours, defined from Unicode properties (via ICU) rather than
 * hand-kept ranges.
 */
final class Cjk {

    private Cjk() {
    }

    /**
     * A "CJK character" as defined by the markdown-cjk-friendly amendment (commonmark-spec issue 650):
     * East Asian Width W, F or H and not a default-emoji-presentation character, or Hangul script.
     * This covers Han (with all extensions and compatibility ideographs), kana, bopomofo, Hangul,
     * CJK and fullwidth punctuation such as 。，、《》（）！？：； and halfwidth forms. It does not cover
     * “ ” ‘ ’ … — which are East Asian Width "ambiguous".
     */
    static boolean isCjk(int cp) {
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

    /**
     * Characters between which a soft line break is dropped: {@link #isCjk CJK characters} except Hangul,
     * because Korean separates words with spaces.
     */
    static boolean isBreakless(int cp) {
        return isCjk(cp) && !isHangul(cp);
    }

    /**
     * Characters that a soft-break decision looks through to the next character: variation selectors, and
     * East Asian Width "ambiguous" punctuation (“ ” ‘ ’ … — · and the like), which is set wide in Chinese text
     * and narrow in Latin text, so the letter beyond it decides.
     */
    static boolean isLookThrough(int cp) {
        return isVariationSelector(cp)
                || (UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH) == EastAsianWidth.AMBIGUOUS
                && Characters.isPunctuationCodePoint(cp));
    }

    /** Standardized variation selectors U+FE00–U+FE0F and ideographic variation selectors U+E0100–U+E01EF. */
    static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || isIdeographicVariationSelector(cp);
    }

    static boolean isIdeographicVariationSelector(int cp) {
        return cp >= 0xE0100 && cp <= 0xE01EF;
    }

    /** Variation selectors that may follow a CJK character: U+FE00–U+FE0E (U+FE0F asks for emoji presentation). */
    static boolean isNonEmojiVariationSelector(int cp) {
        return cp >= 0xFE00 && cp <= 0xFE0E;
    }

    private static boolean isHangul(int cp) {
        return UScript.getScript(cp) == UScript.HANGUL;
    }
}
