package yearbook.importer.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import yearbook.importer.page.Unit.Kind;

class PageParserTest {

    private static List<String> texts(List<Unit> units) {
        return units.stream().map(Unit::text).toList();
    }

    private static List<Kind> kinds(List<Unit> units) {
        return units.stream().map(Unit::kind).toList();
    }

    private static Item only(Page page) {
        assertEquals(1, page.items().size(), "items: " + page.items());
        return page.items().get(0);
    }

    // Rule: OCR columns of short lines cut mid-word are joined; a short last line ending in 。 ends the paragraph.
    @Test
    void aPageOfManyShortLinesIsReadInLinearTime() {
        // each short line looked ahead to the end of the run of short lines for a headline: minutes for this page
        Page page = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> PageParser.parse(
                "乌海市总工会\n以四项举措抓基层\n\n" + "段\n\n".repeat(100_000)));
        assertTrue(page.ocr());
    }

    @Test
    void ocrColumnJoinedIntoParagraphs() {
        Page page = PageParser.parse("""
                记者昨日从乌海市总工会了
                解到，乌海市总工会以改革创
                新的四项举措抓基层、强基础，
                着力推进新形势下镇（街道）、
                园区工会建设。
                全市各级工会坚持“党建带工
                建”工作思路，以建会为基础，
                建制为保障，建家为目标，推动
                工会组织最大限度地把广大职
                工组织到工会中来。
                园区内非公企业工会组建率和
                职工入会率保持在九成以上。
                """);
        assertTrue(page.ocr());
        Item item = only(page);
        assertEquals(List.of(
                "记者昨日从乌海市总工会了解到，乌海市总工会以改革创新的四项举措抓基层、强基础，着力推进新形势下镇（街道）、园区工会建设。",
                "全市各级工会坚持“党建带工建”工作思路，以建会为基础，建制为保障，建家为目标，推动工会组织最大限度地把广大职工组织到工会中来。",
                "园区内非公企业工会组建率和职工入会率保持在九成以上。"), texts(item.body()));
        assertEquals(List.of(1, 6, 11), item.body().stream().map(Unit::first).toList());
        assertEquals(List.of(5, 10, 12), item.body().stream().map(Unit::last).toList());
    }

    // Rule: an OCR paragraph cut by a blank line mid-sentence (column break) is joined and the join recorded.
    @Test
    void ocrParagraphSplitByBlankLineJoined() {
        Page page = PageParser.parse("""
                充实新生力量，提高整体素
                质。市、区和工业园区的社会化工

                会工作者及集体协商指导员由
                33人增加到目前的49人，改变了
                缺人干事的局面。在此基础上，市
                总工会制定了配套制度并付诸实
                施，实现了“工会人干工会事”。为
                进一步提高工会干部的业务水平
                和干事能力，市总工会举办工会
                干部培训班3期，有210余人次接
                受培训。
                """);
        assertTrue(page.ocr());
        Item item = only(page);
        assertEquals(List.of("充实新生力量，提高整体素质。市、区和工业园区的社会化工会工作者及集体协商指导员由33人增加到目前的49人，"
                + "改变了缺人干事的局面。在此基础上，市总工会制定了配套制度并付诸实施，实现了“工会人干工会事”。"
                + "为进一步提高工会干部的业务水平和干事能力，市总工会举办工会干部培训班3期，有210余人次接受培训。"), texts(item.body()));
        assertEquals(List.of(new Page.Join(4, "…、区和工业园区的社会化工", "会工作者及集体协商指导员…", 1)), page.joins());
    }

    // Rule: on a web page a paragraph ending mid-sentence continues across a blank line, over a caption between.
    @Test
    void webParagraphSplitByBlankLineJoinedOverCaption() {
        Page page = PageParser.parse("""
                # 围绕大局勇担当

                工会组织开展了技能竞赛活动，参赛职工达到三千多人次，并评选出市技术标兵，

                图为技能竞赛现场

                带动各单位多渠道服务关爱职工。
                """);
        Item item = only(page);
        assertEquals(List.of("工会组织开展了技能竞赛活动，参赛职工达到三千多人次，并评选出市技术标兵，带动各单位多渠道服务关爱职工。"),
                texts(item.body()));
        assertEquals(List.of("图为技能竞赛现场"), texts(item.captions()));
        assertEquals(List.of(new Page.Join(7, "…次，并评选出市技术标兵，", "带动各单位多渠道服务关爱…", 1)), page.joins());
    }

    // Rule: a paragraph that ends with 。 is not joined to the next one.
    @Test
    void paragraphEndingWithFullStopNotJoined() {
        Page page = PageParser.parse("""
                # 围绕大局勇担当

                全年创建市以上职工之家五十五个，分类打造了一批过硬典型。

                带动各单位多渠道服务关爱职工，取得了很好的效果。
                """);
        Item item = only(page);
        assertEquals(List.of("全年创建市以上职工之家五十五个，分类打造了一批过硬典型。", "带动各单位多渠道服务关爱职工，取得了很好的效果。"),
                texts(item.body()));
        assertEquals(List.of(), page.joins());
    }

    // Rule: on a web page an indented line starts a new paragraph even when the line before is unfinished.
    @Test
    void indentedLineStartsParagraph() {
        Page page = PageParser.parse("""
                # 标题

                全市各级工会坚持党建带工建工作思路，以建会为基础，建制为保障，建家为目标，推动工会组织
                  最大限度地把广大职工组织到工会中来，并从有形覆盖向有效覆盖转化。
                """);
        assertFalse(page.ocr());
        Item item = only(page);
        assertEquals(List.of("全市各级工会坚持党建带工建工作思路，以建会为基础，建制为保障，建家为目标，推动工会组织",
                "最大限度地把广大职工组织到工会中来，并从有形覆盖向有效覆盖转化。"), texts(item.body()));
        assertEquals(List.of(false, true), item.body().stream().map(Unit::indented).toList());
    }

    // Rule (contrast): the same two lines without the indent are one paragraph on a web page.
    @Test
    void unindentedUnfinishedLineContinues() {
        Page page = PageParser.parse("""
                # 标题

                全市各级工会坚持党建带工建工作思路，以建会为基础，建制为保障，建家为目标，推动工会组织
                最大限度地把广大职工组织到工会中来，并从有形覆盖向有效覆盖转化。
                """);
        assertEquals(List.of("全市各级工会坚持党建带工建工作思路，以建会为基础，建制为保障，建家为目标，推动工会组织"
                + "最大限度地把广大职工组织到工会中来，并从有形覆盖向有效覆盖转化。"), texts(only(page).body()));
    }

    // Rule: markdown # is the title, ## ——… the subtitle, ### a heading in the body.
    @Test
    void markdownStructureKept() {
        Page page = PageParser.parse("""
                # 凝聚劳动者力量 彰显主人翁风采

                ## ——呼和浩特市总工会亮点工作扫描

                敕勒川，阴山下。

                ### 夯实工会基层基础，积极推进建会

                把更多职工群众组织到工会中来，是工会的职责与使命所在。
                """);
        Item item = only(page);
        assertEquals("凝聚劳动者力量 彰显主人翁风采", item.title());
        assertEquals("呼和浩特市总工会亮点工作扫描", item.subtitle());
        assertNull(item.kicker());
        assertEquals(List.of(Kind.PARA, Kind.HEADING, Kind.PARA), kinds(item.body()));
        assertEquals(List.of("敕勒川，阴山下。", "夯实工会基层基础，积极推进建会", "把更多职工群众组织到工会中来，是工会的职责与使命所在。"),
                texts(item.body()));
        assertEquals(3, item.body().get(1).level());
    }

    // Rule: a ---- subtitle on a plain page is found even after the (dropped) date line below the title.
    @Test
    void dashSubtitleAfterDateLine() {
        Page page = PageParser.parse("""
                党工共建深度融合,服务职工有声有色

                发布时间:2021-03-18 来源:
                   ----鄂托克前旗总工会抓党建促工会工作纪实

                党对新时期工会工作发展给予了新的期望和目标,对工会工作重新进行了定位,加强了对工会工作的重视程度。
                """);
        Item item = only(page);
        assertEquals("党工共建深度融合，服务职工有声有色", item.title());
        assertEquals("鄂托克前旗总工会抓党建促工会工作纪实", item.subtitle());
        assertEquals(List.of("党对新时期工会工作发展给予了新的期望和目标，对工会工作重新进行了定位，加强了对工会工作的重视程度。"),
                texts(item.body()));
        assertEquals(java.time.LocalDate.of(2021, 3, 18), page.info().date());
    }

    // Rule: an organisation line above the title on a plain page is the kicker.
    @Test
    void kickerAndTitleOnPlainPage() {
        Page page = PageParser.parse("""
                乌海市总工会
                以四项举措抓基层 强基础

                本报讯 记者昨日从乌海市总工会了解到，乌海市总工会以改革创新的四项举措抓基层、强基础。
                """);
        Item item = only(page);
        assertEquals("乌海市总工会", item.kicker());
        assertEquals("以四项举措抓基层 强基础", item.title());
        assertNull(item.subtitle());
        assertEquals(List.of("记者昨日从乌海市总工会了解到，乌海市总工会以改革创新的四项举措抓基层、强基础。"), texts(item.body()));
    }

    // Rule: numbered leads (一、… and （二）…) inside an article become body headings.
    @Test
    void numberedLeadsBecomeHeadings() {
        Page page = PageParser.parse("""
                # 党工共建深度融合

                鄂托克前旗总工会积极实施党工共建工作新模式，每月开展一次主题党日活动。

                一、坚持以思想为统领

                一是扎实开展理论学习，累计开展集中学习、主题党日活动、讲党课50余次。

                （二）坚持以党建带工建

                旗总工会把服务全旗职工群众作为重点工作来抓。
                """);
        Item item = only(page);
        assertEquals(List.of(Kind.PARA, Kind.HEADING, Kind.PARA, Kind.HEADING, Kind.PARA), kinds(item.body()));
        assertEquals("一、坚持以思想为统领", item.body().get(1).text());
        assertEquals(2, item.body().get(1).level());
        assertEquals("（二）坚持以党建带工建", item.body().get(3).text());
        assertEquals(3, item.body().get(3).level());
    }

    // Rule: a byline closes an item; the headline after it starts the next item (two articles, two items).
    @Test
    void bylineClosesItemAndNextHeadlineStartsNewOne() {
        Page page = PageParser.parse("""
                商洛市总工会
                围绕大局勇担当 服务职工谱华章

                2018年，商洛市总工会和4个县（区）总工会被表彰为第三届劳模集体。

                □通讯员 杨开泰

                宁夏工会的行与思

                2019年7月10日上午，宁夏回族自治区党委书记石泰峰来到自治区总工会调研。

                （刘畅 王瑞波）
                """);
        assertEquals(2, page.items().size());
        Item first = page.items().get(0);
        Item second = page.items().get(1);
        assertEquals("商洛市总工会", first.kicker());
        assertEquals("围绕大局勇担当 服务职工谱华章", first.title());
        assertEquals(List.of("杨开泰"), first.authors());
        assertEquals(List.of("2018年，商洛市总工会和4个县（区）总工会被表彰为第三届劳模集体。"), texts(first.body()));
        assertNull(second.kicker());
        assertEquals("宁夏工会的行与思", second.title());
        assertEquals(List.of("刘畅", "王瑞波"), second.authors());
        assertEquals(List.of("2019年7月10日上午，宁夏回族自治区党委书记石泰峰来到自治区总工会调研。"), texts(second.body()));
        assertEquals(List.of(1, 2), page.items().stream().map(Item::index).toList());
    }

    // Rule: a byline closes an item and a markdown headline with a 有话直说 label starts the next, labelled.
    @Test
    void commentaryLabelGivesItemLabel() {
        Page page = PageParser.parse("""
                # 以“脱贫摘帽”为契机 打造工作亮点和品牌

                2018年，定边县总工会深入学习贯彻党的十九大精神，全力打造工作亮点和品牌。

                □杨万莲 赵艳莉

                # 坚守服务职工是根本

                ### 有话直说

                近年来，一些地方工人文化宫突破自身建设与发展的痛点、难点，实现成功转型。

                □韩福超
                """);
        assertEquals(2, page.items().size());
        Item first = page.items().get(0);
        Item second = page.items().get(1);
        assertEquals("以“脱贫摘帽”为契机 打造工作亮点和品牌", first.title());
        assertEquals(List.of("杨万莲", "赵艳莉"), first.authors());
        assertNull(first.label());
        assertEquals("坚守服务职工是根本", second.title());
        assertEquals("有话直说", second.label());
        assertEquals(List.of("韩福超"), second.authors());
        assertEquals(List.of("近年来，一些地方工人文化宫突破自身建设与发展的痛点、难点，实现成功转型。"), texts(second.body()));
    }

    // Rule: photo captions (图为…, a line ending in □通讯员 X 摄, a lone line between wide gaps) leave the body.
    @Test
    void photoCaptionsLeaveBody() {
        Page page = PageParser.parse("""
                # 标题

                全市工会共举办职工书画摄影、笔会及羽毛球比赛等文体活动20余场，丰富了职工生活。

                图为海勃湾区工业园区工会干部作经验发言

                各基层工会开展了生动活泼、特色鲜明的群众性职工文体活动200余场。

                12月26日晚，喜河水力发电厂元旦联欢会热闹开场，全体员工欢聚一堂。 □通讯员 解谨伊 摄

                全市各级工会从塑造广大职工群众朝气蓬勃的整体形象出发，开展活动。


                呼和浩特市总工会启动2018“送清凉”活动


                市总工会还支持三个区总工会打破选人用人常规。
                """);
        Item item = only(page);
        assertEquals(List.of(
                "全市工会共举办职工书画摄影、笔会及羽毛球比赛等文体活动20余场，丰富了职工生活。",
                "各基层工会开展了生动活泼、特色鲜明的群众性职工文体活动200余场。",
                "全市各级工会从塑造广大职工群众朝气蓬勃的整体形象出发，开展活动。",
                "市总工会还支持三个区总工会打破选人用人常规。"), texts(item.body()));
        assertEquals(List.of(5, 9, 14), item.captions().stream().map(Unit::first).toList());
        assertEquals(List.of(Kind.CAPTION, Kind.CAPTION, Kind.CAPTION), kinds(item.captions()));
        assertEquals("图为海勃湾区工业园区工会干部作经验发言", item.captions().get(0).text());
        assertTrue(item.captions().get(1).text().startsWith("12月26日晚，喜河水力发电厂元旦联欢会热闹开场，全体员工欢聚一堂。"),
                item.captions().get(1).text());
        assertTrue(item.captions().get(1).text().endsWith("摄"), item.captions().get(1).text());
        assertEquals("呼和浩特市总工会启动2018“送清凉”活动", item.captions().get(2).text());
        assertEquals(List.of(), page.looseCaptions());
    }

    // Rule: a caption outside any article goes to the page's loose captions.
    @Test
    void captionOutsideItemIsLoose() {
        Page page = PageParser.parse("""
                图为海勃湾区工业园区工会干部作“双创优”典型经验发言（2018年 11月 30日拍摄）
                """);
        assertEquals(List.of(), page.items());
        assertEquals(List.of("图为海勃湾区工业园区工会干部作“双创优”典型经验发言（2018年11月30日拍摄）"), texts(page.looseCaptions()));
    }

    // Rule: 本报讯 is stripped from the first paragraph and marks the item as news.
    @Test
    void newsMarkerStrippedAndNewsFlagSet() {
        Page page = PageParser.parse("""
                # 乌海市总工会以四项举措抓基层

                本报讯 记者昨日从乌海市总工会了解到，乌海市总工会以改革创新的四项举措抓基层、强基础。

                本报讯的说法在第二段里不再去掉，这里只是普通的一句话。
                """);
        Item item = only(page);
        assertTrue(item.news());
        assertEquals(List.of("记者昨日从乌海市总工会了解到，乌海市总工会以改革创新的四项举措抓基层、强基础。",
                "本报讯的说法在第二段里不再去掉，这里只是普通的一句话。"), texts(item.body()));
    }

    // Rule (contrast): an item without a dateline marker is not news.
    @Test
    void itemWithoutMarkerIsNotNews() {
        Page page = PageParser.parse("""
                # 乌海市总工会以四项举措抓基层

                记者昨日从乌海市总工会了解到，乌海市总工会以改革创新的四项举措抓基层、强基础。
                """);
        assertFalse(only(page).news());
    }
}
