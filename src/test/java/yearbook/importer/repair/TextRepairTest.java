package yearbook.importer.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Punctuation and spacing repairs of {@link TextRepair}, and the sentence-end test of {@link Chars}. */
class TextRepairTest {

    private static void assertRepair(String input, String expected) {
        assertEquals(expected, TextRepair.repair(input, false), () -> "input: " + input);
    }

    // The space between a number and the Chinese word after it goes: 2018 年 → 2018年.
    @Test
    void spaceBetweenDigitAndHanRemoved() {
        assertRepair("2018 年", "2018年");
    }

    // The same for a count: 10 余场 → 10余场.
    @Test
    void spaceBetweenCountAndHanRemoved() {
        assertRepair("共举办 10 余场", "共举办10余场");
    }

    // A space after full-width punctuation goes.
    @Test
    void spaceAfterFullWidthPunctuationRemoved() {
        assertRepair("抓基层、 强基础", "抓基层、强基础");
    }

    // A space before full-width punctuation goes.
    @Test
    void spaceBeforeFullWidthPunctuationRemoved() {
        assertRepair("抓基层 ，强基础 。", "抓基层，强基础。");
    }

    // ASCII comma, semicolon and colon next to Chinese become full-width.
    @Test
    void asciiCommaSemicolonColonBecomeFullWidth() {
        assertRepair("工会,职工;会员:代表", "工会，职工；会员：代表");
    }

    // ASCII question and exclamation marks after Chinese become full-width.
    @Test
    void asciiQuestionAndExclamationBecomeFullWidth() {
        assertRepair("你好吗?很好!", "你好吗？很好！");
    }

    // A thousands separator between digits is not a Chinese comma.
    @Test
    void thousandsSeparatorLeftAlone() {
        assertRepair("职工1,000人", "职工1,000人");
    }

    // A clock time keeps its ASCII colon.
    @Test
    void clockTimeLeftAlone() {
        assertRepair("上午12:30开会", "上午12:30开会");
    }

    // A URL keeps its colon (and the spaces around it, which stand between Latin and Chinese).
    @Test
    void urlLeftAlone() {
        assertRepair("登录 http://x.cn 查询", "登录 http://x.cn 查询");
    }

    // A label's colon after Chinese becomes full-width, but the URL after it keeps its own colon.
    @Test
    void labelColonBeforeUrlFullWidthUrlIntact() {
        assertRepair("网址:http://x.cn", "网址：http://x.cn");
    }

    // ASCII brackets around Chinese become full-width: (右一) → （右一）.
    @Test
    void asciiBracketsAroundChineseBecomeFullWidth() {
        assertRepair("张三(右一)发言", "张三（右一）发言");
    }

    // ASCII brackets with only Latin inside, away from Chinese, are left alone.
    @Test
    void asciiBracketsAroundLatinLeftAlone() {
        assertRepair("version (beta)", "version (beta)");
    }

    // Angle brackets around a Chinese title become 〈〉: <工会法> → 〈工会法〉.
    @Test
    void angleBracketsAroundChineseBecomeTitleMarks() {
        assertRepair("学习<工会法>", "学习〈工会法〉");
    }

    // ASCII double quotes around Chinese become “…”.
    @Test
    void asciiQuotesAroundChineseBecomeCurly() {
        assertRepair("开展\"工会进万家\"活动", "开展“工会进万家”活动");
    }

    // ASCII double quotes around Latin only are left alone.
    @Test
    void asciiQuotesAroundLatinLeftAlone() {
        assertRepair("the \"APP\" store", "the \"APP\" store");
    }

    // A space between two Chinese characters outside quotes goes.
    @Test
    void spaceBetweenHanRemovedOutsideQuotes() {
        assertRepair("抓基层 强基础", "抓基层强基础");
    }

    // A full-width space between two Chinese characters goes too.
    @Test
    void ideographicSpaceBetweenHanRemoved() {
        assertRepair("抓基层\u3000强基础", "抓基层强基础");
    }

    // Inside “…” the space between Chinese characters is a slogan's pause and is kept.
    @Test
    void spaceBetweenHanKeptInsideQuotes() {
        assertRepair("主题为“践行不忘初心 传承红色基因”", "主题为“践行不忘初心 传承红色基因”");
    }

    // Inside 《…》 the space is kept too.
    @Test
    void spaceBetweenHanKeptInsideBookTitle() {
        assertRepair("《工会工作 十二讲》", "《工会工作 十二讲》");
    }

    // After the quotation closes, spaces between Chinese go again.
    @Test
    void spaceRemovedAgainAfterQuoteCloses() {
        assertRepair("“践行 初心”之后 再说", "“践行 初心”之后再说");
    }

    // In OCR output every space between Chinese characters goes, even inside quotes.
    @Test
    void ocrRemovesSpaceInsideQuotes() {
        assertEquals("主题为“践行不忘初心传承红色基因”", TextRepair.repair("主题为“践行不忘初心 传承红色基因”", true));
    }

    // A space between a Latin word and Chinese is left as it is.
    @Test
    void latinHanSpaceKept() {
        assertRepair("APP 上线", "APP 上线");
    }

    // A space between Chinese and a Latin word is left as it is.
    @Test
    void hanLatinSpaceKept() {
        assertRepair("上线 APP", "上线 APP");
    }

    // Leading and trailing spaces go.
    @Test
    void leadingAndTrailingSpacesRemoved() {
        assertRepair("  工会会员 ", "工会会员");
    }

    // headline() keeps the pause between Chinese words.
    @Test
    void headlineKeepsSpaceBetweenChineseWords() {
        assertEquals("以四项举措抓基层 强基础", TextRepair.headline("以四项举措抓基层 强基础"));
    }

    // headline() keeps the space between a year and Chinese.
    @Test
    void headlineKeepsSpaceAfterYear() {
        assertEquals("2019 宁夏工会的行与思", TextRepair.headline("2019 宁夏工会的行与思"));
    }

    // headline() makes punctuation full-width and drops the spaces next to it.
    @Test
    void headlineRemovesSpacesNextToPunctuation() {
        assertEquals("抓基层、强基础，促发展", TextRepair.headline(" 抓基层、 强基础 , 促发展 "));
    }

    // headline() collapses runs of spaces (ASCII or full-width) to one.
    @Test
    void headlineCollapsesSpaces() {
        assertEquals("抓基层 强基础", TextRepair.headline("抓基层 \u3000 强基础"));
    }

    // 。 ends a sentence.
    @Test
    void fullStopEndsSentence() {
        assertTrue(Chars.endsSentence("工会召开会议。"));
    }

    // ！ ends a sentence.
    @Test
    void exclamationEndsSentence() {
        assertTrue(Chars.endsSentence("向劳动者致敬！"));
    }

    // ？ ends a sentence.
    @Test
    void questionEndsSentence() {
        assertTrue(Chars.endsSentence("怎么办？"));
    }

    // … ends a sentence.
    @Test
    void ellipsisEndsSentence() {
        assertTrue(Chars.endsSentence("还有很多……"));
    }

    // A closing quote after 。 still ends a sentence.
    @Test
    void closingQuoteAfterFullStopEndsSentence() {
        assertTrue(Chars.endsSentence("他说：“干就完了。”"));
    }

    // A closing bracket after 。 still ends a sentence.
    @Test
    void closingBracketAfterFullStopEndsSentence() {
        assertTrue(Chars.endsSentence("（完。）"));
    }

    // A comma does not end a sentence.
    @Test
    void commaDoesNotEndSentence() {
        assertFalse(Chars.endsSentence("工会召开会议，"));
    }

    // A closing quote without a stop before it does not end a sentence.
    @Test
    void closingQuoteWithoutStopDoesNotEndSentence() {
        assertFalse(Chars.endsSentence("开展“工会进万家”"));
    }
}
