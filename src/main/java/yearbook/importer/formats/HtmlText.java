package yearbook.importer.formats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import yearbook.diag.Msg;
import yearbook.importer.decode.Decoder;

/**
 * A saved web page made into text. The characters: from a byte-order mark, else the page's own {@code <meta charset>},
 * else detected as for text files. The main text: the block of the page where most of its sentences stand (scored
 * by the Chinese punctuation and length of the text directly in each block, links not counted, as the text-density
 * methods do), never by rules for one site; menus, link lists, players and forms are left out. The title: from
 * {@code <h1>}, {@code og:title} and {@code <title>} (less the site's name), taken as sure when two of them agree.
 * The date, source and writer from the page's meta tags or its own field line ({@code 发布时间：… 来源：…}).
 */
final class HtmlText {
    /** A page with more elements than this is refused: no article needs them, and the work stays bounded. */
    static final int MAX_ELEMENTS = 100_000;
    /** Nor is markup nested deeper than this an article. */
    static final int MAX_DEPTH = 400;
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]{2,20})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:_|\\||｜|--|—|–|-\\s|\\s-|·|::)\\s*");
    private static final Pattern FIELD_LINE = Pattern.compile("(?:发布|发表|更新)?(?:时间|日期)\\s*[:：]|来源\\s*[:：]|作者\\s*[:：]");
    private static final Set<String> DROP = Set.of("script", "style", "noscript", "iframe", "nav", "form", "button", "select",
            "input", "textarea", "svg", "audio", "video", "object", "embed", "canvas", "template", "map", "menu", "head");
    private static final Set<String> BLOCK = Set.of("p", "div", "li", "tr", "table", "section", "article", "main", "body",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt", "ul", "ol", "center", "td", "th", "header", "footer",
            "aside", "figure", "figcaption", "pre");
    private static final Set<String> CONTAINER = Set.of("div", "td", "article", "section", "main", "body", "center", "font",
            "blockquote", "dd");

    private HtmlText() {
    }

    static Source read(byte[] bytes) {
        return read(bytes, src -> null);
    }

    /**
     * The page, its pictures' files found by {@code pictures} (the bytes of the file a {@code src} names, or null
     * when it is not a file beside the page).
     */
    static Source read(byte[] bytes, java.util.function.Function<String, byte[]> pictures) {
        String text;
        String encoding;
        Decoder.Decoded detected = Decoder.decode(bytes);
        Charset declared = declared(bytes);
        boolean bom = Format.starts(bytes, 0xEF, 0xBB, 0xBF) || Format.starts(bytes, 0xFF, 0xFE) || Format.starts(bytes, 0xFE, 0xFF);
        String strict = declared != null && !bom ? strict(declared, bytes) : null;
        if (strict != null) {
            text = strict;
            encoding = declared.name() + "（网页声明）";
        } else if (detected.ok()) {
            text = detected.text();
            encoding = detected.encoding() + (declared != null && !bom ? "（网页声明的 " + declared.name() + " 与内容不符，按检测）" : "");
        } else {
            return Source.refused(Format.HTML, Msg.of("import.html-encoding", detected.reason()));
        }
        Document doc = Jsoup.parse(text);
        int elements = doc.getAllElements().size();
        if (elements > MAX_ELEMENTS) {
            return Source.refused(Format.HTML, Msg.of("import.html-elements", elements, MAX_ELEMENTS));
        }
        int depth = depth(doc);
        if (depth > MAX_DEPTH) {
            return Source.refused(Format.HTML, Msg.of("import.html-depth", depth, MAX_DEPTH));
        }
        Meta meta = meta(doc);
        String pageTitle = doc.title();
        List<String> footer = footerLines(doc);
        String fieldLine = fieldLine(doc);
        doc.select(String.join(",", DROP)).remove();
        doc.select("[hidden],[style~=(?i)display\\s*:\\s*none],[aria-hidden=true]").remove();
        Element main = mainBlock(doc);
        Title title = title(doc, pageTitle, meta, main);
        List<Img> imgs = new ArrayList<>();
        List<String> blocks = blocks(main, title.text, imgs);
        List<Source.Picture> found = new ArrayList<>();
        int missing = 0;
        java.util.Set<Integer> captionBlocks = new java.util.HashSet<>();
        for (Img img : imgs) {
            byte[] data = img.src.isBlank() ? null : pictures.apply(img.src);
            String kind = data == null ? null : Pictures.kind(data);
            if (kind == null) {
                missing++;
                continue;
            }
            String caption = null;
            if (img.at < blocks.size() && (img.figcaption != null && blocks.get(img.at).equals(img.figcaption)
                    || Pictures.readsLikeCaption(blocks.get(img.at)))) {
                caption = blocks.get(img.at);
                captionBlocks.add(img.at);
            } else if (img.alt.length() > 4) {
                caption = img.alt;
            }
            String after = img.at > 0 ? blocks.get(img.at - 1) : null;
            found.add(new Source.Picture(data, kind, caption, after));
        }
        if (!captionBlocks.isEmpty()) {
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                if (!captionBlocks.contains(i)) {
                    kept.add(blocks.get(i));
                }
            }
            blocks = kept;
        }

        StringBuilder out = new StringBuilder();
        if (title.text != null) {
            out.append("# ").append(title.text).append("\n\n");
        }
        String fields = fieldLine != null ? fieldLine : meta.fieldLine();
        if (fields != null) {
            out.append(fields).append("\n\n");
        }
        for (String b : blocks) {
            out.append(b).append("\n\n");
        }
        for (String f : footer) {
            out.append(f).append("\n\n");
        }
        Decoder.Decoded decoded = Decoder.fromText(out.toString(), encoding);
        if (!decoded.ok()) {
            return Source.refused(Format.HTML, decoded.reason());
        }
        List<String> notes = new ArrayList<>();
        if (blocks.isEmpty()) {
            notes.add("网页里没有找到正文段落");
        }
        if (missing > 0) {
            notes.add(yearbook.diag.Messages.FINDINGS.text(yearbook.diag.Messages.CHINESE, "import.html.pictures-missing", missing));
        }
        return new Source(decoded, Format.HTML, notes, title.text, title.evidence, title.sure, List.of(), found);
    }

    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk")) {
            name = "GB18030"; // pages that say gb2312 use GBK's characters
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strict(Charset cs, byte[] bytes) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int depth(Document doc) {
        int[] max = {0};
        NodeTraversor.traverse((node, d) -> max[0] = Math.max(max[0], d), doc);
        return max[0];
    }

    /** What the page's meta tags say. */
    private record Meta(String ogTitle, String siteName, String date, String source, String author) {
        String fieldLine() {
            StringBuilder sb = new StringBuilder();
            if (date != null) {
                sb.append("发布时间：").append(date).append(' ');
            }
            if (source != null) {
                sb.append("来源：").append(source).append(' ');
            }
            if (author != null) {
                sb.append("作者：").append(author);
            }
            return sb.length() == 0 ? null : sb.toString().strip();
        }
    }

    private static Meta meta(Document doc) {
        String date = first(doc, "article:published_time", "publishdate", "PubDate", "pubdate", "publish_time", "date",
                "dc.date", "DC.date.issued");
        if (date != null) {
            Matcher m = Pattern.compile("((?:19|20)\\d{2})[-/.年](\\d{1,2})[-/.月](\\d{1,2})").matcher(date);
            date = m.find() ? String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))) : null;
        }
        return new Meta(first(doc, "og:title", "twitter:title", "ArticleTitle"), first(doc, "og:site_name", "SiteName"), date,
                first(doc, "ContentSource", "source", "article:source"), first(doc, "author", "article:author"));
    }

    private static String first(Document doc, String... names) {
        for (String n : names) {
            for (Element e : doc.select("meta[name=" + n + "],meta[property=" + n + "]")) {
                String v = e.attr("content").strip();
                if (!v.isEmpty() && v.length() <= 200) {
                    return v;
                }
            }
        }
        return null;
    }

    /** The page's own field line (发布时间：… 来源：…), where its text says it. */
    private static String fieldLine(Document doc) {
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().select("div,p,span,td,font,h2,h3,h4,h5,h6,li")) {
            String own = e.text().strip();
            if (own.length() >= 6 && own.length() <= 160 && FIELD_LINE.matcher(own).find()
                    && Pattern.compile("(?:19|20)\\d{2}[-/.年]\\d{1,2}").matcher(own).find()) {
                return own;
            }
        }
        return null;
    }

    /** Lines at the page's foot that may name the article (原标题：…, 转载请注明…《…》), for the title's evidence. */
    private static List<String> footerLines(Document doc) {
        List<String> out = new ArrayList<>();
        if (doc.body() == null) {
            return out;
        }
        for (Element e : doc.body().select("p,div,span,a,li,td")) {
            if (!e.ownText().isBlank()) {
                String t = e.ownText().strip();
                if (t.length() <= 120 && t.matches("^[（(]?\\s*原(?:标)?题\\s*[:：].+")) {
                    out.add(t);
                }
            }
            if (out.size() >= 1) {
                break;
            }
        }
        return out;
    }

    /** Counts of one element's text: all characters, those inside links, the sentence marks among them. */
    private static final class Counts {
        int chars;
        int linked;
        int marks;
        double score;
    }

    /**
     * The element holding the main text: each block of text (the text standing directly in an element, links not
     * counted) scores one plus its commas and full stops plus up to three for its length, given to the container it
     * stands in and half to that container's parent; the highest-scoring container wins.
     */
    static Element mainBlock(Document doc) {
        Element body = doc.body() != null ? doc.body() : doc;
        Map<Element, Counts> counts = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                Counts own = new Counts();
                for (Node child : e.childNodes()) {
                    if (child instanceof TextNode t) {
                        String s = t.text();
                        int n = contentChars(s);
                        own.chars += n;
                        own.marks += marks(s);
                        if (e.normalName().equals("a")) {
                            own.linked += n;
                        }
                    }
                }
                // a link's own text counts as linked, as does the text of elements inside a link
                Counts inner = counts.get(e);
                if (inner == null) {
                    inner = new Counts();
                    counts.put(e, inner);
                }
                int direct = own.chars - own.linked;
                if (direct >= 10 || own.marks > 0 && direct >= 4) {
                    double s = 1 + own.marks + Math.min(3, direct / 100.0);
                    Element container = container(e);
                    if (container != null) {
                        counts.computeIfAbsent(container, k -> new Counts()).score += s;
                        Element up = container.parent();
                        if (up != null) {
                            counts.computeIfAbsent(up, k -> new Counts()).score += s / 2;
                        }
                    }
                }
            }
        }, body);
        Element best = body;
        double top = 0;
        for (Map.Entry<Element, Counts> e : counts.entrySet()) {
            Element el = e.getKey();
            double s = e.getValue().score * (1 - linkShare(el));
            if (s > top) {
                top = s;
                best = el;
            }
        }
        return best;
    }

    /** The element a block of text belongs to: itself when it is a container, else the nearest container above. */
    private static Element container(Element e) {
        Element c = e;
        while (c != null && !CONTAINER.contains(c.normalName())) {
            c = c.parent();
        }
        return c;
    }

    private static double linkShare(Element e) {
        int all = contentChars(e.text());
        if (all == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += contentChars(a.text());
        }
        return Math.min(1, (double) linked / all);
    }

    static int contentChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static int marks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if ("，。；！？、".indexOf(s.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    private record Title(String text, String evidence, boolean sure) {
    }

    /**
     * The article's title by evidence: an {@code <h1>} (the one nearest the main text), {@code og:title}, and the
     * part of {@code <title>} that is not the site's name. Two that agree make it sure; one alone is taken and
     * marked unsure; an {@code <h1>} that is only the site's name is not a title.
     */
    private static Title title(Document doc, String pageTitle, Meta meta, Element main) {
        List<String> parts = new ArrayList<>();
        String site = meta.siteName();
        for (String p : SEPARATORS.split(pageTitle.strip())) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        // the site's name is the part og:site_name gives, or one of the last; the title the longest other part
        String fromTitle = parts.stream().filter(p -> site == null || !site.contains(p) && !p.contains(site))
                .max((a, b) -> Integer.compare(contentChars(a), contentChars(b))).orElse(null);
        String h1 = null;
        Set<String> h1s = new LinkedHashSet<>();
        for (Element h : doc.select("h1")) {
            String t = h.text().strip();
            if (!t.isEmpty() && t.length() <= 80) {
                h1s.add(t);
            }
        }
        for (String t : h1s) {
            if (agrees(t, meta.ogTitle()) || agrees(t, fromTitle) || agrees(t, pageTitle)) {
                h1 = t;
                break;
            }
        }
        if (h1 == null && !h1s.isEmpty()) {
            // an h1 inside or before the main text, that is not the site's name
            for (Element h : doc.select("h1")) {
                String t = h.text().strip();
                if (h1s.contains(t) && (site == null || !site.contains(t)) && parts.stream().skip(1).noneMatch(p -> p.equals(t) && !t.equals(fromTitle))) {
                    h1 = t;
                    break;
                }
            }
        }
        if (h1 == null) {
            // a heading of another level, or a bold line, that repeats the <title>
            for (Element h : main.select("h2,h3,strong,b,p")) {
                String t = h.text().strip();
                if (t.length() >= 4 && t.length() <= 60 && (agrees(t, fromTitle) || agrees(t, meta.ogTitle()))) {
                    h1 = t;
                    break;
                }
            }
        }
        String og = meta.ogTitle();
        if (h1 != null) {
            boolean second = agrees(h1, og) || agrees(h1, fromTitle);
            return new Title(h1, second ? "页内标题与网页标题（<title>/og:title）一致" : "只有页内的大标题（<h1>），网页标题另有所写", second);
        }
        if (og != null && fromTitle != null && agrees(og, fromTitle)) {
            return new Title(fromTitle.length() >= og.length() ? fromTitle : og, "网页标题（<title>）与 og:title 一致，页内没有大标题", true);
        }
        if (og != null) {
            return new Title(og, "只见于 og:title", false);
        }
        if (fromTitle != null) {
            return new Title(fromTitle, "只见于网页标题（<title>）" + (parts.size() > 1 ? "，已去掉网站名" : ""), false);
        }
        return new Title(null, null, false);
    }

    private static boolean agrees(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = a.replaceAll("\\s+", "");
        String y = b.replaceAll("\\s+", "");
        return !x.isEmpty() && !y.isEmpty() && (x.equals(y) || x.length() >= 6 && y.contains(x) || y.length() >= 6 && x.contains(y)
                && contentChars(y) * 2 >= contentChars(x));
    }

    /**
     * A picture of the main text: its {@code src} and {@code alt}, the index of the block that follows it, and the
     * text of the {@code <figcaption>} of its {@code <figure>}, if any.
     */
    record Img(String src, String alt, int at, String figcaption) {
    }

    static List<String> blocks(Element main, String title) {
        return blocks(main, title, new ArrayList<>());
    }

    /** The main block's text, one string per paragraph; headings inside as {@code ###}, the title's repetition left out. */
    static List<String> blocks(Element main, String title, List<Img> imgs) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String[] heading = {null};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    cur.append(t.text());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br") || BLOCK.contains(e.normalName())) {
                        flush(out, cur, null, title);
                    }
                    if (e.normalName().matches("h[1-6]")) {
                        heading[0] = e.normalName();
                    } else if (e.normalName().equals("img") && !e.attr("alt").isBlank() && e.attr("alt").length() > 4) {
                        flush(out, cur, null, title);
                    }
                    if (e.normalName().equals("img")) {
                        flush(out, cur, null, title);
                        Element figure = e.closest("figure");
                        Element figcaption = figure == null ? null : figure.selectFirst("figcaption");
                        String fc = figcaption == null ? null : figcaption.text().replace('\u00A0', ' ').replace('\u3000', ' ')
                                .strip().replaceAll("[ \\t]+", " ");
                        imgs.add(new Img(e.attr("src").strip(), e.attr("alt").strip(), out.size(), fc));
                    }
                    if (e.normalName().equals("td") || e.normalName().equals("th")) {
                        cur.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK.contains(e.normalName())) {
                    flush(out, cur, e.normalName().matches("h[1-6]") ? e.normalName() : null, title);
                    if (e.normalName().matches("h[1-6]")) {
                        heading[0] = null;
                    }
                }
            }
        }, main);
        flush(out, cur, null, title);
        return out;
    }

    private static void flush(List<String> out, StringBuilder cur, String heading, String title) {
        String t = cur.toString().replace('\u00A0', ' ').replace('\u3000', ' ').strip().replaceAll("[ \\t]+", " ");
        cur.setLength(0);
        if (t.isEmpty()) {
            return;
        }
        if (title != null && out.isEmpty() && agrees(t, title) && t.length() <= title.length() + 4) {
            return; // the title again at the top of the text
        }
        if (heading != null && contentChars(t) <= 40) {
            out.add((heading.equals("h1") ? "## " : "### ") + t);
        } else {
            out.add(t);
        }
    }
}
