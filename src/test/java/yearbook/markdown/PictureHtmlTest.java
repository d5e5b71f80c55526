package yearbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Pictures rendered with what the site knows of them: size, smaller copies, figures. */
class PictureHtmlTest {
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.create();

    /** Knows every picture as 1200 × 800 with one copy, and notes what it was asked. */
    private static final class Known implements Pictures {
        final List<String> asked = new ArrayList<>();

        @Override
        public Shown shown(String destination) {
            asked.add(destination);
            return destination.startsWith("unknown") ? null
                    : new Shown(1200, 800, List.of(new Copy("/s/" + destination.replace(".", "-480w."), 480)));
        }
    }

    @Test
    void aDocumentWithoutPicturesIsRenderedAsWithoutPicturesKnownAndNoneIsAskedFor() {
        String source = "# 标题\n\n正文[链接](a.md)，*强调*。\n\n> 引文\n\n- 一\n- 二\n\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n\n<span>HTML</span>\n";
        Known known = new Known();
        RenderedMarkdown plain = MARKDOWN.render(source, d -> "/x/" + d);
        RenderedMarkdown withPictures = MARKDOWN.render(source, d -> "/x/" + d, known);
        assertEquals(plain, withPictures);
        assertEquals(List.of(), known.asked);
        assertEquals(List.of(), withPictures.pictures());
    }

    @Test
    void aPictureAloneInItsParagraphOrQuotationIsAFigureOthersStayWhereTheyAre() {
        String source = """
                ![合影](a.jpg)

                > ![引文中的图](b.jpg "图注")

                文中![小图](c.jpg)。

                - ![列表中的图](d.jpg)

                [![链接中的图](e.jpg)](e.jpg)

                ![](f.jpg)

                ![未知](unknown.gif)
                """;
        RenderedMarkdown r = MARKDOWN.render(source, d -> "/s/" + d, new Known());
        String html = r.html();
        assertTrue(html.startsWith("<figure><img src=\"/s/a.jpg\" alt=\"合影\" width=\"1200\" height=\"800\""
                + " srcset=\"/s/a-480w.jpg 480w, /s/a.jpg 1200w\" sizes=\"" + PictureHtml.SIZES + "\""
                + " loading=\"lazy\" decoding=\"async\" /><figcaption>合影</figcaption></figure>\n"), html);
        assertTrue(html.contains("<blockquote>\n<figure><img src=\"/s/b.jpg\" alt=\"引文中的图\" title=\"图注\""), html);
        assertTrue(html.contains("<figcaption>图注</figcaption></figure>\n</blockquote>"), html);
        assertTrue(html.contains("<p>文中<img src=\"/s/c.jpg\" alt=\"小图\" width=\"1200\""), html);
        assertTrue(html.contains("<li><img src=\"/s/d.jpg\" alt=\"列表中的图\""), html);
        assertTrue(html.contains("<p><a href=\"/s/e.jpg\"><img src=\"/s/e.jpg\""), html);
        assertTrue(html.contains("<p><img src=\"/s/f.jpg\" alt=\"\" width=\"1200\""), "no caption, no figure: " + html);
        assertTrue(html.contains("<figure><img src=\"/s/unknown.gif\" alt=\"未知\" loading=\"lazy\" decoding=\"async\" />"
                + "<figcaption>未知</figcaption></figure>"), html);
        assertEquals(List.of(
                new Picture("a.jpg", 1, "合影", true),
                new Picture("b.jpg", 3, "引文中的图", true),
                new Picture("c.jpg", 5, "小图", false),
                new Picture("d.jpg", 7, "列表中的图", false),
                new Picture("e.jpg", 9, "链接中的图", false),
                new Picture("f.jpg", 11, "", false),
                new Picture("unknown.gif", 13, "未知", true)), r.pictures());
    }

    @Test
    void withoutPicturesKnownImagesAreCommonMarksOwn() {
        RenderedMarkdown r = MARKDOWN.render("![合影](a.jpg)\n");
        assertEquals("<p><img src=\"a.jpg\" alt=\"合影\" /></p>\n", r.html());
        assertEquals(List.of(new Picture("a.jpg", 1, "合影", false)), r.pictures());
    }

    @Test
    void aPictureKeepsItsSizeAndCopiesInADocumentWhoseHtmlIsCleaned() {
        RenderedMarkdown r = MARKDOWN.render("H<sub>2</sub>O<script>x()</script>\n\n![合影](a.jpg)\n", d -> "/s/" + d,
                new Known());
        assertEquals(1, r.removed().size(), r.removed().toString());
        assertTrue(r.html().contains("<figure><img src=\"/s/a.jpg\" alt=\"合影\" width=\"1200\" height=\"800\""
                + " srcset=\"/s/a-480w.jpg 480w, /s/a.jpg 1200w\" sizes=\"" + PictureHtml.SIZES + "\""
                + " loading=\"lazy\" decoding=\"async\"><figcaption>合影</figcaption></figure>"), r.html());
    }
}
