package yearbook.importer.formats;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

/**
 * Real files for the importer's tests, made here by the libraries that write them: Word files by Apache POI,
 * PDFs by PDFBox (with the tool's own Chinese font), web pages as saved by a browser.
 */
public final class Fixtures {
    private Fixtures() {
    }

    /** A paragraph of union work long enough to be an entry. */
    public static final String WORK = "全县各级工会深入开展劳动竞赛，组织职工参加技能比武，为困难职工送温暖，推动职工之家建设，工会组织覆盖面不断扩大。";

    /** More of it, other words. */
    public static final String MORE = "县总工会深化产业工人队伍建设改革，在重点企业开展“师带徒”活动，结对师徒86对，评选县级劳动模范和五一劳动奖章获得者25名，"
            + "选树工匠人才12名，建成劳模创新工作室5个，职工技术创新成果获得国家专利9项。";
    /** And more. */
    public static final String EVEN_MORE = "在维护职工权益方面，县总工会推行集体协商制度，签订工资专项集体合同46份，覆盖职工1.2万人；开展农民工工资支付专项检查，"
            + "帮助农民工追回欠薪320万元；县职工法律援助中心接待来访职工136人次，办结劳动争议案件28件，职工满意率达98%。";

    /** And a last part. */
    public static final String LAST = "县总工会还组织劳模工匠宣讲团深入企业、社区宣讲32场，开展“工会进万家”活动，走访慰问一线职工和困难职工家庭1860个，发放慰问金和慰问品折合资金218万元，"
            + "为2300名女职工进行免费健康体检，建成爱心驿站11个、母婴室9个。";

    /**
     * A contribution as a county union sends it: a first paragraph in the Title style, a subtitle, a heading, text
     * with a tracked insertion and a tracked deletion, a comment, and a table.
     */
    public static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var styles = doc.createStyles();
            var title = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
            title.setStyleId("Title");
            title.addNewName().setVal("Title");
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(title));
            var h1 = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
            h1.setStyleId("1");
            h1.addNewName().setVal("heading 1");
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(h1));

            XWPFParagraph t = doc.createParagraph();
            t.setStyle("Title");
            t.setAlignment(ParagraphAlignment.CENTER);
            t.createRun().setText("定边县总工会2019年工作综述");
            doc.createParagraph().createRun().setText("——榆林市定边县总工会供稿");
            XWPFParagraph h = doc.createParagraph();
            h.setStyle("1");
            h.createRun().setText("一、建会入会");
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("2019年，榆林市定边县总工会" + WORK + WORK);
            CTRunTrackChange ins = p.getCTP().addNewIns();
            ins.setId(BigInteger.ONE);
            ins.setAuthor("县总工会");
            CTR inserted = ins.addNewR();
            inserted.addNewT().setStringValue("全年新建基层工会32家。");
            CTRunTrackChange del = p.getCTP().addNewDel();
            del.setId(BigInteger.TWO);
            del.setAuthor("县总工会");
            del.addNewR().addNewDelText().setStringValue("这句已经删去的话不应出现。");
            XWPFParagraph h2 = doc.createParagraph();
            h2.setStyle("1");
            h2.createRun().setText("二、服务职工");
            XWPFParagraph p2 = doc.createParagraph();
            XWPFRun r2 = p2.createRun();
            r2.setText("2019年，定边县总工会为困难职工送温暖，" + WORK);
            XWPFComments comments = doc.createComments();
            XWPFComment c = comments.createComment(BigInteger.valueOf(5));
            c.setAuthor("编辑");
            c.createParagraph().createRun().setText("数字请再核对");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("项目");
            table.getRow(0).getCell(1).setText("数量");
            table.getRow(1).getCell(0).setText("新建工会");
            table.getRow(1).getCell(1).setText("32家");
            XWPFParagraph end = doc.createParagraph();
            end.createRun().setText("（定边县总工会 王小明）");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small PNG of one colour, as a camera's picture stands for in a Word file. */
    public static byte[] png(java.awt.Color colour) {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 8, 6);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A contribution with pictures: one after a paragraph with its caption below it in the Caption style, one with
     * its caption (图为…) above it, and one in a format browsers do not show (EMF).
     */
    public static byte[] docxWithPictures() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var styles = doc.createStyles();
            var caption = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
            caption.setStyleId("Caption");
            caption.addNewName().setVal("caption");
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(caption));
            XWPFParagraph t = doc.createParagraph();
            t.setAlignment(ParagraphAlignment.CENTER);
            t.createRun().setText("定边县总工会2019年工作综述");
            doc.createParagraph().createRun().setText("一、建会入会");
            doc.createParagraph().createRun().setText("2019年，榆林市定边县总工会" + WORK + "参加比赛的职工共186名。");
            picture(doc, png(java.awt.Color.RED), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "a.png");
            XWPFParagraph c1 = doc.createParagraph();
            c1.setStyle("Caption");
            c1.createRun().setText("图1 定边县职工技能大赛现场");
            doc.createParagraph().createRun().setText("二、服务职工");
            doc.createParagraph().createRun().setText("2019年，定边县总工会" + MORE);
            doc.createParagraph().createRun().setText("图为劳模工匠宣讲会现场");
            picture(doc, png(java.awt.Color.BLUE), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "b.png");
            doc.createParagraph().createRun().setText(EVEN_MORE);
            picture(doc, new byte[] {1, 0, 0, 0, 0x6C, 0, 0, 0}, org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_EMF, "c.emf");
            doc.createParagraph().createRun().setText(LAST + "（定边县总工会 王小明）");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void picture(XWPFDocument doc, byte[] data, int type, String name)
            throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        doc.createParagraph().createRun().addPicture(new java.io.ByteArrayInputStream(data), type, name,
                org.apache.poi.util.Units.toEMU(80), org.apache.poi.util.Units.toEMU(60));
    }

    /** A news page as a browser saves it: menus, a sidebar of links, a field line, the article, a footer. */
    public static String html(String charset) {
        return """
                <!DOCTYPE html>
                <html><head><meta charset="%s">
                <title>靖边县总工会举办职工技能大赛_工会动态_榆林工会网</title>
                <meta property="og:site_name" content="榆林工会网">
                <script>var player = "音频播放";</script>
                <style>.nav{color:red}</style>
                </head><body>
                <div class="top"><a href="/">首页</a> <a href="/news">工会动态</a> <a href="/about">关于我们</a> <a href="/law">政策法规</a></div>
                <div class="nav"><ul><li><a href="/a">全国总工会召开会议</a></li><li><a href="/b">劳模风采展示</a></li>
                <li><a href="/c">职工书屋建设经验交流</a></li><li><a href="/d">困难职工帮扶政策解读</a></li></ul></div>
                <div class="main">
                  <h1>靖边县总工会举办职工技能大赛</h1>
                  <div class="info">发布时间：2020-11-05 10:21 来源：榆林日报 作者：李华</div>
                  <div class="audio"><audio src="a.mp3"></audio>点击收听本文</div>
                  <div class="content">
                    <p>　　2020年10月，榆林市靖边县总工会举办全县职工职业技能大赛，来自12家企业的186名职工参加电工、焊工、车工三个工种的比赛。</p>
                    <p>　　%s</p>
                    <h3>赛出水平</h3>
                    <p>　　%s</p>
                    <p>　　比赛中成绩优异的职工将被推荐参加榆林市职工技能大赛，县总工会还为获奖职工颁发证书和奖金。</p>
                  </div>
                </div>
                <div class="side"><h4>相关新闻</h4><ul><li><a href="/e">横山区总工会开展送清凉活动</a></li>
                <li><a href="/f">府谷县总工会慰问环卫工人</a></li><li><a href="/g">神木市职工运动会开幕</a></li></ul></div>
                <div class="foot">版权所有：榆林市总工会 ICP备12345678号 <a href="/map">网站地图</a></div>
                </body></html>
                """.formatted(charset, WORK + "全年共举办各类培训班12期，培训职工1500人次，职工参赛热情高涨。",
                        "本次大赛设一等奖3名、二等奖6名、三等奖9名，评委由县人社局和企业技术骨干组成，比赛全程公开透明。");
    }

    /** The tool's own Chinese font, for PDFs with real text. */
    private static PDType0Font font(PDDocument doc) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/yearbook/fonts/NotoSansSC_400Regular.ttf")) {
            return PDType0Font.load(doc, in);
        }
    }

    /**
     * A newspaper page: a headline across the page in large type, then two columns of text; each column's lines
     * hold {@code perLine} characters. The left column's text comes first in reading order.
     */
    public static byte[] twoColumnPdf(String headline, String left, String right) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = font(doc);
            float top = page.getMediaBox().getHeight() - 60;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 22);
                cs.newLineAtOffset(60, top);
                cs.showText(headline);
                cs.endText();
                // the right column is written first, so that the file's own order is not the reading order
                column(cs, font, right, 310, top - 50);
                column(cs, font, left, 50, top - 50);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void column(PDPageContentStream cs, PDType0Font font, String text, float x, float y) throws IOException {
        int per = 20;
        for (int i = 0, line = 0; i < text.length(); i += per, line++) {
            cs.beginText();
            cs.setFont(font, 11);
            cs.newLineAtOffset(x, y - line * 16);
            cs.showText(text.substring(i, Math.min(text.length(), i + per)));
            cs.endText();
        }
    }

    /** A scanned page: one picture and no text. */
    public static byte[] scannedPdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage img = new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 200; x++) {
                img.setRGB(x, x, 0xffffff);
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 50, 300, 400, 500);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
