package yearbook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PinyinTest {
    @Test
    void slugIsTonelessPinyinJoinedByDashes() {
        assertEquals("wu-hai-shi-zong-gong-hui", Pinyin.slug("乌海市总工会", 60));
        assertEquals("2019-ning-xia-gong-hui-de-xing-yu-si", Pinyin.slug("2019 宁夏工会的行与思", 60));
        assertEquals("lao-mo-gong-jiang", Pinyin.slug("“劳模、工匠”", 60));
    }

    @Test
    void slugIsCutAtAWordBoundary() {
        String s = Pinyin.slug("以脱贫摘帽为契机打造工作亮点和品牌定边县总工会工作纪实", 30);
        assertTrue(s.length() <= 30, s);
        assertTrue(s.matches("[a-z0-9]+(-[a-z0-9]+)*"), s);
        assertTrue(Pinyin.slug("以脱贫摘帽为契机打造工作亮点和品牌定边县总工会工作纪实", 200).startsWith(s + "-"));
    }

    @Test
    void tableAgreesWithIcuTransliterator() {
        com.ibm.icu.text.Transliterator icu = com.ibm.icu.text.Transliterator.getInstance("Han-Latin; Latin-ASCII");
        String text = "内蒙古自治区鄂尔多斯市鄂托克前旗总工会坚持党建带工建绿色发展重庆厦门";
        assertEquals(icu.transliterate(text), Pinyin.of(text));
    }

    @Test
    void keepsLatinAndDigitsAsWords() {
        assertEquals("2019 ning xia APP gong hui", Pinyin.of("2019宁夏APP工会"));
        assertEquals(null, Pinyin.reading('A'));
        assertEquals("lu", Pinyin.reading('绿'));
    }

    @Test
    void compactRunsSyllablesTogether() {
        assertEquals("etuokeqianqi", Pinyin.compact("鄂托克前旗"));
        assertEquals("", Pinyin.compact("——"));
    }

    @Test
    void chineseSortsByPinyin() {
        List<String> names = new ArrayList<>(List.of("宁夏回族自治区", "陕西省", "内蒙古自治区", "安徽省", "北京市"));
        names.sort(ChineseOrder.PINYIN);
        assertEquals(List.of("安徽省", "北京市", "内蒙古自治区", "宁夏回族自治区", "陕西省"), names);
    }
}
