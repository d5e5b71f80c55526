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

    @Test
    void aPictureOfTheSiteIsPrintedAcrossItsColumnAsANumberedFigureWithoutWhatOnlyScreensUse() {
        String site = "<p>正文。</p>\n<figure><img src=\"/yb/2019/wuhai/photo.jpg\" alt=\"合影\" width=\"2000\" height=\"1200\""
                + " srcset=\"/yb/2019/wuhai/photo-480w.jpg 480w, /yb/2019/wuhai/photo.jpg 2000w\" sizes=\"100vw\""
                + " loading=\"lazy\" decoding=\"async\" /><figcaption>职工代表大会合影</figcaption></figure>\n"
                + "<figure><img src=\"/yb/2019/wuhai/tall.png\" alt=\"长图\" width=\"400\" height=\"2000\" />"
                + "<figcaption>长图</figcaption></figure>";
        // A4 with margins of 22 and 18 mm and two columns 7 mm apart: 81.5 mm; a picture is at most half the text
        // block's 247 mm tall, a tall one narrowed to fit
        assertEquals("<p>正文。</p>\n<figure class=\"figure\"><img src=\"2019/wuhai/photo.jpg\" alt=\"合影\""
                + " style=\"width: 81.5mm; height: 48.9mm\"><figcaption>图 1\u3000职工代表大会合影</figcaption></figure>\n"
                + "<figure class=\"figure\"><img src=\"2019/wuhai/tall.png\" alt=\"长图\" style=\"width: 24.7mm; height: 123.5mm\">"
                + "<figcaption>图 2\u3000长图</figcaption></figure>", PrintHtml.adapt(site, "a-1", 0, Map.of(), SETTINGS));
        // across the page, in an article with a table: 170 mm
        String wide = PrintHtml.adapt("<p><img src=\"/yb/a.png\" alt=\"\" width=\"1700\" height=\"850\" /></p><table></table>",
                "a-2", 0, Map.of(), SETTINGS);
        assertEquals("<p><img src=\"a.png\" alt=\"\" style=\"width: 170mm; height: 85mm\"></p>", wide.substring(0, wide.indexOf("<table")));
    }

    @Test
    void thePixelsAPrintedPictureNeedsAt300Dpi() {
        assertEquals(963, PrintedPictures.pixelsNeeded(81.5));
        assertEquals(2008, PrintedPictures.pixelsNeeded(170));
        assertEquals(300, PrintedPictures.pixelsNeeded(25.4));
    }
}
