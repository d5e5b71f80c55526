package yearbook.print;

import java.util.List;

import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.CharCounts;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.JustificationInfo;
import com.openhtmltopdf.render.LineBox;

/**
 * Takes the quarter em between Han and Latin ({@link CjkSpacing}) away where a line begins or ends with it. CSS
 * has no margin that disappears at a line's edge, and the renderer keeps an inline element's margin there: a
 * Latin run that starts a line would be indented by a quarter em, one that ends a justified line would stop a
 * quarter em short of the column's edge. After the layout, before anything is drawn, such a line is moved back
 * to its edge and, when justified, stretched by the quarter em it gained, shared among its gaps as the renderer
 * shares the rest. Where the lines break does not change.
 */
final class LineEdges {
    /** the renderer's share of a justified line's spare room that goes to the gaps between characters, when it has spaces */
    private static final float NON_SPACE_SHARE = 0.20f;

    private LineEdges() {
    }

    /** Corrects every line under {@code root}; returns how many were corrected. */
    static int fix(Box root, CssContext c) {
        if (root instanceof LineBox line) {
            return fixLine(line, c) ? 1 : 0;
        }
        int fixed = 0;
        for (int i = 0; i < root.getChildCount(); i++) {
            fixed += fix(root.getChild(i), c);
        }
        return fixed;
    }

    private static boolean fixLine(LineBox line, CssContext c) {
        if (line.getChildCount() == 0) {
            return false;
        }
        IdentValue align = line.getParent().getStyle().getIdent(CSSName.TEXT_ALIGN);
        if (align == IdentValue.CENTER || align == IdentValue.RIGHT) {
            return false; // a centred or right-aligned line has no edge to keep to on that side; left as set
        }
        InlineLayoutBox first = edge(line.getChild(0), true, CjkSpacing.CLASS_SPACE_BEFORE);
        InlineLayoutBox last = edge(line.getChild(line.getChildCount() - 1), false, CjkSpacing.CLASS_SPACE_AFTER);
        int start = first != null && first.isStartsHere() ? first.getLeftMarginBorderPadding(c) : 0;
        int end = last != null && last.isEndsHere() ? last.getRightMarginPaddingBorder(c) : 0;
        if (start <= 0 && end <= 0) {
            return false;
        }
        if (start > 0) {
            for (Box b : line.getChildren()) {
                shift(b, start);
            }
        }
        JustificationInfo info = line.getJustificationInfo();
        if (info != null) {
            stretch(line, info, Math.max(start, 0) + Math.max(end, 0));
        }
        line.calcChildLocations();
        return true;
    }

    /** Moves an inline box and the inline boxes inside it, whose places are all counted from the line's start. */
    private static void shift(Box box, int by) {
        box.setX(box.getX() - by);
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof Box b) {
                    shift(b, by);
                }
            }
        }
    }

    /**
     * The spaced Latin span at a line's start (or end), when nothing is before (after) it on the line: found by
     * going down the first (last) inline children.
     */
    private static InlineLayoutBox edge(Object box, boolean atStart, String spaceClass) {
        while (box instanceof InlineLayoutBox inline) {
            org.w3c.dom.Element e = inline.getElement();
            if (e != null && (" " + e.getAttribute("class") + " ").contains(" " + spaceClass + " ")) {
                return inline;
            }
            box = null;
            List<Object> children = inline.getInlineChildren();
            for (int i = 0; i < children.size(); i++) {
                Object child = children.get(atStart ? i : children.size() - 1 - i);
                if (child instanceof InlineText text && text.getSubstring().isBlank()) {
                    continue; // nothing shown
                }
                box = child;
                break;
            }
        }
        return null; // text comes first (last), or something else
    }

    /** Shares {@code room} more among the gaps of a justified line, as the renderer shares its spare room. */
    private static void stretch(LineBox line, JustificationInfo info, int room) {
        CharCounts counts = new CharCounts();
        for (Box b : line.getChildren()) {
            if (b instanceof InlineLayoutBox inline) {
                inline.countJustifiableChars(counts);
            }
        }
        JustificationInfo more = new JustificationInfo();
        if (counts.getSpaceCount() > 0) {
            more.setNonSpaceAdjust(counts.getNonSpaceCount() > 1 ? room * NON_SPACE_SHARE / (counts.getNonSpaceCount() - 1) : 0f);
            more.setSpaceAdjust(room * (counts.getNonSpaceCount() > 1 ? 1 - NON_SPACE_SHARE : 1f) / counts.getSpaceCount());
        } else if (counts.getNonSpaceCount() > 1) {
            more.setNonSpaceAdjust((float) room / (counts.getNonSpaceCount() - 1));
            more.setSpaceAdjust(0f);
        } else {
            return;
        }
        float adjust = 0f;
        for (Box b : line.getChildren()) {
            b.setX(b.getX() + Math.round(adjust));
            if (b instanceof InlineLayoutBox inline) {
                adjust += inline.adjustHorizontalPosition(more, adjust);
            }
        }
        info.setNonSpaceAdjust(info.getNonSpaceAdjust() + more.getNonSpaceAdjust());
        info.setSpaceAdjust(info.getSpaceAdjust() + more.getSpaceAdjust());
    }
}
