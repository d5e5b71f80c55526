package yearbook.print;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import yearbook.config.Settings;

/**
 * Fits an article's web HTML into a printed book: headings move below the article's title, ids become
 * unique within the book, links to articles in the same book point inside the PDF and other site links
 * become absolute addresses, images are read from the built site, and the text is spaced for print
 * ({@link CjkSpacing}).
 */
final class PrintHtml {
    private PrintHtml() {
    }

    /**
     * @param prefix  the article's anchor id, put before every id in its body
     * @param shift   how many levels its headings move down
     * @param inBook  anchors of the book's articles by their site address
     */
    static String adapt(String html, String prefix, int shift, Map<String, String> inBook, Settings settings) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        for (Element e : body.select("[id]")) {
            e.attr("id", prefix + "-" + e.id());
        }
        if (shift > 0) {
            for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
                int level = Math.min(6, h.tagName().charAt(1) - '0' + shift);
                h.tagName("h" + level);
            }
        }
        String base = settings.basePath();
        for (Element a : body.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("#")) {
                a.attr("href", "#" + prefix + "-" + href.substring(1));
            } else if (href.startsWith("/")) {
                int hash = href.indexOf('#');
                String target = inBook.get(hash < 0 ? href : href.substring(0, hash));
                if (target != null) {
                    a.attr("href", hash < 0 ? "#" + target : "#" + target + "-" + href.substring(hash + 1));
                } else {
                    a.attr("href", settings.absolute(href));
                }
            }
        }
        // A table's header row goes into its body, still as header cells: the renderer's PDF/UA tagging fails on a
        // thead inside columns, and a table is never split across pages, so the header never needs repeating.
        for (Element head : body.select("table > thead")) {
            Element table = head.parent();
            Element tbody = table.selectFirst("> tbody");
            if (tbody == null) {
                tbody = table.appendElement("tbody");
            }
            List<Element> rows = head.select("> tr");
            for (int i = rows.size() - 1; i >= 0; i--) {
                tbody.prependChild(rows.get(i));
            }
            head.remove();
        }
        boolean across = body.selectFirst("table") != null;
        for (Element img : body.select("img[src]")) {
            String src = img.attr("src");
            if (src.startsWith(base)) {
                img.attr("src", src.substring(base.length()));
            }
            printedSize(img, settings, across);
        }
        numberFigures(body);
        CjkSpacing.apply(body);
        CjkSpacing.keepParagraphEnds(body);
        return body.html();
    }

    /**
     * A picture whose size the site gave ({@code width}, {@code height} in pixels) is printed at its size in the
     * column ({@link PrintedPictures}); what only a screen uses (smaller copies, lazy loading) is dropped.
     */
    private static void printedSize(Element img, Settings settings, boolean across) {
        img.removeAttr("srcset").removeAttr("sizes").removeAttr("loading").removeAttr("decoding");
        int width = pixels(img.attr("width"));
        int height = pixels(img.attr("height"));
        img.removeAttr("width").removeAttr("height");
        if (width > 0 && height > 0) {
            PrintedPictures.Size size = PrintedPictures.size(settings.print(), across, width, height);
            img.attr("style", "width: " + PrintedPictures.mm(size.width()) + "mm; height: "
                    + PrintedPictures.mm(size.height()) + "mm");
        }
    }

    private static int pixels(String value) {
        try {
            return value.isEmpty() ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * A picture that stands alone in its paragraph becomes a figure with its caption below it, numbered within the
     * article: 图 1　工会干部走访慰问困难职工 (the caption is the picture's alternative text). A picture without one is
     * left as it is. A figure the site made (a picture with its {@code figcaption}) is numbered the same way.
     */
    static void numberFigures(Element body) {
        int n = 0;
        for (Element p : body.select("p, figure")) {
            if (p.normalName().equals("figure")) {
                Element caption = p.selectFirst("> figcaption");
                if (p.childrenSize() == 2 && p.child(0).normalName().equals("img") && caption != null
                        && !caption.text().isBlank()) {
                    n++;
                    p.addClass("figure");
                    caption.text("图 " + n + "\u3000" + caption.text().strip());
                }
                continue;
            }
            if (p.childrenSize() != 1 || !p.child(0).normalName().equals("img") || !p.ownText().isBlank()) {
                continue;
            }
            Element img = p.child(0);
            String caption = img.attr("alt").strip();
            if (caption.isEmpty()) {
                continue;
            }
            n++;
            Element figure = new Element("figure").addClass("figure");
            figure.appendChild(img.clone());
            figure.appendElement("figcaption").text("图 " + n + "\u3000" + caption);
            p.replaceWith(figure);
        }
    }
}
