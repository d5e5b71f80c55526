package yearbook.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.importer.output.Draft;
import yearbook.importer.output.Outcome;

/** Pages of kinds the seeds do not show, each exercising one rule end to end. */
class UnseenPagesTest {
    @TempDir
    Path root;
    Path content;

    /** A paragraph of union work long enough to be an entry. */
    private static final String WORK = "全区各级工会深入开展劳动竞赛，组织职工参加技能比武，为困难职工送温暖，推动职工之家建设，工会组织覆盖面不断扩大。".repeat(6);

    @BeforeEach
    void project() throws IOException {
        content = ImportServiceTestSupport.contentFolder(root, "content");
    }

    private Outcome importPage(String text) throws IOException {
        Path page = root.resolve("page.txt");
        Files.writeString(page, text, StandardCharsets.UTF_8);
        return ImportService.forContent(content).run(new ImportOptions(List.of(page), content, false, null)).outcomes().get(0);
    }

    private static List<Draft> drafts(Outcome o) {
        return o.articles().stream().map(Outcome.Written::draft).toList();
    }

    // Rule: a headline naming another union body starts a new article even when the open one has no closing byline.
    @Test
    void anOrgNamedHeadlineStartsANewArticle() throws IOException {
        List<Draft> d = drafts(importPage("兰州市城关区总工会\n聚焦“八大群体”入会\n\n2020年，" + WORK
                + "\n\n安定区总工会多措并举推进产业工人队伍建设改革\n\n2020年，定西市安定区总工会" + WORK + "\n"));
        assertEquals(2, d.size());
        assertEquals("甘肃省/兰州市/城关区", d.get(0).region());
        assertEquals("安定区总工会多措并举推进产业工人队伍建设改革", d.get(1).title());
        assertEquals("甘肃省/定西市/安定区", d.get(1).region());
    }

    // Rule: a bracketed byline after a sentence's end closes the item; the next dateline is a new item.
    @Test
    void aBracketedBylineClosesAShortItem() throws IOException {
        Outcome o = importPage("东胜区总工会为环卫工人送清凉\n\n本报讯 7月20日，东胜区总工会开展“送清凉”活动，为职工送去防暑物品。（通讯员 李娜）\n\n"
                + "新华社呼和浩特8月21日电（记者 赵宇）内蒙古自治区总工会21日发布消息，全区工会为职工送去慰问物资。\n");
        assertEquals(2, o.left().size(), o.left().toString());
        assertTrue(o.left().get(0).what().contains("东胜区总工会为环卫工人送清凉"));
        assertTrue(o.left().get(1).what().contains("内蒙古自治区总工会21日"), o.left().get(1).what());
    }

    // Rule: a field line that starts with a timestamp is chrome; its source, writer and date are kept.
    @Test
    void aTimestampedFieldLineIsChromeAndKeepsItsFields() throws IOException {
        Draft d = drafts(importPage("您所在的位置：首页 >> 地方工会 >> 基层动态\n\n东城区总工会建设暖心驿站\n\n"
                + "2021-12-03 10:25:33  来源：工人日报  作者：刘洋  编辑：王晓\n【字体：大 中 小】  [打印本页] [关闭窗口]\n\n"
                + "2021年，东城区总工会" + WORK + "\n\n相关新闻：\n· 北京市总工会：为快递小哥送温暖\n· 全总：推动入会\n\n"
                + "扫一扫在手机打开当前页\n打印本页 | 关闭窗口\n主办：中华全国总工会  承办：工人日报社\n")).get(0);
        assertEquals("东城区总工会建设暖心驿站", d.title());
        assertEquals("工人日报", d.sourceName());
        assertEquals(List.of("刘洋"), d.authors());
        assertEquals("2021-12-03", String.valueOf(d.date()));
        assertEquals("首页 > 地方工会 > 基层动态", d.section());
        assertFalse(d.body().contains("北京市总工会：为快递小哥"), d.body());
        assertTrue(d.captions().isEmpty(), d.captions().toString());
    }

    // Rule: a number in a headline is a year only when marked as one (2019 宁夏…, 2018年…), not 2000余名.
    @Test
    void aHeadlineNumberIsNoYear() throws IOException {
        Draft d = drafts(importPage("2000余名一线职工同台比武\n\n2018年，昆都仑区总工会" + WORK + "\n")).get(0);
        assertEquals(2018, d.year());
    }

    // Rule: 二〇二一年 is a year, and a "2022年工作打算" section is flagged as plans.
    @Test
    void chineseNumeralYearsAndPlanSections() throws IOException {
        Draft d = drafts(importPage("海淀区总工会二〇二一年工作总结\n\n2021年，海淀区总工会" + WORK
                + "\n\n四、2022年工作打算\n\n2022年，区总工会将继续深化改革。\n\n2022年，区总工会将加强服务。\n")).get(0);
        assertEquals(2021, d.year());
        assertTrue(d.flags().toString().contains("小标题“四、2022年工作打算”下的2段写的是今后的打算"), d.flags().toString());
    }

    // Rule: a place named in passing (a trip to 徐州) does not decide between divisions of one name.
    @Test
    void aPlaceNamedInPassingDoesNotResolveAnAmbiguousName() throws IOException {
        Draft d = drafts(importPage("鼓楼区总工会关爱劳模\n\n2019年，鼓楼区总工会" + WORK + "组织32名劳模赴徐州开展疗休养。\n")).get(0);
        assertNull(d.region());
        assertTrue(d.path().startsWith("articles/unplaced/"), d.path());
        assertTrue(d.flags().toString().contains("地名“鼓楼区”不止一处"), d.flags().toString());
    }

    // Rule: a byline in brackets after 本报讯, and a contributing unit's byline, give the authors.
    @Test
    void bracketAndUnitBylines() throws IOException {
        Draft d = drafts(importPage("青山区总工会开展送温暖活动\n\n本报讯（记者 张宏伟 通讯员 李慧敏）日前，青山区总工会" + WORK
                + "（青山区总工会 陈静）\n")).get(0);
        assertEquals(List.of("张宏伟", "李慧敏", "青山区总工会", "陈静"), d.authors());
        assertTrue(d.body().startsWith("日前，青山区总工会"), d.body().substring(0, 20));
    }

    // Rule: a short entry with a subtitle or section headings is an article, not chronicle news.
    @Test
    void aStructuredShortEntryIsAnArticle() throws IOException {
        Outcome o = importPage("原州区总工会2019年工作\n——固原市原州区总工会2019年工作综述\n\n一、建会入会\n\n"
                + "2019年，原州区总工会新建基层工会组织32家，发展会员2100人。" + WORK.substring(0, 100) + "\n\n二、服务职工\n\n"
                + "全年为困难职工送温暖资金86万元，金秋助学资助困难职工子女120名。" + WORK.substring(0, 100) + "\n");
        assertEquals(1, o.articles().size(), o.left().toString());
        Draft d = o.articles().get(0).draft();
        assertEquals("固原市原州区总工会2019年工作综述", d.subtitle());
        assertTrue(d.body().contains("## 一、建会入会\n"), d.body());
    }

    // Rule: reposts' follow prompts and statements are chrome; a title given only as 原标题 is used.
    @Test
    void repostChromeAndAFooterTitle() throws IOException {
        Draft d = drafts(importPage("点击上方蓝字关注我们\n\n2020年，渭滨区总工会" + WORK + "\n\n阅读原文\n长按识别二维码关注我们\n"
                + "声明：本文转载自网络，版权归原作者所有，如有侵权请联系删除。\n原标题：《以赛促学 以赛促练》\n")).get(0);
        assertEquals("以赛促学 以赛促练", d.title());
        assertFalse(d.body().contains("声明"), d.body());
        assertTrue(d.captions().isEmpty(), d.captions().toString());
    }

    // Rule: a newspaper masthead gives the source's name, date and page.
    @Test
    void aMastheadGivesTheSource() throws IOException {
        Draft d = drafts(importPage("内蒙古工人报  2019年1月10日 星期四  第3版\n\n昆都仑区总工会技能比武\n\n2018年，昆都仑区总工会" + WORK + "\n")).get(0);
        assertEquals("内蒙古工人报", d.sourceName());
        assertEquals("第3版", d.sourcePage());
        assertEquals("2019-01-10", String.valueOf(d.sourceDate()));
        assertTrue(ImportServiceTestSupport.read(content, d).contains("  page: 第3版\n"));
    }

    // Rule: full-width and single-letter placeholders are flagged; xx is a placeholder, not an English word.
    @Test
    void placeholdersInTheirForms() throws IOException {
        Draft d = drafts(importPage("海淀区总工会工作\n\n2021年，海淀区总工会" + WORK + "在xx公司、ＸＸ科技有限公司设立站点。2021年X月X日，举办大赛。\n")).get(0);
        String flags = d.flags().toString();
        assertTrue(flags.contains("占位符“xx”") && flags.contains("占位符“ＸＸ”") && flags.contains("占位符“X”"), flags);
        assertFalse(flags.contains("英文单词“xx”"), flags);
    }

    // Rule: a page of one paragraph per line is not OCR text: spaces inside quoted slogans stay.
    @Test
    void oneParagraphPerLineIsNotOcr() throws IOException {
        StringBuilder page = new StringBuilder("西城区总工会工作纪实\n\n");
        for (int i = 0; i < 12; i++) {
            page.append("西城区总工会开展“学党史 悟思想 办实事”活动，").append(WORK.substring(0, 60)).append("\n\n");
        }
        Outcome o = importPage(page.toString());
        assertFalse(o.ocr());
        assertTrue(o.articles().get(0).draft().body().contains("“学党史 悟思想 办实事”"));
    }

    // Rule: a forum repost's poster, floor and counter lines are dropped; the archive's full-version link gives the title.
    @Test
    void aForumRepostGivesItsArticleAndTheArchiveTitle() throws IOException {
        Outcome o = importPage("楼主：老工会 发表于 2021-3-5 10:22\n查看: 1234|回复: 5\n只看该作者\n\n2020年，渭滨区总工会" + WORK
                + "\n\n1楼\n回复 引用\n\n查看完整版本: [-- 渭滨区总工会2020年工作回眸 --]\n");
        Draft d = drafts(o).get(0);
        assertEquals("渭滨区总工会2020年工作回眸", d.title());
        assertTrue(d.flags().stream().anyMatch(f -> f.titleUncertain() && f.message().contains("页脚")), d.flags().toString());
        assertFalse(d.body().contains("楼主") || d.body().contains("只看该作者") || d.body().contains("1楼"), d.body());
        assertTrue(o.chrome().stream().anyMatch(c -> c.reason().equals("论坛转帖的发帖信息")), o.chrome().toString());
    }

    // Rule: a WeChat mirror's meta line is dropped and gives the date; whitespace-only lines are blank lines.
    @Test
    void aWeChatMirrorLosesItsMetaLine() throws IOException {
        Draft d = drafts(importPage("东胜区总工会开展职工技能培训\n\n原创 李娜 东胜工会 2021-06-18 18:30 发表于内蒙古\n \u3000 \n"
                + "2021年，东胜区总工会" + WORK + "\n   \n" + "东胜区总工会还开展了“送教上门”活动，为职工讲授技能知识。".repeat(3) + "\n")).get(0);
        assertEquals("东胜区总工会开展职工技能培训", d.title());
        assertEquals("2021-06-18", String.valueOf(d.date()));
        assertFalse(d.body().contains("原创"), d.body());
    }

    // Rule: a traditional page with pinyin after each character gives the article, glosses removed, converted.
    @Test
    void aTraditionalPageWithPinyinGlosses() throws IOException {
        Draft d = drafts(importPage("蘭州市總工會(huì)建設(shè)工會(huì)驛站\n\n2023年,蘭州市總工會(huì)大力開(kāi)展工會(huì)驛站建設(shè),"
                + "全市建成運(yùn)行292家工會(huì)驛站,為環(huán)衛(wèi)工、快遞員、交警等戶外勞動(dòng)者提供休息、加熱、補(bǔ)水服務(wù)。"
                + "\n\n" + WORK + "\n")).get(0);
        assertEquals("兰州市总工会建设工会驿站", d.title());
        assertEquals("甘肃省/兰州市", d.region());
        assertFalse(d.body().contains("huì") || d.body().contains("("), d.body());
    }

    // Rule: a byline, a site-and-time line, a player's label or a column tag in the title's place is no title.
    @Test
    void linesThatAreNoTitleAreNotTakenAndAreFlagged() throws IOException {
        Draft byline = drafts(importPage("昆都仑区总工会举办技能比武\n记者 张宏伟\n\n2018年，昆都仑区总工会" + WORK + "\n")).get(0);
        assertEquals("昆都仑区总工会举办技能比武", byline.title());
        Draft tag = drafts(importPage("【部门动态】昆都仑区总工会举办技能比武\n\n2018年，昆都仑区总工会" + WORK + "\n")).get(0);
        assertEquals("昆都仑区总工会举办技能比武", tag.title());
        assertEquals("部门动态", tag.kicker());
        Draft bullet = drafts(importPage("• 昆都仑区总工会举办技能比武\n\n2018年，昆都仑区总工会" + WORK + "\n")).get(0);
        assertEquals("昆都仑区总工会举办技能比武", bullet.title());
        Draft player = drafts(importPage("昆都仑区总工会举办技能比武\n点击收听本文\n\n2018年，昆都仑区总工会" + WORK + "\n")).get(0);
        assertEquals("昆都仑区总工会举办技能比武", player.title());
        assertTrue(player.flags().stream().anyMatch(f -> f.titleUncertain() && f.message().contains("界面文字")), player.flags().toString());
    }

    // Rule: a year the body does not name comes from the events' month and day against the publication date.
    @Test
    void theCoveredYearFromDatedEvents() throws IOException {
        Draft d = drafts(importPage("东城区总工会慰问一线职工\n\n发布时间：2022-01-25 来源：工人日报\n\n1月24日，东城区总工会" + WORK + "\n")).get(0);
        assertEquals(2022, d.year());
        assertTrue(d.flags().stream().noneMatch(f -> f.message().startsWith("年份不确定")), d.flags().toString());
        Draft late = drafts(importPage("东城区总工会慰问一线职工\n\n发布时间：2022-01-05 来源：工人日报\n\n12月28日，东城区总工会" + WORK + "\n")).get(0);
        assertEquals(2021, late.year());
    }
}
