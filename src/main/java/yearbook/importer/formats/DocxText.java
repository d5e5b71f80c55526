package yearbook.importer.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.w3c.dom.Node;

import yearbook.diag.Msg;
import yearbook.diag.Messages;
import yearbook.importer.decode.Decoder;

/**
 * A Word file (.docx) made into text. The title is the paragraph in the 标题/Title style, else a first short
 * paragraph set as heading 1 (by its style or outline level), centred, or in larger type than the body; headings
 * below it become {@code ##}/{@code ###}. Tracked changes are read as accepted (insertions kept, deletions left
 * out) and comments are left out; the report says how many of each. Before Word's own reader sees the file, the
 * zip is walked once with limits (entries, unpacked size), so a truncated, damaged or inflating archive is refused
 * with a reason and bounded work.
 */
final class DocxText {
    static final int MAX_ENTRIES = 2_000;
    static final long MAX_UNPACKED = 256L * 1024 * 1024;

    private DocxText() {
    }

    static Source read(byte[] bytes) {
        Msg problem = checkZip(bytes);
        if (problem != null) {
            return Source.refused(Format.DOCX, problem);
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return convert(doc);
        } catch (IOException | RuntimeException e) {
            return Source.refused(Format.DOCX, Msg.of("import.docx-damaged", e.getClass().getSimpleName()));
        }
    }

    /** Null when the bytes are a whole zip holding a Word document within the limits; else why not. */
    static Msg checkZip(byte[] bytes) {
        if (!hasEnd(bytes)) {
            return Msg.of("import.zip-no-end");
        }
        boolean document = false;
        int entries = 0;
        long unpacked = 0;
        byte[] buf = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    return Msg.of("import.zip-entries", MAX_ENTRIES);
                }
                if (e.getName().equals("word/document.xml")) {
                    document = true;
                }
                int n;
                while ((n = zip.read(buf)) > 0) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED) {
                        return Msg.of("import.zip-large", MAX_UNPACKED / (1024 * 1024));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return Msg.of("import.zip-broken", e.getClass().getSimpleName());
        }
        if (entries == 0) {
            return Msg.of("import.zip-empty");
        }
        return document ? null : Msg.of("import.zip-not-word");
    }

    /** Whether the zip's end record (its central directory's end, PK 5 6) is where it must be: in the last 64 KB. */
    private static boolean hasEnd(byte[] b) {
        for (int i = b.length - 22; i >= 0 && i >= b.length - 22 - 65_535; i--) {
            if (b[i] == 0x50 && b[i + 1] == 0x4B && b[i + 2] == 0x05 && b[i + 3] == 0x06) {
                int commentLength = (b[i + 20] & 0xff) | (b[i + 21] & 0xff) << 8;
                return i + 22 + commentLength == b.length;
            }
        }
        return false;
    }

    private static Source convert(XWPFDocument doc) {
        Changes changes = new Changes();
        Map<XWPFParagraph, String> texts = new HashMap<>();
        Map<Double, Integer> sizes = new HashMap<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            String t = text(p, changes).strip();
            texts.put(p, t);
            double size = size(p);
            if (size > 0 && t.length() > 40) {
                sizes.merge(size, t.length(), Integer::sum);
            }
        }
        double bodySize = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0.0);
        StringBuilder out = new StringBuilder();
        String title = null;
        String evidence = null;
        int tables = 0;
        int images = 0;
        List<Source.Table> tableList = new ArrayList<>();
        List<Source.Picture> pictures = new ArrayList<>();
        List<IBodyElement> elements = doc.getBodyElements();
        java.util.Set<XWPFParagraph> captions = new java.util.HashSet<>();
        List<String> written = new ArrayList<>(); // the texts written out so far, in order
        boolean first = true;
        for (int i = 0; i < elements.size(); i++) {
            IBodyElement el = elements.get(i);
            if (el instanceof XWPFTable table) {
                tables++;
                List<List<String>> cells = new ArrayList<>();
                List<String> rows = new ArrayList<>();
                for (XWPFTableRow row : table.getRows()) {
                    List<String> line = new ArrayList<>();
                    for (XWPFTableCell c : row.getTableCells()) {
                        line.add(c.getText().strip().replaceAll("\\s+", " "));
                    }
                    cells.add(line);
                    rows.add(String.join(" | ", line));
                }
                String text = String.join(" / ", rows);
                out.append(text).append("\n\n");
                tableList.add(new Source.Table(text, gfm(cells)));
                written.add(text);
                first = false;
                continue;
            }
            if (!(el instanceof XWPFParagraph p) || captions.contains(p)) {
                continue;
            }
            List<XWPFPicture> inline = p.getRuns().stream().flatMap(r -> r.getEmbeddedPictures().stream()).toList();
            images += inline.size();
            String t = texts.getOrDefault(p, "");
            if (!inline.isEmpty()) {
                String lastText = written.isEmpty() ? null : written.get(written.size() - 1);
                // the caption: the next paragraph when it reads like one, else the one before (not yet written out
                // only when it is the next)
                String caption = null;
                XWPFParagraph next = i + 1 < elements.size() && elements.get(i + 1) instanceof XWPFParagraph n ? n : null;
                XWPFParagraph before = i > 0 && elements.get(i - 1) instanceof XWPFParagraph b ? b : null;
                if (next != null && isCaption(doc, next, texts.getOrDefault(next, ""))) {
                    caption = texts.get(next);
                    captions.add(next);
                } else if (before != null && isCaption(doc, before, texts.getOrDefault(before, "")) && lastText != null
                        && lastText.equals(texts.get(before))) {
                    caption = texts.get(before);
                }
                boolean captionBefore = caption != null && caption.equals(lastText) && !captions.contains(next)
                        && out.toString().endsWith("\n" + caption + "\n\n");
                if (captionBefore) {
                    // the caption stood before the picture: it is the picture's, not a paragraph of the text
                    out.setLength(out.lastIndexOf(caption + "\n\n"));
                    written.remove(written.size() - 1);
                    lastText = written.isEmpty() ? null : written.get(written.size() - 1);
                }
                String after = t.isEmpty() ? lastText : t;
                for (XWPFPicture pic : inline) {
                    var data = pic.getPictureData();
                    if (data != null) {
                        pictures.add(new Source.Picture(data.getData(), data.suggestFileExtension(), caption, after));
                    }
                }
            }
            if (t.isEmpty()) {
                continue;
            }
            int level = headingLevel(doc, p);
            boolean short_ = t.length() <= 60 && !t.matches("(?s).*[。！？；]$");
            if (first && title == null && short_) {
                String why = level == 0 ? "Word 的“标题”样式" : level == 1 ? "Word 的“标题 1”样式或大纲级别"
                        : p.getAlignment() == ParagraphAlignment.CENTER ? "居中的首段"
                        : bodySize > 0 && size(p) > bodySize ? "字号比正文大的首段" : null;
                if (why != null) {
                    title = t;
                    evidence = why;
                    out.append("# ").append(t).append("\n\n");
                    written.add(t);
                    first = false;
                    continue;
                }
            }
            first = false;
            written.add(t);
            if (level >= 1 && short_) {
                out.append("#".repeat(Math.min(6, level + 1))).append(' ').append(t).append("\n\n");
            } else {
                out.append(t).append("\n\n");
            }
        }
        List<String> notes = new ArrayList<>();
        if (changes.inserted + changes.deleted > 0) {
            notes.add("Word 文档里有修订痕迹，按“接受全部修订”导入：插入 " + changes.inserted + " 处保留，删除 " + changes.deleted
                    + " 处不要；请与作者核对");
        }
        // a file without a comments part has none (POI gives null then)
        List<XWPFComment> comments = doc.getComments() == null ? List.of() : List.of(doc.getComments());
        if (!comments.isEmpty()) {
            notes.add("Word 文档里的批注 " + comments.size() + " 条没有导入：" + String.join("；", comments.stream().limit(5)
                    .map(c -> "“" + head(c.getText().strip(), 30) + "”").toList()));
        }
        if (images > pictures.size()) {
            notes.add(Messages.FINDINGS.text(Messages.CHINESE, "import.docx.pictures-unreadable", images - pictures.size()));
        }
        Decoder.Decoded decoded = Decoder.fromText(clean(out.toString()), "Unicode（文件自带）");
        if (!decoded.ok()) {
            return Source.refused(Format.DOCX, decoded.reason());
        }
        return new Source(decoded, Format.DOCX, notes, title, evidence, title != null, tableList, pictures);
    }

    /** A paragraph that reads like a picture's caption: in a caption style, or short and starting with 图 (图1, 图为). */
    private static boolean isCaption(XWPFDocument doc, XWPFParagraph p, String text) {
        if (text.isEmpty() || text.length() > 120) {
            return false;
        }
        String id = p.getStyleID();
        XWPFStyle style = id == null || doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        String name = (style == null ? String.valueOf(id) : style.getName()).toLowerCase(Locale.ROOT);
        return name.contains("caption") || name.contains("题注") || Pictures.readsLikeCaption(text);
    }

    /** Rows of cells as a GFM table, the first row its header; a cell's {@code |} escaped. */
    static String gfm(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            sb.append('|');
            for (int c = 0; c < columns; c++) {
                String cell = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                sb.append(' ').append(cell.replace("\\", "\\\\").replace("|", "\\|")).append(" |");
            }
            sb.append('\n');
            if (r == 0) {
                sb.append('|').append(" --- |".repeat(columns)).append('\n');
            }
        }
        return sb.toString();
    }

    private static final class Changes {
        int inserted;
        int deleted;
    }

    /** The paragraph's text as accepted: runs, insertions and moved-to text kept; deletions and moved-from text left out. */
    private static String text(XWPFParagraph p, Changes changes) {
        StringBuilder sb = new StringBuilder();
        walk(p.getCTP().getDomNode(), sb, changes);
        return sb.toString();
    }

    private static void walk(Node node, StringBuilder sb, Changes changes) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            String name = c.getLocalName() == null ? c.getNodeName() : c.getLocalName();
            switch (name) {
                case "t" -> {
                    for (Node t = c.getFirstChild(); t != null; t = t.getNextSibling()) {
                        if (t.getNodeType() == Node.TEXT_NODE || t.getNodeType() == Node.CDATA_SECTION_NODE) {
                            sb.append(t.getNodeValue());
                        }
                    }
                }
                case "tab" -> sb.append(' ');
                case "br", "cr" -> sb.append('\n');
                case "del", "moveFrom" -> changes.deleted++;
                case "ins", "moveTo" -> {
                    changes.inserted++;
                    walk(c, sb, changes);
                }
                case "r", "hyperlink", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml" -> walk(c, sb, changes);
                default -> { }
            }
        }
    }

    /** 0 for the title style, 1–9 for heading levels (by style name or outline level), -1 for body text. */
    private static int headingLevel(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        XWPFStyle style = id == null || doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        String name = style == null ? id : style.getName();
        if (name != null) {
            String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
            if (n.equals("title") || n.equals("标题")) {
                return 0;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(?:heading|标题)(\\d)$").matcher(n);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        BigInteger outline = outline(p.getCTP().getPPr());
        if (outline == null && style != null) {
            CTStyle ct = style.getCTStyle();
            outline = ct.isSetPPr() && ct.getPPr().isSetOutlineLvl() ? ct.getPPr().getOutlineLvl().getVal() : null;
        }
        return outline != null && outline.intValue() < 9 ? outline.intValue() + 1 : -1;
    }

    private static BigInteger outline(CTPPr ppr) {
        return ppr != null && ppr.isSetOutlineLvl() ? ppr.getOutlineLvl().getVal() : null;
    }

    /** The type size of the paragraph's first run with one, in points; 0 when not given. */
    private static double size(XWPFParagraph p) {
        for (var r : p.getRuns()) {
            Double s = r.getFontSizeAsDouble();
            if (s != null && s > 0) {
                return s;
            }
        }
        return 0;
    }

    private static String clean(String s) {
        return s.replaceAll("[\\x00-\\x08\\x0E-\\x1F\\x7F]", "");
    }

    private static String head(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n) + "…";
    }

}
