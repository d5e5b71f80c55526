package yearbook.print;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A book's HTML cut into parts that are laid out one by one ({@link ChunkedPdf}): the front matter, each
 * province of the body, each index. The renderer keeps every page of a document until it has drawn the last
 * one, so a book laid out as one document needs memory for all its pages; parts need it for the parts being
 * laid out, and several of them are laid out at once.
 *
 * <p>What each part carries: the book's head (its styles) with the rules {@link #PART_STYLE} added, the running
 * title, the bookmarks that lead into it, and its own content. A link to an anchor in another part gets the
 * address {@value #GOTO}{@code id} (made an internal link again once the parts are one PDF), and the page number
 * it prints is given to it as {@code data-page} once the pages of the part it points to are known.
 *
 * <p>The template marks the body with {@code <main id="book-body">}: each child element of it is a province,
 * everything before it is front matter, each element after it an index. A template without that mark is one
 * part.
 */
final class BookChunks {
    /** The address of a link into another part, before the parts are one PDF. */
    static final String GOTO = "yb-goto:";

    /**
     * Rules added to every part: a part begins at the top of its first page (where it begins in the book is
     * decided when the parts are put together), its pages are numbered from the number it is given, and a page
     * number that was filled in is printed as such.
     */
    static final String PART_STYLE = """
            .book-body > .region-l1, .book-body > .region-l1:first-child, .index { page-break-before: auto; -fs-page-sequence: auto; }
            .yb-part-pad { height: 1pt; page-break-after: always; }
            .contents li a[data-page]::after { content: leader(dotted) attr(data-page); }
            .page-ref[data-page]::after { content: attr(data-page); }
            """;

    enum Kind {
        /** The cover and the front matter: laid out last, when the pages of the others are known. */
        FRONT,
        /** A province: begins on a right-hand page. */
        BODY,
        /** An index: begins on the next page. */
        BACK
    }

    /**
     * One part: what kind it is, its HTML (kept as text, which takes a fraction of the memory of the parsed
     * document, until it is laid out) and the ids of the anchors in it.
     */
    record Chunk(Kind kind, String html, List<String> ids) {
        Document parse(String baseUri) {
            Document d = org.jsoup.Jsoup.parse(html, baseUri);
            d.outputSettings().prettyPrint(false);
            return d;
        }
    }

    /** A book's parts, in order, and the anchors that links from one part into another lead to. */
    record Split(List<Chunk> chunks, java.util.Set<String> targets) {
    }

    private BookChunks() {
    }

    /**
     * Cuts {@code book} (taken apart: its nodes move into the parts) into parts, in the book's order: the front
     * matter first.
     */
    static Split split(Document book) {
        book.outputSettings().prettyPrint(false);
        Element body = book.body();
        Element main = body.selectFirst("> main#" + PageFinish.BODY);
        if (main == null) {
            return new Split(List.of(new Chunk(Kind.FRONT, book.outerHtml(), ids(book.body()))), java.util.Set.of());
        }
        Element marks = body.selectFirst("> bookmarks");
        List<Element> running = body.select("> .running-title");
        List<Element> front = new ArrayList<>();
        List<Element> back = new ArrayList<>();
        boolean after = false;
        for (Element e : body.children()) {
            if (e == main) {
                after = true;
            } else if (e != marks && !running.contains(e)) {
                (after ? back : front).add(e);
            }
        }
        List<List<Element>> contents = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        contents.add(front);
        kinds.add(Kind.FRONT);
        for (Element province : main.children()) {
            contents.add(List.of(province));
            kinds.add(Kind.BODY);
        }
        for (Element index : back) {
            contents.add(List.of(index));
            kinds.add(Kind.BACK);
        }
        // where each anchor is, so that each bookmark goes with the part it leads into
        Map<String, Integer> partOf = new HashMap<>();
        List<List<String>> ids = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            List<String> own = new ArrayList<>();
            for (Element e : contents.get(i)) {
                own.addAll(ids(e));
            }
            for (String id : own) {
                partOf.put(id, i);
            }
            ids.add(own);
        }
        List<List<Element>> partMarks = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            partMarks.add(new ArrayList<>());
        }
        if (marks != null) {
            for (Element mark : marks.children()) {
                Integer part = partOf.get(mark.attr("href").startsWith("#") ? mark.attr("href").substring(1) : "");
                partMarks.get(part == null ? 0 : part).add(mark);
            }
        }
        List<Chunk> chunks = new ArrayList<>();
        java.util.Set<String> targets = new java.util.HashSet<>();
        for (int i = 0; i < contents.size(); i++) {
            Document part = shell(book);
            Element partBody = part.body();
            if (!partMarks.get(i).isEmpty()) {
                Element m = partBody.appendElement("bookmarks");
                for (Element mark : partMarks.get(i)) {
                    m.appendChild(mark);
                }
            }
            for (Element r : running) {
                partBody.appendChild(r.clone());
            }
            Element holder = partBody;
            if (kinds.get(i) == Kind.BODY) {
                holder = partBody.appendElement("main").addClass("book-body");
            }
            for (Element e : contents.get(i)) {
                holder.appendChild(e);
            }
            for (Element a : partBody.select("a[href^=#]")) {
                String target = a.attr("href").substring(1);
                Integer in = partOf.get(target);
                if (in != null && in != i) {
                    a.attr("href", GOTO + target);
                    targets.add(target);
                }
            }
            chunks.add(new Chunk(kinds.get(i), part.outerHtml(), ids.get(i)));
            for (Element e : contents.get(i)) {
                e.remove(); // the part's text is all that is kept of it
            }
        }
        return new Split(chunks, targets);
    }

    /** An empty document with the book's language and head, and the parts' own rules. */
    private static Document shell(Document book) {
        Document part = Document.createShell(book.location());
        part.outputSettings().prettyPrint(false);
        Element html = part.selectFirst("html");
        for (org.jsoup.nodes.Attribute a : book.selectFirst("html").attributes()) {
            html.attr(a.getKey(), a.getValue());
        }
        for (Node n : book.head().childNodes()) {
            part.head().appendChild(n.clone());
        }
        part.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(PART_STYLE));
        return part;
    }

    private static List<String> ids(Element root) {
        List<String> ids = new ArrayList<>();
        for (Element e : root.select("[id]")) {
            ids.add(e.id());
        }
        return ids;
    }

    /** The anchor a link into another part leads to, or null for any other link. */
    static String gotoTarget(String uri) {
        return uri != null && uri.startsWith(GOTO) ? uri.substring(GOTO.length()) : null;
    }

    /**
     * Gives the links of {@code part} into other parts the page numbers they print, from {@code pages} (an
     * anchor's printed page number); a link whose anchor has none prints none.
     */
    static void fillPages(Document part, Map<String, String> pages) {
        for (Element a : part.select("a[href^=" + GOTO + "]")) {
            String page = pages.get(gotoTarget(a.attr("href")));
            if (page != null) {
                a.attr("data-page", page);
            }
        }
    }

    /** Makes the part begin on the second page of its layout: that page is a left-hand one. */
    static void padStart(Document part) {
        part.body().prependElement("div").addClass("yb-part-pad");
    }
}
