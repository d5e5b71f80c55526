package yearbook.importer.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChromeTest {

    private static final PageInfo NOTHING = new PageInfo(null, null, null, null, null, List.of(), null);

    private static Chrome.Stripped strip(String... lines) {
        return Chrome.strip(List.of(lines));
    }

    /** Asserts that a single line is dropped (blanked, listed with its reason) and returns what the page told. */
    private static PageInfo dropsOne(String line, String reason) {
        Chrome.Stripped s = strip(line);
        assertEquals(List.of(""), s.lines());
        assertEquals(List.of(new Dropped(1, line, reason)), s.dropped());
        return s.info();
    }

    // Rule: a welcome line is dropped and names the site.
    @Test
    void welcomeLineGivesSite() {
        PageInfo info = dropsOne("欢迎访问内蒙古自治区总工会", "网站欢迎语（来源网站：内蒙古自治区总工会）");
        assertEquals(new PageInfo("内蒙古自治区总工会", null, null, null, null, List.of(), null), info);
    }

    // Rule: a breadcrumb trail is dropped and gives the section.
    @Test
    void breadcrumbsGiveSection() {
        PageInfo info = dropsOne("首页 > 基层频道 > 经验做法", "导航路径（栏目：首页 > 基层频道 > 经验做法）");
        assertEquals(new PageInfo(null, "首页 > 基层频道 > 经验做法", null, null, null, List.of(), null), info);
    }

    // Rule: a breadcrumb trail after a 当前位置： label is dropped and gives the section without the label.
    @Test
    void labelledBreadcrumbsGiveSection() {
        PageInfo info = dropsOne("当前位置：首页 > 新闻 > 基层", "导航路径（栏目：首页 > 新闻 > 基层）");
        assertEquals("首页 > 新闻 > 基层", info.section());
    }

    // Rule: a field line with an empty 来源 field is dropped; the date is kept and the source stays null.
    @Test
    void fieldLineWithEmptyFieldsKeepsDate() {
        PageInfo info = dropsOne("发布时间:2021-03-18 来源:", "发布信息栏（发布日期 2021-03-18）");
        assertEquals(new PageInfo(null, null, LocalDate.of(2021, 3, 18), null, null, List.of(), null), info);
        assertNull(info.source());
    }

    // Rule: a field line with 来源 and 作者 keeps the source and the writer.
    @Test
    void fieldLineKeepsSourceAndAuthor() {
        PageInfo info = dropsOne("来源：工人日报 作者：张三", "发布信息栏（来源：工人日报）");
        assertEquals(new PageInfo(null, null, null, "工人日报", null, List.of("张三"), null), info);
    }

    // Rule: a share link line is dropped and tells nothing.
    @Test
    void shareLineDropped() {
        assertEquals(NOTHING, dropsOne("分享到:", "分享、打印或翻页链接"));
    }

    // Rule: print/close links are dropped and tell nothing.
    @Test
    void printCloseLinksDropped() {
        assertEquals(NOTHING, dropsOne("【打印】【关闭】", "分享、打印或翻页链接"));
    }

    // Rule: a 责任编辑 line is dropped and the editor is not taken for a writer.
    @Test
    void responsibleEditorDroppedNotAnAuthor() {
        assertEquals(NOTHING, dropsOne("责任编辑：李四", "发布信息栏"));
    }

    // Rule: an editor credit in brackets is dropped and is not taken for a writer.
    @Test
    void bracketedEditorDropped() {
        assertEquals(NOTHING, dropsOne("（编辑 王五）", "编辑署名"));
    }

    // Rule: a copyright footer is dropped.
    @Test
    void copyrightFooterDropped() {
        assertEquals(NOTHING, dropsOne("版权所有 ©2020 某某总工会", "网站页脚"));
    }

    // Rule: an ICP licence footer is dropped.
    @Test
    void icpFooterDropped() {
        assertEquals(NOTHING, dropsOne("蒙ICP备12345678号", "网站页脚"));
    }

    // Rule: an original title given in a footer is dropped and kept as footerTitle.
    @Test
    void originalTitleKeptAsFooterTitle() {
        PageInfo info = dropsOne("原标题：工会服务暖人心", "原标题说明（“工会服务暖人心”）");
        assertEquals(new PageInfo(null, null, null, null, null, List.of(), "工会服务暖人心"), info);
    }

    // Rule: body sentences that mention 来源 in the middle or 编辑出版《…》 are not chrome.
    @Test
    void ordinaryBodyLinesKept() {
        List<String> body = List.of(
                "据了解，这笔资金来源于市总工会的专项经费。",
                "这批慰问金的来源：市总工会和爱心企业。",
                "编辑出版《商洛工作(劳模专刊)》,在《商洛日报》、商洛电视台开辟劳模专栏。",
                "来源于基层的经验值得推广。");
        Chrome.Stripped s = Chrome.strip(body);
        assertEquals(body, s.lines());
        assertEquals(List.of(), s.dropped());
        assertEquals(NOTHING, s.info());
    }

    // Rule: a body sentence naming 承办单位 or 技术支持 is not a site footer (footers are whole footer lines).
    @Test
    void bodySentenceWithFooterWordKept() {
        List<String> body = List.of(
                "市总工会作为承办单位，组织了全市职工技能大赛。",
                "为企业技术革新提供技术支持，");
        Chrome.Stripped s = Chrome.strip(body);
        assertEquals(body, s.lines());
        assertEquals(List.of(), s.dropped());
    }

    // Rule: a short OCR body line that starts with 分享/打印 is text, not a share or print link.
    @Test
    void ocrLineStartingWithLinkWordKept() {
        List<String> body = List.of(
                "分享会上，6名劳模代表结合自身",
                "打印、复印等办公用品，");
        Chrome.Stripped s = Chrome.strip(body);
        assertEquals(body, s.lines());
        assertEquals(List.of(), s.dropped());
    }

    // Rule: dropped lines become blank in place, so the list keeps its size and line numbers.
    @Test
    void lineNumbersPreserved() {
        Chrome.Stripped s = strip(
                "欢迎访问内蒙古自治区总工会",
                "首页 > 基层频道 > 经验做法",
                "",
                "党工共建深度融合,服务职工有声有色",
                "发布时间:2021-03-18 来源:",
                "党对新时期工会工作发展给予了新的期望和目标。",
                "分享到:");
        assertEquals(List.of("", "", "", "党工共建深度融合,服务职工有声有色", "", "党对新时期工会工作发展给予了新的期望和目标。", ""),
                s.lines());
        assertEquals(List.of(1, 2, 5, 7), s.dropped().stream().map(Dropped::line).toList());
        assertEquals(new PageInfo("内蒙古自治区总工会", "首页 > 基层频道 > 经验做法", LocalDate.of(2021, 3, 18), null, null, List.of(), null),
                s.info());
    }
}
