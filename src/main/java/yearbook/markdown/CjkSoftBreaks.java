package yearbook.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.text.Characters;

import yearbook.text.Cjk;

/**
 * Drops soft line breaks between CJK characters: {@code 职工\n群众} reads {@code 职工群众}, where CommonMark
 * would leave a newline that browsers show as a space. Breaks next to Latin text or Hangul stay.
 *
 * <p>Implemented as a pass over the parsed document rather than as a renderer for {@link SoftLineBreak}, so
 * that everything reading the tree afterwards (HTML, heading text and ids) agrees. For each break it finds the
 * nearest character on each side, looking into emphasis and link text ({@code **职工**\n群众}) and through
 * {@linkplain #isLookThrough ambiguous punctuation} such as “ ”; inline code counts as text, while images,
 * raw HTML and line breaks end the search. The break is removed when both characters are
 * {@linkplain #isBreakless breakless CJK characters}.
 */
final class CjkSoftBreaks {

    private static final int NONE = -1;

    private CjkSoftBreaks() {
    }

    /**
     * Characters between which a soft line break is dropped: {@linkplain Cjk#isWideOrHangul CJK characters}
     * except Hangul, because Korean separates words with spaces.
     */
    static boolean isBreakless(int cp) {
        return Cjk.isWideOrHangul(cp) && !Cjk.isHangul(cp);
    }

    /**
     * Characters that a soft-break decision looks through to the next character: variation selectors, and
     * East Asian Width "ambiguous" punctuation (“ ” ‘ ’ … — · and the like), which is set wide in Chinese text
     * and narrow in Latin text, so the letter beyond it decides.
     */
    static boolean isLookThrough(int cp) {
        return Cjk.isVariationSelector(cp) || (Cjk.isAmbiguousWidth(cp) && Characters.isPunctuationCodePoint(cp));
    }

    static void apply(Node document) {
        Set<Node> containers = Collections.newSetFromMap(new IdentityHashMap<>());
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(SoftLineBreak softLineBreak) {
                Node container = softLineBreak.getParent();
                while (isTransparent(container)) {
                    container = container.getParent();
                }
                containers.add(container);
            }
        });
        List<Node> dropped = new ArrayList<>();
        for (Node container : containers) {
            List<Node> leaves = new ArrayList<>();
            flatten(container, leaves);
            for (int i = 0; i < leaves.size(); i++) {
                if (leaves.get(i) instanceof SoftLineBreak
                        && isBreakless(nearest(leaves, i, -1)) && isBreakless(nearest(leaves, i, +1))) {
                    dropped.add(leaves.get(i));
                }
            }
        }
        dropped.forEach(Node::unlink);
    }

    /** Inline containers whose text reads as part of the surrounding text. */
    private static boolean isTransparent(Node node) {
        return node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Link;
    }

    private static void flatten(Node parent, List<Node> leaves) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (isTransparent(child)) {
                flatten(child, leaves);
            } else {
                leaves.add(child);
            }
        }
    }

    /** The first deciding code point from leaf {@code i} in direction {@code step}, or {@link #NONE}. */
    private static int nearest(List<Node> leaves, int i, int step) {
        for (int j = i + step; j >= 0 && j < leaves.size(); j += step) {
            String text;
            if (leaves.get(j) instanceof Text t) {
                text = t.getLiteral();
            } else if (leaves.get(j) instanceof Code c) {
                text = c.getLiteral();
            } else {
                return NONE;
            }
            int k = step < 0 ? text.length() : 0;
            while (step < 0 ? k > 0 : k < text.length()) {
                int cp = step < 0 ? text.codePointBefore(k) : text.codePointAt(k);
                if (!isLookThrough(cp)) {
                    return cp;
                }
                k += step * Character.charCount(cp);
            }
        }
        return NONE;
    }
}
