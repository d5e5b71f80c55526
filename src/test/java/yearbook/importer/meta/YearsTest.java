package yearbook.importer.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class YearsTest {

    // Rule: a year in the headline wins over the years in the body.
    @Test
    void headlineYearWins() {
        assertEquals(new Years.Guess(2019, "标题中的年份", false),
                Years.covered("2019 宁夏工会的行与思", "2018年，宁夏工会开展了活动。2018年底，各项工作全部完成。", 2020));
    }

    // Rule: without a headline year, the year the body names most (as YYYY年) is taken.
    @Test
    void mostFrequentBodyYear() {
        assertEquals(new Years.Guess(2018, "正文中的年份：2018年×3 2017年×1", false),
                Years.covered("围绕大局勇担当", "2018年，市总工会开展了活动。2018年底完成验收。与2017年相比，"
                        + "2018年参与职工明显增加。", 0));
    }

    // Rule: a bare number without 年 in the body is not a year mention.
    @Test
    void bareNumberInBodyIgnored() {
        assertEquals(new Years.Guess(2018, "正文中的年份：2018年×1", false),
                Years.covered("标题", "2018年，全市2019名职工参加了培训，2019人次获得证书，2019个班组达标。", 0));
    }

    // Rule: targets (力争到2020年) are not the covered year.
    @Test
    void targetYearsIgnored() {
        assertEquals(new Years.Guess(2018, "正文中的年份：2018年×1", false),
                Years.covered("擦亮工会养蜂金字招牌", "2018年，全市发展养蜂突破15万箱。力争到2020年，全市科学养蜂达50万箱以上；"
                        + "力争到2020年，综合产值达到5亿元以上；力争到2020年，打造养蜂品牌。", 0));
    }

    // Rule: years after the publication year are left out.
    @Test
    void yearsAfterPublicationIgnored() {
        assertEquals(new Years.Guess(2018, "正文中的年份：2018年×1", false),
                Years.covered("标题", "2018年，市总工会开展了活动。2020年，2020年，2020年。", 2019));
    }

    // Rule: a tie between two years is marked uncertain (the later year is taken).
    @Test
    void tieIsUncertain() {
        assertEquals(new Years.Guess(2018, "正文中的年份：2017年×1 2018年×1", true),
                Years.covered("标题", "2018年，市总工会开展了活动。2017年，市总工会也开展了活动。", 0));
    }
}
