package yearbook.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The character classes differ where their callers need them to; these pin the differences down. */
class CjkTest {
    @Test
    void hanIsTheUnicodeScript() {
        for (int cp : "职工之家〇々⺀\uF900".codePoints().toArray()) {
            assertTrue(Cjk.isHan(cp), Character.toString(cp));
        }
        assertTrue(Cjk.isHan(0x20000)); // extension B
        for (int cp : "a1 ，。、“”あ한".codePoints().toArray()) {
            assertFalse(Cjk.isHan(cp), Character.toString(cp));
        }
        assertFalse(Cjk.isHan(0x9FFF)); // not yet assigned
    }

    @Test
    void searchAlsoTakesTheWholeUnifiedBlock() {
        assertTrue(Cjk.isHanOrInUnifiedBlock(0x9FFF));
        assertTrue(Cjk.isHanOrInUnifiedBlock('々'));
        assertFalse(Cjk.isHanOrInUnifiedBlock('a'));
    }

    @Test
    void ideographsAreCountedByBlock() {
        assertTrue(Cjk.isIdeograph('工'));
        assertTrue(Cjk.isIdeograph('〇'));
        assertTrue(Cjk.isIdeograph(0x3400));
        assertTrue(Cjk.isIdeograph(0x3134F));
        assertFalse(Cjk.isIdeograph('々'));
        assertFalse(Cjk.isIdeograph('⺀'));
    }

    @Test
    void chinesePunctuationIsTheNarrowerSet() {
        for (int cp : "、。《》「」【】，：；！？（）“”".codePoints().toArray()) {
            assertTrue(Cjk.isChinesePunctuation(cp), Character.toString(cp));
            assertTrue(Cjk.isCjkPunctuation(cp), Character.toString(cp));
        }
        for (int cp : "\u3000＠［｀｛･‘’…—·•".codePoints().toArray()) {
            assertFalse(Cjk.isChinesePunctuation(cp), Character.toString(cp));
            assertTrue(Cjk.isCjkPunctuation(cp), Character.toString(cp));
        }
        for (int cp : "a,.!?工".codePoints().toArray()) {
            assertFalse(Cjk.isCjkPunctuation(cp), Character.toString(cp));
        }
    }

    @Test
    void wideUnitsIncludeSurrogatesAndCurlyQuotes() {
        for (char c : "工。，ａ“’\uD840\uDC00".toCharArray()) {
            assertTrue(Cjk.isWideUnit(c), Character.toString(c));
        }
        for (char c : "a1 …—".toCharArray()) {
            assertFalse(Cjk.isWideUnit(c), Character.toString(c));
        }
    }

    @Test
    void variationSelectors() {
        assertTrue(Cjk.isVariationSelector(0xFE0F));
        assertFalse(Cjk.isNonEmojiVariationSelector(0xFE0F));
        assertTrue(Cjk.isNonEmojiVariationSelector(0xFE00));
        assertTrue(Cjk.isVariationSelector(0xE0100));
        assertTrue(Cjk.isIdeographicVariationSelector(0xE01EF));
        assertFalse(Cjk.isVariationSelector('a'));
    }

    @Test
    void closingAndOpeningMarksByTheHalfTheirGlyphSitsIn() {
        for (int cp : "，。、；：？！”’）》」』】".codePoints().toArray()) {
            assertTrue(Cjk.isClosingMark(cp) && !Cjk.isOpeningMark(cp), Character.toString(cp));
        }
        for (int cp : "“‘（《「『【".codePoints().toArray()) {
            assertTrue(Cjk.isOpeningMark(cp) && !Cjk.isClosingMark(cp), Character.toString(cp));
        }
        for (int cp : "—…·a,字".codePoints().toArray()) {
            assertFalse(Cjk.isOpeningMark(cp) || Cjk.isClosingMark(cp), Character.toString(cp));
        }
    }
}
