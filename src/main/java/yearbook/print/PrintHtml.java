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
        for (Element img : body.select("img[src]")) {
            String src = img.attr("src");
            if (src.startsWith(base)) {
                img.attr("src", src.substring(base.length()));
            }
        }
        numberFigures(body);
        CjkSpacing.apply(body);
        CjkSpacing.keepParagraphEnds(body);
        return body.html();
    }

    /**
     * A picture that stands alone in its paragraph becomes a figure with its caption below it, numbered within the
     * article: 图 1　工会干部走访慰问困难职工 (the caption is the picture's alternative text). A picture without one is
     * left as it is.
     */
    static void numberFigures(Element body) {
        int n = 0;
        for (Element p : body.select("p")) {
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
