package yearbook.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.importer.formats.Fixtures;
import yearbook.importer.output.Draft;
import yearbook.importer.output.Outcome;

/** Word files, saved web pages and PDFs, made by the libraries that write them, imported end to end. */
class FormatsImportTest {
    @TempDir
    Path root;
    Path content;

    @BeforeEach
    void project() throws IOException {
        content = ImportServiceTestSupport.contentFolder(root, "content");
    }

    private ImportResult importFiles(Path... files) throws IOException {
        return ImportService.forContent(content).run(new ImportOptions(List.of(files), content, false, null));
    }

    private Outcome importFile(String name, byte[] bytes) throws IOException {
        Path f = root.resolve(name);
        Files.write(f, bytes);
        return importFiles(f).outcomes().get(0);
    }

    private static Draft only(Outcome o) {
        assertFalse(o.failed(), o.error());
        assertEquals(1, o.articles().size(), o.left() + " " + o.articles());
        return o.articles().get(0).draft();
    }

    @Test
    void aWordFileGivesTitleHeadingsAcceptedChangesAndReportsWhatWasLeftOut() throws IOException {
        Outcome o = importFile("供稿.docx", Fixtures.docx());
        Draft d = only(o);
        assertEquals("定边县总工会2019年工作综述", d.title());
        assertEquals("榆林市定边县总工会供稿", d.subtitle());
        assertEquals("陕西省/榆林市/定边县", d.region());
        assertEquals(2019, d.year());
        assertTrue(d.body().contains("## 一、建会入会\n"), d.body());
        assertTrue(d.body().contains("## 二、服务职工\n"), d.body());
        assertTrue(d.body().contains("全年新建基层工会32家。"), "a tracked insertion is kept: " + d.body());
        assertFalse(d.body().contains("已经删去"), "a tracked deletion is left out: " + d.body());
        assertFalse(d.body().contains("数字请再核对"), "a comment is left out: " + d.body());
        assertEquals("Word 文档（.docx）", o.format());
        String notes = String.join("\n", o.notes());
        assertTrue(notes.contains("插入 1 处保留，删除 1 处不要"), notes);
        assertTrue(notes.contains("批注 1 条没有导入：“数字请再核对”"), notes);
        assertTrue(notes.contains("表格 1 个，其中 1 个作为 markdown 表格（GFM）放进了文章"), notes);
        assertTrue(d.body().contains("\n| 项目 | 数量 |\n| --- | --- |\n| 新建工会 | 32家 |\n"), "the table is a GFM table: " + d.body());
        assertFalse(d.body().contains("项目 | 数量 / 新建工会"), "the table's line of text is gone: " + d.body());
        assertTrue(d.captions().isEmpty(), d.captions().toString());
        assertTrue(d.flags().stream().noneMatch(f -> f.message().contains("半句处结束")), d.flags().toString());
        String report = Files.readString(content.resolve("_import-report.md"));
        assertTrue(report.contains("格式：Word 文档（.docx）"), report);
        assertTrue(report.contains("批注 1 条没有导入"), report);
        assertTrue(d.flags().stream().noneMatch(f -> f.titleUncertain()), d.flags().toString());
    }

    @Test
    void aSavedWebPageGivesItsMainTextAndMetadataWithoutMenusOrLinks() throws IOException {
        Outcome o = importFile("page.html", Fixtures.html("utf-8").getBytes(StandardCharsets.UTF_8));
        Draft d = only(o);
        assertEquals("靖边县总工会举办职工技能大赛", d.title());
        assertEquals("陕西省/榆林市/靖边县", d.region());
        assertEquals("2020-11-05", String.valueOf(d.date()));
        assertEquals("榆林日报", d.sourceName());
        assertEquals(List.of("李华"), d.authors());
        assertEquals(2020, d.year());
        assertTrue(d.body().startsWith("2020年10月，榆林市靖边县总工会举办"), d.body());
        assertTrue(d.body().contains("## 赛出水平"), d.body());
        for (String chrome : List.of("关于我们", "全国总工会召开会议", "横山区总工会开展送清凉活动", "版权所有", "点击收听", "音频播放")) {
            assertFalse(d.body().contains(chrome), chrome + " is chrome: " + d.body());
        }
        assertTrue(d.flags().stream().noneMatch(f -> f.titleUncertain()), "h1 and <title> agree: " + d.flags());
        assertEquals("网页（HTML）", o.format());
    }

    @Test
    void aWebPageInGbkIsReadByItsMetaCharsetAndATitleOnlyInTitleIsFlagged() throws IOException {
        String page = Fixtures.html("gb2312").replace("<h1>靖边县总工会举办职工技能大赛</h1>", "");
        Outcome o = importFile("page.htm", page.getBytes(Charset.forName("GBK")));
        Draft d = only(o);
        assertTrue(o.encoding().contains("GB18030"), o.encoding());
        assertEquals("靖边县总工会举办职工技能大赛", d.title());
        assertTrue(d.flags().stream().anyMatch(f -> f.titleUncertain() && f.message().contains("只见于网页标题")), d.flags().toString());
        String report = Files.readString(content.resolve("_import-report.md"));
        assertTrue(report.contains("## 标题拿不准的文章（1篇）"), report);
        assertTrue(report.contains("- 《靖边县总工会举办职工技能大赛》（" + root.resolve("page.htm")), report);
    }

    @Test
    void aTwoColumnPdfIsReadColumnByColumn() throws IOException {
        String left = "2019年，榆林市定边县总工会" + Fixtures.WORK + Fixtures.MORE + "左栏最后一句在此结束。";
        String right = "右栏开头的话接着说，" + Fixtures.EVEN_MORE + Fixtures.LAST + "全年为职工办实事42件。";
        Outcome o = importFile("paper.pdf", Fixtures.twoColumnPdf("定边县总工会服务职工纪实", left, right));
        Draft d = only(o);
        assertEquals("定边县总工会服务职工纪实", d.title());
        assertEquals("陕西省/榆林市/定边县", d.region());
        String body = d.body().replace("\n", "");
        assertTrue(body.contains(left), "the left column whole, its lines joined: " + d.body());
        assertTrue(body.contains(right), "the right column whole: " + d.body());
        assertTrue(body.indexOf(left) < body.indexOf(right), "left column first: " + d.body());
        assertEquals("PDF", o.format());
    }

    @Test
    void aScannedPdfIsRefusedWithTheReason() throws IOException {
        Outcome o = importFile("scan.pdf", Fixtures.scannedPdf());
        assertTrue(o.failed());
        assertTrue(o.error().contains("扫描件") && o.error().contains("OCR"), o.error());
        assertTrue(Files.readString(content.resolve("_import-report.md")).contains("扫描件"));
    }

    @Test
    void theFormatComesFromTheBytesNotTheName() throws IOException {
        Path in = root.resolve("in");
        Files.createDirectories(in);
        Files.write(in.resolve("a-word-file.txt"), Fixtures.docx());
        Files.write(in.resolve("b-web-page.pdf"), Fixtures.html("utf-8").getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("c-pdf.html"), Fixtures.twoColumnPdf("定边县总工会服务职工纪实",
                "2019年，榆林市定边县总工会" + Fixtures.WORK + Fixtures.MORE, Fixtures.EVEN_MORE + Fixtures.LAST));
        Files.write(in.resolve("d-old-word.docx"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0});
        List<Outcome> out = importFiles(in).outcomes();
        assertEquals(4, out.size());
        assertEquals("Word 文档（.docx）", out.get(0).format());
        assertEquals("网页（HTML）", out.get(1).format());
        assertEquals("PDF", out.get(2).format());
        for (int i = 0; i < 3; i++) {
            assertEquals(1, out.get(i).articles().size(), out.get(i).toString());
        }
        assertTrue(out.get(3).failed() && out.get(3).error().contains("另存为"), out.get(3).error());
    }

    @Test
    void importingTheNewFormatsTwiceChangesNothing() throws IOException {
        Path in = root.resolve("twice");
        Files.createDirectories(in);
        Files.write(in.resolve("a.docx"), Fixtures.docx());
        Files.write(in.resolve("b.html"), Fixtures.html("utf-8").getBytes(StandardCharsets.UTF_8));
        importFiles(in);
        List<Outcome> again = importFiles(in).outcomes();
        for (Outcome o : again) {
            for (Outcome.Written w : o.articles()) {
                assertEquals(Outcome.Status.UNCHANGED, w.status(), w.draft().path());
            }
        }
    }

    // Rule: a Word file's pictures are written beside the article, named by their content, each after the paragraph
    // it followed, with its caption (the paragraph after it in a caption style, or one before it starting with 图为);
    // the captions are not left in the text; a picture a browser cannot show is not written out, and the report says so.
    @Test
    void aWordFilesPicturesAreWrittenBesideTheArticleWithTheirCaptions() throws IOException {
        Outcome o = importFile("图片.docx", Fixtures.docxWithPictures());
        Draft d = only(o);
        Path folder = content.resolve(d.path()).getParent();
        List<Path> pictures;
        try (var files = Files.list(folder)) {
            pictures = files.filter(f -> f.getFileName().toString().startsWith("photo-")).sorted().toList();
        }
        assertEquals(2, pictures.size(), pictures.toString());
        for (Path p : pictures) {
            assertTrue(p.getFileName().toString().matches("photo-[0-9a-f]{16}\\.png"), p.toString());
            assertTrue(d.body().contains("](" + p.getFileName() + ")"), d.body());
        }
        String body = d.body();
        int first = body.indexOf("![图1 定边县职工技能大赛现场](photo-");
        int second = body.indexOf("![图为劳模工匠宣讲会现场](photo-");
        assertTrue(first > body.indexOf("参加比赛的职工") && first < body.indexOf("二、服务职工"), body);
        assertTrue(second > body.indexOf("二、服务职工"), body);
        assertEquals(body.indexOf("图1 定边县职工技能大赛现场"), body.lastIndexOf("图1 定边县职工技能大赛现场"), "the caption is only the picture's: " + body);
        assertEquals(body.indexOf("图为劳模工匠宣讲会现场"), body.lastIndexOf("图为劳模工匠宣讲会现场"), body);
        assertTrue(java.util.Arrays.equals(Fixtures.png(java.awt.Color.RED), Files.readAllBytes(folder.resolve(
                body.substring(first, body.indexOf(')', first)).replaceAll(".*\\(", "")))), "the first picture is the red one");
        String notes = String.join("\n", o.notes());
        assertTrue(notes.contains("图片 3 张，其中 2 张放进了文章"), notes);
        assertTrue(notes.contains("有 1 张图片的格式网页不能显示"), notes);
        String report = Files.readString(content.resolve("_import-report.md"));
        assertTrue(report.contains("写在文章旁边的图片（2张）"), report);

        // again: the same files, nothing changed, no other file
        Outcome again = importFile("图片.docx", Fixtures.docxWithPictures());
        assertEquals(Outcome.Status.UNCHANGED, again.articles().get(0).status());
        try (var files = Files.list(folder)) {
            assertEquals(pictures, files.filter(f -> f.getFileName().toString().startsWith("photo-")).sorted().toList());
        }
        // a picture the editor replaced is kept
        Files.write(pictures.get(0), new byte[] {1, 2, 3});
        Outcome third = importFile("图片.docx", Fixtures.docxWithPictures());
        assertTrue(third.articles().get(0).notes().stream().anyMatch(n -> n.contains("在导入后被改过")), third.articles().get(0).notes().toString());
        assertTrue(java.util.Arrays.equals(new byte[] {1, 2, 3}, Files.readAllBytes(pictures.get(0))));
    }

    // Rule: a saved page's pictures in its main text are taken from the files saved beside it, with their captions
    // (a <figcaption>, or the paragraph after that starts with 图为); a picture on the network or outside the page's
    // folder is not taken, and the report says how many were not.
    @Test
    void aSavedPagesPicturesComeFromTheFilesBesideIt() throws IOException {
        Path in = root.resolve("saved");
        Files.createDirectories(in.resolve("page_files"));
        Files.write(in.resolve("page_files/a.png"), Fixtures.png(java.awt.Color.RED));
        Files.write(in.resolve("page_files/b.bin"), Fixtures.png(java.awt.Color.GREEN)); // a PNG by its bytes
        Files.write(root.resolve("outside.png"), Fixtures.png(java.awt.Color.BLUE));
        String page = Fixtures.html("utf-8").replace("<h3>赛出水平</h3>", """
                <figure><img src="page_files/a.png" alt="现场"><figcaption>图1 靖边县职工技能大赛焊工比赛现场</figcaption></figure>
                <h3>赛出水平</h3>
                <p><img src="page_files/b.bin"></p><p>图为获奖职工领取证书</p>
                <p><img src="http://example.com/c.png"><img src="../outside.png"></p>
                """);
        Files.writeString(in.resolve("page.html"), page);
        Outcome o = importFiles(in.resolve("page.html")).outcomes().get(0);
        Draft d = only(o);
        String body = d.body();
        assertTrue(body.contains("![图1 靖边县职工技能大赛焊工比赛现场](photo-"), body);
        assertTrue(body.contains("![图为获奖职工领取证书](photo-"), body);
        assertTrue(body.indexOf("![图1") < body.indexOf("赛出水平") && body.indexOf("![图为") > body.indexOf("赛出水平"), body);
        assertEquals(body.indexOf("图为获奖职工领取证书"), body.lastIndexOf("图为获奖职工领取证书"), body);
        Path folder = content.resolve(d.path()).getParent();
        try (var files = Files.list(folder)) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("photo-")).sorted().toList();
            assertEquals(2, names.size(), names.toString());
            assertTrue(names.stream().allMatch(n -> n.endsWith(".png")), names.toString());
        }
        String notes = String.join("\n", o.notes());
        assertTrue(notes.contains("网页正文里有 2 张图片没有取出"), notes);
        assertTrue(notes.contains("保存了 2 张，其中 2 张放进了文章"), notes);
    }
}
