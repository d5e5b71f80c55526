package yearbook.importer.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import yearbook.config.ProjectLoader;
import yearbook.diag.Diagnostics;
import yearbook.importer.page.Unit;

class DamageTest {

    private static Damage damage;

    @BeforeAll
    static void load() {
        damage = new Damage(ProjectLoader.load(Path.of("content"), new Diagnostics()).themes());
    }

    /** Paragraphs on lines 1, 3, 5, … as a page with blank lines between them would give. */
    private static List<Unit> body(String... paragraphs) {
        List<Unit> out = new ArrayList<>();
        int line = 1;
        for (String p : paragraphs) {
            out.add(new Unit(Unit.Kind.PARA, p, line, line, 0, 0, 0, false, List.of()));
            line += 2;
        }
        return out;
    }

    private static List<Flag> check(String... paragraphs) {
        return damage.check(body(paragraphs), 2018);
    }

    // Rule: a sentence repeated in a later paragraph is flagged once, at the repeat.
    @Test
    void duplicatedSentenceFlagged() {
        assertEquals(List.of(new Flag("重复：原文第1行与第5行有相同的文字（“组织劳模事迹巡回演讲50余场次参…”）：可能是排版重复，请核对后删去一处", 5)),
                check("市委、市政府隆重举行第三届劳模颁奖典礼。组织劳模事迹巡回演讲50余场次，参与职工1.1万人次，筹资55万元慰问劳模361人。",
                        "劳动技能竞赛如火如荼开展，参赛职工3000多人次。",
                        "在《商洛日报》开辟劳模专栏。组织劳模事迹巡回演讲50余场次，参与职工1.1万人次，筹资55万元慰问劳模361人。"));
    }

    // Rule: a paragraph that starts mid-sentence (a closing 》 before any opening mark) is flagged; 《…》 first is not.
    @Test
    void paragraphStartingMidSentenceFlagged() {
        assertEquals(List.of(new Flag("段落从半句开始（“洛日报》、商洛电视台开辟劳模专栏…”）：前面可能有文字丢失，请对照原件", 3)),
                check("《商洛日报》开辟劳模专栏，对劳模先进事迹集中宣传报道。",
                        "洛日报》、商洛电视台开辟劳模专栏，对劳模先进事迹集中宣传报道。"));
    }

    // Rule: an article whose last paragraph ends mid-sentence is flagged at its last line.
    @Test
    void articleEndingMidSentenceFlagged() {
        assertEquals(List.of(new Flag("文章在半句处结束（“改善接待环境，完善规章制度，”）：后面可能有文字丢失", 3)),
                check("全市各级工会开展了文体活动。", "改善接待环境，完善规章制度，"));
    }

    // Rule: a fixed term with a character dropped (工人锋号) is flagged with the term it should be.
    @Test
    void droppedCharacterGarbleFlagged() {
        assertEquals(List.of(new Flag("可能有错字：“工人锋号”，应为“工人先锋号”？（…被命名为乌海市“工人锋号”，授予10名同…）", 1)),
                check("有10个班组被命名为乌海市“工人锋号”，授予10名同志称号。"));
    }

    // Rule: a fixed term with a character replaced by its neighbour (劳模模范) is flagged as 劳动模范.
    @Test
    void doubledCharacterGarbleFlagged() {
        assertEquals(List.of(new Flag("可能有错字：“劳模模范”，应为“劳动模范”？（切实发挥劳模模范示范带动作用。）", 1)),
                check("切实发挥劳模模范示范带动作用。"));
    }

    // Rule: words that are themselves terms or merely contain a term's piece (工会服务卡, 职工家庭) are not garbles.
    @Test
    void realWordsNotTakenForGarbles() {
        assertEquals(List.of(), check("宁夏职工服务网、工会服务卡和宁夏工会工作服务平台全面建成。"));
        assertEquals(List.of(), check("组织企业班组与困难职工家庭结成6000多个帮扶对子。"));
    }

    // Rule: a stray lower-case English word in Chinese text is flagged.
    @Test
    void strayEnglishWordFlagged() {
        assertEquals(List.of(new Flag("中文里夹着英文单词“and”，可能是录入错误", 1)), check("推进党风廉政建设 and 反腐败工作。"));
    }

    // Rule: an upper-case acronym such as APP is not a stray English word.
    @Test
    void acronymNotFlagged() {
        assertEquals(List.of(), check("充分运用“学习强国”APP等新媒体开展学习教育。"));
    }

    // Rule: placeholders xx, ×× and 某某 are flagged.
    @Test
    void placeholdersFlagged() {
        assertEquals(List.of(new Flag("占位符“xx”（xx公司工会组织职工开展…）：请补上实际内容", 1)), check("xx公司工会组织职工开展了活动。"));
        assertEquals(List.of(new Flag("占位符“××”（××公司工会组织职工开展…）：请补上实际内容", 1)), check("××公司工会组织职工开展了活动。"));
        assertEquals(List.of(new Flag("占位符“某某”（某某同志获得了表彰。）：请补上实际内容", 1)), check("某某同志获得了表彰。"));
    }

    // Rule: a 下一步…将… paragraph is a plan and is flagged.
    @Test
    void nextStepPlanFlagged() {
        assertEquals(List.of(new Flag("这一段写的是今后的打算（“下一步，定边县总工会将继续抓好中…”）；年鉴条目只记已经发生的事，请考虑删去", 3)),
                check("全县今年建成市级先进职工之家2个。", "下一步，定边县总工会将继续抓好中国工会十七大的学习。"));
    }

    // Rule: a 2020年已经临近 paragraph followed by more paragraphs gives one flag for the whole span.
    @Test
    void lookAheadSpanFlaggedOnce() {
        assertEquals(List.of(new Flag("从这一段（“2020年已经临近，全区工会以时…”）起的3段写的是今后的打算；年鉴条目只记已经发生的事，请考虑删去", 3)),
                check("全市工会开展了活动。",
                        "2020年已经临近，全区工会以时不我待的紧迫感着力攻难关。",
                        "牢把工会工作正确方向，坚定不移接受党对工会工作的绝对领导。",
                        "深化工会系统党的建设，认真落实全面从严治党主体责任。"));
    }

    // Rule: a clean paragraph gives no flags.
    @Test
    void cleanParagraphHasNoFlags() {
        assertEquals(List.of(), check("全市各级工会坚持党建带工建工作思路，推动工会组织最大限度地把广大职工组织到工会中来。"));
    }

    // Rule: a quoted passage is never cut between the two halves of a character outside the BMP (𠀀), which could
    // not be written into the article as UTF-8.
    @Test
    void aQuotedPassageKeepsWholeCharacters() {
        assertEquals("…𠀀一二三四五六七八九十一二三", Damage.around("甲𠀀一二三四五六七八九十一二三", 10));
        assertEquals("一二三四五六七八九十一𠀀…", Damage.around("一二三四五六七八九十一𠀀二三", 0));
    }
}
