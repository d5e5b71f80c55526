package yearbook.importer.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The byline forms {@link Bylines} recognises, the lines it must not take, and trailing bylines. */
class BylinesTest {

    private static void assertByline(String line, boolean photo, String... names) {
        Optional<Bylines.Byline> b = Bylines.parse(line);
        assertTrue(b.isPresent(), () -> "not taken for a byline: " + line);
        assertEquals(List.of(names), b.get().names(), () -> "names of: " + line);
        assertEquals(photo, b.get().photo(), () -> "photo flag of: " + line);
    }

    private static void assertNotByline(String line) {
        assertEquals(Optional.empty(), Bylines.parse(line), () -> "taken for a byline: " + line);
    }

    // A box marks a line of bare names.
    @Test
    void boxBeforeNames() {
        assertByline("□杨万莲 赵艳莉", false, "杨万莲", "赵艳莉");
    }

    // A box before a role: the role is dropped, the name kept.
    @Test
    void boxBeforeRole() {
        assertByline("□通讯员 杨开泰", false, "杨开泰");
    }

    // ASCII brackets around names.
    @Test
    void asciiBracketsAroundNames() {
        assertByline("(刘畅 王瑞波)", false, "刘畅", "王瑞波");
    }

    // Full-width brackets around a name.
    @Test
    void fullWidthBracketsAroundName() {
        assertByline("（赵方伟）", false, "赵方伟");
    }

    // 文/图 inside brackets is a role, not a name, and not a photo credit.
    @Test
    void textAndPictureRoleInBrackets() {
        assertByline("(文/图 王霄 闫琪 李程程 于欣然)", false, "王霄", "闫琪", "李程程", "于欣然");
    }

    // An unmarked line that starts with a paper and ranked role: 晨报融媒实习记者.
    @Test
    void paperAndRanksBeforeRole() {
        assertByline("晨报融媒实习记者 继洋", false, "继洋");
    }

    // An unmarked line that starts with a role and names two people.
    @Test
    void unmarkedRoleWithTwoNames() {
        assertByline("通讯员 李琳娜 董子平", false, "李琳娜", "董子平");
    }

    // A diamond before a paper and ranked role.
    @Test
    void diamondBeforePaperAndRole() {
        assertByline("◇晨报融媒实习记者 月霞", false, "月霞");
    }

    // Two roles on one line: every name after each role is kept, in order.
    @Test
    void twoRolesOnOneLine() {
        assertByline("本报记者 张三 通讯员 李四", false, "张三", "李四");
    }

    // A role with a colon: 撰稿人：王五.
    @Test
    void roleWithColon() {
        assertByline("撰稿人：王五", false, "王五");
    }

    // A credit ending in 摄 names photographers: photo() is true.
    @Test
    void photoCreditEndingInShe() {
        assertByline("□通讯员 信平 国占 摄", true, "信平", "国占");
    }

    // An ordinary sentence is not a byline.
    @Test
    void ordinarySentenceIsNot() {
        assertNotByline("全市工会组织开展了多项活动。");
    }

    // A sentence that starts with 记者 is not a byline: what follows is not names.
    @Test
    void sentenceStartingWithRoleIsNot() {
        assertNotByline("记者从市总工会获悉，今年共举办活动。");
    }

    // Text that contains 作者 in the middle is not a byline.
    @Test
    void roleWordInsideTextIsNot() {
        assertNotByline("基层工会社会化工作者工作热情");
    }

    // (试行) after a title is not a byline.
    @Test
    void trialMarkIsNot() {
        assertNotByline("(试行)");
    }

    // (右一) in a caption is not a byline.
    @Test
    void positionInCaptionIsNot() {
        assertNotByline("(右一)");
    }

    // 摄影报道 alone names nobody.
    @Test
    void photoReportLabelIsNot() {
        assertNotByline("摄影报道");
    }

    // A line longer than 60 characters is never a byline, even in a byline's shape.
    @Test
    void longLineIsNot() {
        String a = "阿卜杜热合曼·买买提明·艾则孜";
        String b = "阿卜杜热合曼·买买提明·艾则孜江";
        String line = "通讯员 " + a + " " + b + " " + b + " " + b;
        assertEquals(70, line.length());
        assertByline("通讯员 " + a + " " + b, false, a, b); // the same shape, shorter, is one
        assertNotByline(line);
    }

    // A bracketed byline after a sentence's end is split from its paragraph.
    @Test
    void trailingBylineSplitFromParagraph() {
        Optional<Bylines.Trailing> t = Bylines.trailing("……贡献了力量。(赵方伟)");
        assertTrue(t.isPresent());
        assertEquals("……贡献了力量。", t.get().paragraph());
        assertEquals(List.of("赵方伟"), t.get().byline().names());
    }

    // A bracket inside a sentence is not a trailing byline.
    @Test
    void bracketInsideSentenceIsNotTrailing() {
        assertEquals(Optional.empty(), Bylines.trailing("……办法(试行)等文件"));
    }

    // A bracket at the end but not after a sentence's end is not a trailing byline.
    @Test
    void bracketAtEndWithoutSentenceEndIsNotTrailing() {
        assertEquals(Optional.empty(), Bylines.trailing("印发了管理办法(张三)"));
    }

    // A trailing photo credit is not taken as the paragraph's byline.
    @Test
    void trailingPhotoCreditIsNotTrailingByline() {
        assertEquals(Optional.empty(), Bylines.trailing("……贡献了力量。(张三 摄)"));
    }
}
