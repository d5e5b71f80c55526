package yearbook.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import yearbook.text.Cjk;

/**
 * Spacing of Chinese text for print (GB/T 15834-2011, W3C clreq §3.1.6), which the PDF renderer does not do by
 * itself: it only wraps text in spans, and {@code print/book.css} says how much space each gets. The characters
 * stay exactly as they were, so the text copies out of the PDF unchanged.
 * <ul>
 * <li>A closing mark followed by an opening one or another closing one (”“ 》《 ：“ ，“ 。” ”， ）、) gives up
 * the blank right half of its em ({@value #CLASS_SQUEEZE}), and an opening mark after another one (（“) its blank
 * left half ({@value #CLASS_SQUEEZE_BEFORE}), so the pair takes 1.5 em.</li>
 * <li>Latin letters or digits touching a Han character get a quarter em of space on the sides that touch Han
 * ({@value #CLASS_LATIN}, {@value #CLASS_SPACE_BEFORE}, {@value #CLASS_SPACE_AFTER}); none at a line's edge,
 * which {@link LineEdges} sees to after the layout.</li>
 * <li>—— and …… are kept on one line ({@value #CLASS_UNBROKEN}).</li>
 * <li>A paragraph's last two characters are kept on one line, so that no last line holds one character (孤字;
 * {@value #CLASS_KEEP}, {@link #keepParagraphEnds}).</li>
 * </ul>
 * The renderer breaks a line at the edge of an element whenever the text after it does not fit, even where the
 * line-breaking rules forbid a break (before a closing mark, after an opening one). So each span reaches out to
 * the nearest places where a line may break, by the same ICU rules the renderer uses, and holds one text node.
 * Between two closing marks or two opening marks no line may break, so the squeeze's span there is an inner one,
 * inside a {@value #CLASS_NOBREAK} span that holds the whole run between two places where a line may break
 * (会。” or （“甲): print/book.css makes that an inline-block, which the renderer never breaks ({@code white-space:
 * nowrap} alone does not keep it from breaking at the inner span's edges).
 * <p>
 * Text in {@code pre}, {@code code} and the like is left as it is, and so are attributes. Neighbours are looked
 * for across inline elements ({@code 甲<strong>ABC</strong>}), not across blocks or line breaks.
 */
final class CjkSpacing {
    static final String CLASS_SQUEEZE = "yb-squeeze";
    static final String CLASS_LATIN = "yb-latin";
    static final String CLASS_SPACE_BEFORE = "yb-space-before";
    static final String CLASS_SPACE_AFTER = "yb-space-after";
    static final String CLASS_UNBROKEN = "yb-unbroken";
    /** The class of the span that holds a paragraph's last two characters on one line. */
    static final String CLASS_KEEP = "yb-keep";
    static final String CLASS_SQUEEZE_BEFORE = "yb-squeeze-before";
    static final String CLASS_NOBREAK = "yb-nobreak";

    /** Elements whose text is printed as written. */
    private static final Set<String> VERBATIM = Set.of("pre", "code", "kbd", "samp", "tt", "var", "script", "style",
            "textarea", "math", "svg");
    /** Elements that continue the line of text around them; any other element ends it. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "data", "del", "dfn",
            "em", "i", "ins", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u");

    private static final ULocale STRICT = new ULocale("zh_CN@lb=strict");

    private CjkSpacing() {
    }

    /** Marks up the text inside {@code root} (not {@code root}'s attributes). */
    static void apply(Element root) {
        List<List<TextNode>> lines = new ArrayList<>();
        root.filter(new NodeFilter() {
            List<TextNode> line;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (line == null) {
                        line = new ArrayList<>();
                        lines.add(line);
                    }
                    line.add(t);
                } else if (node instanceof Element e && node != root) {
                    if (VERBATIM.contains(e.normalName())) {
                        line = null;
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (!INLINE.contains(e.normalName())) {
                        line = null;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && !INLINE.contains(e.normalName())) {
                    line = null;
                }
                return FilterResult.CONTINUE;
            }
        });
        BreakIterator breaker = BreakIterator.getLineInstance(STRICT);
        for (List<TextNode> line : lines) {
            markUp(line, breaker);
        }
    }

    /** What one span marks: its place in the line's text and its classes. */
    record Mark(int start, int end, Kind kind) {
    }

    /** Marks up one line of text (in the sense of CSS: the text between two block boundaries). */
    private static void markUp(List<TextNode> nodes, BreakIterator breaker) {
        StringBuilder all = new StringBuilder();
        int[] from = new int[nodes.size() + 1];
        for (int k = 0; k < nodes.size(); k++) {
            from[k] = all.length();
            all.append(nodes.get(k).getWholeText());
        }
        from[nodes.size()] = all.length();
        String text = all.toString();
        List<Mark> marks = marks(text);
        if (marks.isEmpty()) {
            return;
        }
        // The renderer may break a line at the edge of any element, whatever the characters around it, so each
        // span reaches from the nearest place before its mark where a line may break to the nearest one after
        // it, by the rules the renderer uses (otherwise a closing mark could start a line). Its text is one
        // text node: the renderer also breaks between two text nodes.
        breaker.setText(text);
        List<int[]> clusters = new ArrayList<>();
        for (Mark m : marks) {
            int start = m.start() == 0 || breaker.isBoundary(m.start()) ? m.start() : breaker.preceding(m.start());
            int end = m.end() == text.length() || breaker.isBoundary(m.end()) ? m.end() : breaker.following(m.end());
            int[] last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
            if (last != null && start < last[1]) {
                last[1] = Math.max(last[1], end);
            } else {
                clusters.add(new int[] {start, end});
            }
        }
        for (int k = 0; k < nodes.size(); k++) {
            int ns = from[k];
            int ne = from[k + 1];
            List<Node> out = new ArrayList<>();
            int at = ns;
            for (int[] c : clusters) {
                int cs = Math.max(c[0], ns);
                int ce = Math.min(c[1], ne);
                if (cs >= ce) {
                    continue;
                }
                Element span = new Element("span");
                // squeezes between two marks where no line may break: an inner span around the mark, inside a
                // span that may not break at all (so the inner span's edges are no place for a break either)
                List<Mark> inner = new ArrayList<>();
                for (Mark m : marks) {
                    if (m.start() < ce && m.end() > cs) {
                        if (m.kind() == Kind.SQUEEZE && m.end() < ce
                                || m.kind() == Kind.SQUEEZE_BEFORE && m.start() > cs) {
                            inner.add(m);
                        } else {
                            m.kind().addClasses(span, m.start() == cs, m.end() == ce);
                        }
                    }
                }
                if (span.classNames().isEmpty() && inner.isEmpty()) {
                    continue;
                }
                if (at < cs) {
                    out.add(new TextNode(text.substring(at, cs)));
                }
                if (inner.isEmpty()) {
                    span.appendText(text.substring(cs, ce));
                } else {
                    span.addClass(CLASS_NOBREAK);
                    int in = cs;
                    for (Mark m : inner) {
                        if (in < m.start()) {
                            span.appendText(text.substring(in, m.start()));
                        }
                        Element mark = new Element("span").appendText(text.substring(m.start(), m.end()));
                        m.kind().addClasses(mark, true, true);
                        span.appendChild(mark);
                        in = m.end();
                    }
                    if (in < ce) {
                        span.appendText(text.substring(in, ce));
                    }
                }
                out.add(span);
                at = ce;
            }
            if (out.isEmpty()) {
                continue;
            }
            if (at < ne) {
                out.add(new TextNode(text.substring(at, ne)));
            }
            TextNode node = nodes.get(k);
            for (Node o : out) {
                node.before(o);
            }
            node.remove();
        }
    }

    /** What a mark asks of the span around it. */
    enum Kind {
        /** A full-width closing mark that gives up its blank right half to the mark after it. */
        SQUEEZE,
        /** A full-width opening mark that gives up its blank left half to the opening mark before it. */
        SQUEEZE_BEFORE,
        /** Latin letters or digits after a Han character. */
        LATIN_AFTER_HAN,
        /** Latin letters or digits before a Han character. */
        LATIN_BEFORE_HAN,
        /** Latin letters or digits between two Han characters. */
        LATIN_AMONG_HAN,
        /** —— or ……. */
        UNBROKEN;

        /** Adds the classes for this mark to its span, which starts or ends with the mark or not. */
        void addClasses(Element span, boolean atStart, boolean atEnd) {
            switch (this) {
                case SQUEEZE -> {
                    if (atEnd) {
                        span.addClass(CLASS_SQUEEZE);
                    }
                }
                case SQUEEZE_BEFORE -> {
                    if (atStart) {
                        span.addClass(CLASS_SQUEEZE_BEFORE);
                    }
                }
                case UNBROKEN -> span.addClass(CLASS_UNBROKEN);
                default -> {
                    boolean before = atStart && this != LATIN_BEFORE_HAN;
                    boolean after = atEnd && this != LATIN_AFTER_HAN;
                    if (before || after) {
                        span.addClass(CLASS_LATIN);
                    }
                    if (before) {
                        span.addClass(CLASS_SPACE_BEFORE);
                    }
                    if (after) {
                        span.addClass(CLASS_SPACE_AFTER);
                    }
                }
            }
        }
    }

    /** The squeezed marks, the Latin runs next to Han and the dashes and ellipses of a line's text, in order. */
    static List<Mark> marks(String text) {
        List<Mark> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if ((cp == '—' || cp == '…') && next < n && text.codePointAt(next) == cp) {
                int end = next;
                while (end < n && text.codePointAt(end) == cp) {
                    end++;
                }
                out.add(new Mark(i, end, Kind.UNBROKEN));
                i = end;
            } else if (isLatin(cp)) {
                int end = i;
                boolean word = false;
                while (end < n && isLatin(text.codePointAt(end))) {
                    word |= Character.isLetterOrDigit(text.codePointAt(end));
                    end += Character.charCount(text.codePointAt(end));
                }
                boolean before = word && i > 0 && Cjk.isHan(text.codePointBefore(i));
                boolean after = word && end < n && Cjk.isHan(text.codePointAt(end));
                if (before || after) {
                    out.add(new Mark(i, end, before && after ? Kind.LATIN_AMONG_HAN
                            : before ? Kind.LATIN_AFTER_HAN : Kind.LATIN_BEFORE_HAN));
                }
                i = end;
            } else {
                if (next < n && squeezes(cp, text.codePointAt(next))) {
                    out.add(new Mark(i, next, Kind.SQUEEZE));
                } else if (i > 0 && Cjk.isOpeningMark(text.codePointBefore(i)) && Cjk.isOpeningMark(cp)) {
                    out.add(new Mark(i, next, Kind.SQUEEZE_BEFORE));
                }
                i = next;
            }
        }
        return out;
    }

    /**
     * Whether {@code mark} gives up the blank right half of its em to {@code next}: a closing mark (glyph in the
     * left half) before an opening one (glyph in the right half) or another closing one.
     */
    static boolean squeezes(int mark, int next) {
        return Cjk.isClosingMark(mark) && (Cjk.isOpeningMark(next) || Cjk.isClosingMark(next));
    }

    /** Latin letters, digits and the printable ASCII signs that go with them (86.88% A/B C++). */
    static boolean isLatin(int cp) {
        if (cp > ' ' && cp < 0x7F) {
            return true;
        }
        return cp >= 0xC0 && cp < 0x250 && Character.isLetter(cp);
    }

    /** Keeps the last two characters of each paragraph inside {@code root} on one line (孤字). */
    static void keepParagraphEnds(Element root) {
        for (Element p : root.select("p")) {
            keepLastCharactersTogether(p);
        }
    }

    /**
     * Keeps a paragraph's last two Han characters (with the marks after them, and an opening mark before them) on
     * one line, so that its last line never holds a single character (孤字). Only a paragraph that ends in plain
     * text of its own is touched; the characters stay as they are.
     */
    private static void keepLastCharactersTogether(Element p) {
        if (p.childNodeSize() == 0 || !(p.childNode(p.childNodeSize() - 1) instanceof TextNode last)) {
            return;
        }
        String text = last.getWholeText();
        int at = text.length();
        int han = 0;
        while (at > 0 && han < 2) {
            int cp = text.codePointBefore(at);
            if (Cjk.isHan(cp)) {
                han++;
            } else if (!Cjk.isCjkPunctuation(cp) && !Cjk.isClosingMark(cp) && !Cjk.isOpeningMark(cp)) {
                return; // not a paragraph that ends in Chinese text
            }
            at -= Character.charCount(cp);
        }
        while (at > 0 && Cjk.isOpeningMark(text.codePointBefore(at))) {
            at -= Character.charCount(text.codePointBefore(at));
        }
        if (han < 2 || at == 0) {
            return;
        }
        TextNode tail = last.splitText(at);
        Element keep = new Element("span").addClass(CLASS_KEEP); // not wrap(html), which parses its argument each time
        tail.replaceWith(keep);
        keep.appendChild(tail);
    }
}
