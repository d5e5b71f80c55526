package yearbook.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import yearbook.config.PrintSettings;
import yearbook.config.Settings;

class PrintHtmlTest {
    static final Settings SETTINGS = new Settings("年鉴", null, null, null, "https://example.org/yb/", "zh-CN", 1,
            "{title} {volume}", null, 50, false, true, yearbook.config.RawHtml.SAFE, java.util.List.of(), PrintSettings.defaults(),
            yearbook.config.Colophon.none(), java.util.List.of(), java.util.List.of(), Settings.DEFAULT_PAGE_SIZE, 0, yearbook.config.VolumePart.USUAL);

    @Test
    void headingsMoveBelowTheArticleTitleAndIdsBecomeUnique() {
        String html = PrintHtml.adapt("<h2 id=\"gai-kuang\">概况</h2><p><a href=\"#gai-kuang\">见上</a></p><h3 id=\"x\">细</h3>",
                "a-3", 2, Map.of(), SETTINGS);
        assertEquals("<h4 id=\"a-3-gai-kuang\">概况</h4><p><a href=\"#a-3-gai-kuang\">见上</a></p><h5 id=\"a-3-x\">细</h5>", html);
    }

    @Test
    void linksToArticlesOfTheBookStayInsideThePdfOthersBecomeAbsolute() {
        String html = PrintHtml.adapt("<p><a href=\"/yb/2019/wuhai/\">乌海</a> <a href=\"/yb/2019/wuhai/#jie-guo\">结果</a> "
                + "<a href=\"/yb/2020/other/\">另一卷</a> <a href=\"https://acftu.org/\">全总</a> "
                + "<img src=\"/yb/2019/wuhai/photo.jpg\" alt=\"图\"></p>", "a-1", 0, Map.of("/yb/2019/wuhai/", "a-7"), SETTINGS);
        assertEquals("<p><a href=\"#a-7\">乌海</a> <a href=\"#a-7-jie-guo\">结果</a> "
                + "<a href=\"https://example.org/yb/2020/other/\">另一卷</a> <a href=\"https://acftu.org/\">全总</a> "
                + "<img src=\"2019/wuhai/photo.jpg\" alt=\"图\"></p>", html);
    }
}
