package yearbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.diag.ContentException;
import yearbook.diag.Diagnostic;
import yearbook.diag.Messages;
import yearbook.testing.TestFiles;

/**
 * Pictures in articles, built into a site and a book from real PNG and JPEG files: their size on the page, the
 * smaller copies for narrow screens, figures with captions, and the findings about them, in both languages.
 */
public class PicturesTest {
    @TempDir
    Path root;

    /** A picture with something in it: a gradient with stripes, so that scaling and compression have work to do. */
    public static void picture(Path file, int width, int height, String format) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = x * 255 / width;
                int g = y * 255 / height;
                int b = (x / 7 + y / 11) % 2 == 0 ? 200 : 60;
                img.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        Files.createDirectories(file.getParent());
        assertTrue(ImageIO.write(img, format, file.toFile()), "Java writes " + format);
    }

    static String article(String path, String slug, String body) {
        return "-- content/" + path + " --\n---\ntitle: " + slug + "\norganization: 乌海市总工会\nregion: 150300\nyear: 2018\n"
                + "slug: " + slug + "\n---\n" + body + "\n";
    }

    private BuildResult build(boolean pdf) throws IOException {
        return new BuildService("yearbook test").build(new BuildOptions(root.resolve("content"), TestFiles.templates(),
                root.resolve("site"), true, pdf, null), Progress.NONE);
    }

    private String page(String slug) throws IOException {
        return TestFiles.read(root.resolve("site/2019/" + slug + "/index.html"));
    }

    private static int width(Path file) throws IOException {
        return ImageIO.read(file.toFile()).getWidth();
    }

    private static int height(Path file) throws IOException {
        return ImageIO.read(file.toFile()).getHeight();
    }

    @Test
    void aPictureGetsItsSizeLazyLoadingAndSmallerCopiesMadeOnceForEveryPageThatShowsIt() throws IOException {
        picture(root.resolve("content/nm/img/meeting.jpg"), 2000, 1200, "jpg");
        picture(root.resolve("content/nm/img/chart.png"), 700, 350, "png");
        picture(root.resolve("content/nm/img/badge.png"), 300, 200, "png");
        TestFiles.write(root, TestFiles.BASICS + article("nm/a.md", "a", """
                第一段。

                ![职工代表大会](img/meeting.jpg)

                正文中的小图![徽章](img/badge.png)随文排。

                ![图表](img/chart.png "2018年会员人数")
                """) + article("nm/b.md", "b", "![职工代表大会](img/meeting.jpg)"));
        BuildResult r = build(false);
        assertEquals(List.of(), r.warnings().stream().map(Diagnostic::toString).toList());

        String a = page("a");
        assertTrue(a.contains("<figure><img src=\"/yb/nm/img/meeting.jpg\" alt=\"职工代表大会\" width=\"2000\" height=\"1200\""
                + " srcset=\"/yb/nm/img/meeting-480w.jpg 480w, /yb/nm/img/meeting-960w.jpg 960w, /yb/nm/img/meeting.jpg 2000w\""
                + " sizes=\"(max-width: 720px) 100vw, 680px\" loading=\"lazy\" decoding=\"async\" />"
                + "<figcaption>职工代表大会</figcaption></figure>"), a);
        // a picture inside a paragraph's text stays in it, with its size; one narrower than 480 pixels has no copies
        assertTrue(a.contains("<p>正文中的小图<img src=\"/yb/nm/img/badge.png\" alt=\"徽章\" width=\"300\" height=\"200\""
                + " loading=\"lazy\" decoding=\"async\" />随文排。</p>"), a);
        // the caption is the title when one is written; a picture between 480 and 960 pixels has one copy
        assertTrue(a.contains("<figure><img src=\"/yb/nm/img/chart.png\" alt=\"图表\" title=\"2018年会员人数\" width=\"700\""
                + " height=\"350\" srcset=\"/yb/nm/img/chart-480w.png 480w, /yb/nm/img/chart.png 700w\""), a);
        assertTrue(a.contains("<figcaption>2018年会员人数</figcaption>"), a);
        assertTrue(page("b").contains("srcset=\"/yb/nm/img/meeting-480w.jpg 480w, /yb/nm/img/meeting-960w.jpg 960w,"),
                page("b"));

        Path site = root.resolve("site");
        assertEquals(480, width(site.resolve("nm/img/meeting-480w.jpg")));
        assertEquals(288, height(site.resolve("nm/img/meeting-480w.jpg")));
        assertEquals(960, width(site.resolve("nm/img/meeting-960w.jpg")));
        assertEquals(576, height(site.resolve("nm/img/meeting-960w.jpg")));
        assertEquals(480, width(site.resolve("nm/img/chart-480w.png")));
        assertEquals(240, height(site.resolve("nm/img/chart-480w.png")));
        assertFalse(Files.exists(site.resolve("nm/img/chart-960w.png")), "no copy wider than the picture");
        assertFalse(Files.exists(site.resolve("nm/img/badge-480w.png")));
        assertArrayEquals(Files.readAllBytes(root.resolve("content/nm/img/meeting.jpg")),
                Files.readAllBytes(site.resolve("nm/img/meeting.jpg")), "the picture itself is published as it is");
        assertTrue(ImageIO.read(site.resolve("nm/img/meeting-960w.jpg").toFile()) != null, "a JPEG copy of a JPEG");

        // built again: the same bytes, copies included
        Map<String, byte[]> first = ReproducibleBuildTest.snapshot(site);
        build(false);
        ReproducibleBuildTest.assertSameSite(first, ReproducibleBuildTest.snapshot(site));
    }

    @Test
    void aFileOfTheContentNamedLikeACopyIsKeptAndNoCopyIsMadeInItsPlace() throws IOException {
        picture(root.resolve("content/img/photo.png"), 1000, 500, "png");
        picture(root.resolve("content/img/photo-480w.png"), 100, 100, "png");
        TestFiles.write(root, TestFiles.BASICS + article("a.md", "a", "![合影](img/photo.png)"));
        build(false);
        assertEquals(100, width(root.resolve("site/img/photo-480w.png")));
        assertTrue(page("a").contains("srcset=\"/yb/img/photo-960w.png 960w, /yb/img/photo.png 1000w\""), page("a"));
    }

    @Test
    void aPictureWithoutAlternativeTextIsAWarningOnItsLineInBothLanguages() throws IOException {
        picture(root.resolve("content/img/photo.png"), 200, 100, "png");
        TestFiles.write(root, TestFiles.BASICS + article("a.md", "a", """
                第一段。

                ![](img/photo.png)

                ![ ](img/photo.png "合影")
                """));
        BuildResult r = build(false);
        List<Diagnostic> w = r.warnings();
        assertEquals(2, w.size(), w.toString());
        Path content = root.resolve("content");
        assertEquals("a.md:10: warning: the picture 'img/photo.png' has no alternative text: write what it shows between"
                + " the brackets, as in ![工会干部走访慰问困难职工](img/photo.png), for readers who cannot see it (a picture"
                + " alone in its paragraph also shows it as its caption)", w.get(0).format(content));
        assertEquals("a.md:12: 警告: 图片 “img/photo.png” 没有替代文字：请在方括号里写明图片的内容，如"
                + " ![工会干部走访慰问困难职工](img/photo.png)，供看不见图片的读者使用（单独成段的图片也以它作图注）",
                w.get(1).format(content, Messages.CHINESE));
        assertEquals("picture-no-alt", w.get(1).code());
        // without a caption a picture stays in its paragraph; with a title it is a figure, whose caption the title is
        assertTrue(page("a").contains("<p><img src=\"/yb/img/photo.png\" alt=\"\" width=\"200\" height=\"100\""), page("a"));
        assertTrue(page("a").contains("<figcaption>合影</figcaption>"), page("a"));
    }

    @Test
    void aPictureThatIsNotAFileOfTheContentFolderIsAnErrorOnItsLineAndTheSiteIsKept() throws IOException {
        picture(root.resolve("outside.png"), 200, 100, "png");
        TestFiles.write(root, TestFiles.BASICS + article("a.md", "a", "正文。"));
        build(false);
        TestFiles.write(root, TestFiles.BASICS + article("a.md", "a", """
                ![合影](img/missing.png)

                ![合影](../outside.png)

                ![合影](https://example.org/photo.png)
                """));
        ContentException e = assertThrows(ContentException.class, () -> build(false));
        Path content = root.resolve("content");
        List<String> errors = e.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.format(content)).toList();
        assertEquals(List.of(
                "a.md:8: error: the picture 'img/missing.png' does not exist in the content folder: check the file's name"
                        + " and folder (the path starts from the article's own folder)",
                "a.md:10: error: the picture '../outside.png' is not a file in the content folder: the site and the book"
                        + " show only pictures from there; copy the file into the content folder (beside the article is"
                        + " simplest) and write its path from the article's folder, such as images/photo.jpg",
                "a.md:12: error: the picture 'https://example.org/photo.png' is not a file in the content folder: the site"
                        + " and the book show only pictures from there; copy the file into the content folder (beside the"
                        + " article is simplest) and write its path from the article's folder, such as images/photo.jpg"),
                errors);
        assertEquals("a.md:8: 错误: 内容文件夹里没有图片 “img/missing.png”：请检查文件名和所在文件夹（路径从文章所在的文件夹写起）",
                e.diagnostics().get(0).format(content, Messages.CHINESE));
        assertTrue(page("a").contains("正文。"), "the previous site is left as it was");
    }

    @Test
    void aFileThatIsNotAPictureJavaCanReadIsAWarningAndShownWithoutASize() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + article("a.md", "a", "![合影](photo.webp)")
                + "-- content/photo.webp --\nRIFF\n");
        BuildResult r = build(false);
        assertEquals(List.of("a.md:8: warning: the picture 'photo.webp' cannot be read as a PNG, JPEG or GIF picture, so"
                + " its size is not known: the page may jump while it loads and the book cannot print it; save it as JPEG"
                + " (photos) or PNG (charts)"), r.warnings().stream().map(d -> d.format(root.resolve("content"))).toList());
        assertTrue(page("a").contains("<figure><img src=\"/yb/photo.webp\" alt=\"合影\" loading=\"lazy\" decoding=\"async\" />"
                + "<figcaption>合影</figcaption></figure>"), page("a"));
    }

    @Test
    void aPictureWithTooFewPixelsForItsPrintedWidthIsAWarningThatSaysHowManyItNeeds() throws IOException {
        // A4, margins 22 and 18 mm, two columns 7 mm apart: a column is 81.5 mm wide, 963 pixels at 300 dpi
        picture(root.resolve("content/img/small.png"), 600, 400, "png");
        picture(root.resolve("content/img/large.jpg"), 1200, 800, "jpg");
        picture(root.resolve("content/img/table.png"), 1200, 600, "png");
        TestFiles.write(root, TestFiles.BASICS + article("a.md", "a", """
                ![小图](img/small.png)

                ![大图](img/large.jpg)
                """) + article("b.md", "b", """
                ![表旁的图](img/table.png)

                | 年份 | 人数 |
                |---|---|
                | 2018 | 12 |
                """));
        BuildResult r = build(true);
        Path content = root.resolve("content");
        assertEquals(List.of(
                "a.md:8: warning: the picture 'img/small.png' is printed 81.5 mm wide but has only 600 pixels across;"
                        + " a sharp print at 300 dpi needs 963: use a larger original, or it will print blurred",
                // an article with a table is set across the page: 170 mm, 2008 pixels
                "b.md:8: warning: the picture 'img/table.png' is printed 170 mm wide but has only 1200 pixels across;"
                        + " a sharp print at 300 dpi needs 2008: use a larger original, or it will print blurred"),
                r.warnings().stream().map(d -> d.format(content)).toList());
        assertEquals("a.md:8: 警告: 图片 “img/small.png” 印出宽 81.5 毫米，横向却只有 600 像素；按 300 dpi 清晰印刷需要 963 像素："
                + "请换用更大的原图，否则印出来会模糊", r.warnings().get(0).format(content, Messages.CHINESE));
        // a site without PDFs does not speak of print
        assertEquals(List.of(), build(false).warnings());
    }

    /** A JPEG file with an EXIF orientation mark put after its JFIF header. */
    static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] exif = {'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0,
            (byte) orientation, 0, 0, 0, 0, 0, 0};
        int app0 = 4 + ((jpeg[4] & 0xff) << 8 | (jpeg[5] & 0xff)); // SOI, then APP0 with its length
        assertEquals((byte) 0xE0, jpeg[3], "JFIF first");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(jpeg, 0, app0);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xff);
        out.write(exif, 0, exif.length);
        out.write(jpeg, app0, jpeg.length - app0);
        return out.toByteArray();
    }

    @Test
    void aJpegStoredOnItsSideIsAWarningAndGetsNoCopiesAndOneStoredUprightIsNot() throws IOException {
        for (int orientation : new int[] {6, 1}) {
            Path file = root.resolve("content/img/o" + orientation + ".jpg");
            picture(file, 1200, 800, "jpg");
            Files.write(file, withOrientation(Files.readAllBytes(file), orientation));
        }
        TestFiles.write(root, TestFiles.BASICS + article("a.md", "a", "![侧放](img/o6.jpg)\n\n![正放](img/o1.jpg)"));
        BuildResult r = build(false);
        assertEquals(List.of("a.md:8: warning: the picture 'img/o6.jpg' is stored on its side, upside down or mirrored,"
                + " with a mark (EXIF orientation) asking for it to be shown upright: browsers follow the mark, but the"
                + " book prints it as stored and the page cannot reserve its place; turn it upright in a picture editor"
                + " and save it"), r.warnings().stream().map(d -> d.format(root.resolve("content"))).toList());
        String a = page("a");
        assertTrue(a.contains("<img src=\"/yb/img/o6.jpg\" alt=\"侧放\" width=\"1200\" height=\"800\" loading="), a);
        assertTrue(a.contains("srcset=\"/yb/img/o1-480w.jpg 480w"), a);
        assertFalse(Files.exists(root.resolve("site/img/o6-480w.jpg")), "no copy that would show it on its side");
    }

    @Test
    void aPictureWhosePixelsCannotBeDecodedStopsTheBuildWithAFindingAndTheSiteIsKept() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + article("a.md", "a", "正文。"));
        build(false);
        Path file = root.resolve("content/img/cut.png");
        picture(file, 1000, 500, "png");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, 200)); // the header whole, the pixels cut off
        TestFiles.write(root, TestFiles.BASICS + article("a.md", "a", "![截断](img/cut.png)"));
        ContentException e = assertThrows(ContentException.class, () -> build(false));
        assertEquals(List.of(file + ": error: the picture 'img/cut.png' is damaged: its header can be read but not its"
                + " pixels, so its smaller copies cannot be made and the book cannot print it; save it again from the"
                + " original"), e.diagnostics().stream().map(Diagnostic::toString).toList());
        assertEquals(file + ": 错误: 图片 “img/cut.png” 已损坏：能读出文件头，却读不出像素，无法制作缩小的副本，年鉴也无法印出它；请从原图重新保存",
                e.diagnostics().get(0).format(null, Messages.CHINESE));
        assertTrue(page("a").contains("正文。"), "the previous site is left as it was");
    }
}
