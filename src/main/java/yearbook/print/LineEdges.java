package yearbook.print;

import java.util.List;

import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.CharCounts;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.JustificationInfo;
import com.openhtmltopdf.render.LineBox;

import yearbook.text.Cjk;

/**
 * Sets the edges of each line as a print house does, after the layout and before anything is drawn. Where the
 * lines break does not change; a line is moved, and a justified line is stretched again so that its last
 * character's ink meets the column's edge.
 * <ul>
 * <li>No quarter em at a line's edge. CSS has no margin that disappears there, and the renderer keeps the margin
 * {@link CjkSpacing} gives a Latin run next to Han: a run that starts a line would be indented by a quarter em,
 * one that ends a justified line would stop a quarter em short. Such a line is moved back to its edge, and a
 * justified one stretched by the quarter em it gained.</li>
 * <li>A full-width mark that ends a justified line (，。、；：？！ and closing brackets and quotes,
 * {@link Cjk#isClosingMark}, whose ink fills the left half of their em) is trimmed to half width: the line is stretched by half an em, so that the mark's
 * ink, not its blank half, ends at the edge (GB/T 15834-2011, clreq §3.1.6). A mark already squeezed against
 * the next one ({@link CjkSpacing#CLASS_SQUEEZE}) has given up its blank half and is left as it is. Likewise an
 * opening mark that starts a line other than a paragraph's first: the line is moved back by the mark's blank left
 * half, so that its ink starts at the edge, and stretched by as much when justified.</li>
 * <li>A paragraph's first line keeps its indent. The renderer lays out the first line in the width its
 * {@code text-indent} leaves, but when the line holds an inline-block (the pieces {@link CjkSpacing} keeps
 * whole) it sets the line at the column's start and justifies it to the full width: the line is moved to its
 * indent and justified again to the width it was laid out in.</li>
 * <li>A justified line that ends in an inline-block ends at the edge. The renderer shares the spare room
 * among the gaps between characters, one fewer than the characters, but moves what follows the text by a
 * share for every character: an inline-block at the end went one share past the edge.</li>
 * </ul>
 * Centred and right-aligned lines have no edge to keep to and are left as set. The renderer's cap on the space
 * added between characters ({@code -fs-max-justification-inter-char}) still holds: a line it leaves short
 * stays short.
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
        BlockBox block = line.getParent();
        IdentValue align = block.getStyle().getIdent(CSSName.TEXT_ALIGN);
        if (align == IdentValue.CENTER || align == IdentValue.RIGHT) {
            return false; // a centred or right-aligned line has no edge to keep to on that side; left as set
        }
        InlineLayoutBox first = edge(line.getChild(0), true, CjkSpacing.CLASS_SPACE_BEFORE);
        InlineLayoutBox last = edge(line.getChild(line.getChildCount() - 1), false, CjkSpacing.CLASS_SPACE_AFTER);
        int start = first != null && first.isStartsHere() ? Math.max(first.getLeftMarginBorderPadding(c), 0) : 0;
        int firstIndent = line.isFirstLine() ? (int) block.getStyle().getFloatPropertyProportionalWidth(
                CSSName.TEXT_INDENT, block.getContentWidth(), c) : 0;
        if (start == 0 && firstIndent == 0) {
            start = openingMark(line, c); // not on an indented first line, which keeps the mark after its indent
        }
        int end = last != null && last.isEndsHere() ? Math.max(last.getRightMarginPaddingBorder(c), 0) : 0;
        int indent = lostIndent(line, firstIndent);
        JustificationInfo info = line.getJustificationInfo();
        Tail tail = info == null ? Tail.NONE : tail(line, c);
        if (start == 0 && end == 0 && indent == 0 && tail.trim() == 0 && !tail.block()) {
            return false;
        }
        if (indent != 0) {
            line.setContentStart(indent);
            line.setX(line.getX() + indent);
            line.setAbsX(line.getAbsX() + indent); // not calcCanvasLocation: a line in columns was placed in its column
        }
        if (start > 0) {
            for (Box b : line.getChildren()) {
                shift(b, start);
            }
        }
        if (info != null) {
            justify(line, block, info, start + end + tail.trim(), tail.block(), c);
        }
        line.calcChildLocations();
        return true;
    }

    /**
     * The first-line indent the renderer took from the line's width but did not set the line at: it forgets the
     * indent of a line that holds an inline-block. 0 when there is none to restore.
     */
    private static int lostIndent(LineBox line, int firstIndent) {
        if (firstIndent == 0 || line.getContentStart() != 0) {
            return 0;
        }
        for (Box b : line.getChildren()) {
            if (b instanceof BlockBox || b instanceof InlineLayoutBox inline && holdsBlock(inline)) {
                return firstIndent;
            }
        }
        return 0;
    }

    private static boolean holdsBlock(InlineLayoutBox inline) {
        for (Object child : inline.getInlineChildren()) {
            if (child instanceof BlockBox || child instanceof InlineLayoutBox i && holdsBlock(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Half the em of the opening mark that starts the line, whose ink is in the right half of its em; 0 when the
     * line starts with anything else.
     */
    private static int openingMark(LineBox line, CssContext c) {
        Object box = line.getChild(0);
        while (box instanceof Box b) {
            box = null;
            if (b instanceof InlineLayoutBox inline) {
                box = firstShown(inline.getInlineChildren());
            } else if (b instanceof BlockBox inlineBlock && inlineBlock.getChildCount() > 0
                    && inlineBlock.getChild(0) instanceof LineBox inner && inner.getChildCount() > 0) {
                box = inner.getChild(0);
            }
        }
        if (box instanceof InlineText text) {
            String s = text.getSubstring().stripLeading();
            if (!s.isEmpty() && Cjk.isOpeningMark(s.charAt(0))) {
                return Math.round(text.getParent().getStyle().getFont(c).size / 2);
            }
        }
        return 0;
    }

    private static Object firstShown(List<Object> children) {
        for (Object child : children) {
            if (!(child instanceof InlineText text && text.getSubstring().isBlank())) {
                return child;
            }
        }
        return null;
    }

    /** What ends a justified line: how much its last mark may give up, and whether it is an inline-block. */
    private record Tail(int trim, boolean block) {
        static final Tail NONE = new Tail(0, false);
    }

    private static Tail tail(LineBox line, CssContext c) {
        Object box = line.getChild(line.getChildCount() - 1);
        boolean squeezed = false;
        boolean endsInBlock = false;
        while (box instanceof Box b) {
            squeezed |= hasClass(b, CjkSpacing.CLASS_SQUEEZE);
            box = null;
            if (b instanceof InlineLayoutBox inline) {
                box = lastShown(inline.getInlineChildren());
            } else if (b instanceof BlockBox inlineBlock) {
                endsInBlock = true; // the pieces CjkSpacing keeps whole: one line each
                if (inlineBlock.getChildCount() > 0
                        && inlineBlock.getChild(inlineBlock.getChildCount() - 1) instanceof LineBox inner
                        && inner.getChildCount() > 0) {
                    box = inner.getChild(inner.getChildCount() - 1);
                }
            }
        }
        if (box instanceof InlineText text && !squeezed) {
            String s = text.getSubstring().stripTrailing();
            if (!s.isEmpty() && Cjk.isClosingMark(s.charAt(s.length() - 1))) {
                return new Tail(Math.round(text.getParent().getStyle().getFont(c).size / 2), endsInBlock);
            }
        }
        return new Tail(0, endsInBlock);
    }

    private static Object lastShown(List<Object> children) {
        for (int i = children.size() - 1; i >= 0; i--) {
            Object child = children.get(i);
            if (!(child instanceof InlineText text && text.getSubstring().isBlank())) {
                return child;
            }
        }
        return null;
    }

    private static boolean hasClass(Box box, String name) {
        org.w3c.dom.Element e = box.getElement();
        return e != null && (" " + e.getAttribute("class") + " ").contains(" " + name + " ");
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
            if (hasClass(inline, spaceClass)) {
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

    /**
     * Justifies the line again, as the renderer would, to the width it was laid out in plus {@code gained} (what
     * its edges give up), and changes what the renderer already added by the difference. When the line ends in
     * an inline-block, every character's share comes before the end, so the room is shared by as many gaps as
     * characters.
     */
    private static void justify(LineBox line, BlockBox block, JustificationInfo info, int gained, boolean endsInBlock,
            CssContext c) {
        CharCounts counts = new CharCounts();
        for (Box b : line.getChildren()) {
            if (b instanceof InlineLayoutBox inline) {
                inline.countJustifiableChars(counts);
            }
        }
        int gaps = endsInBlock ? counts.getNonSpaceCount() : counts.getNonSpaceCount() - 1;
        int floats = line.getFloatDistances() == null ? 0
                : line.getFloatDistances().getLeftFloatDistance() + line.getFloatDistances().getRightFloatDistance();
        float room = block.getContentWidth() - floats - line.getContentStart() - line.getContentWidth() + gained;
        CalculatedStyle style = block.getStyle();
        float maxChar = style.getFloatPropertyProportionalWidth(CSSName.FS_MAX_JUSTIFICATION_INTER_CHAR, block.getWidth(), c);
        float maxWord = style.getFloatPropertyProportionalWidth(CSSName.FS_MAX_JUSTIFICATION_INTER_WORD, block.getWidth(), c);
        float nonSpace;
        float space;
        if (counts.getSpaceCount() > 0) {
            nonSpace = gaps > 0 ? Math.min(room * NON_SPACE_SHARE / gaps, maxChar) : 0f;
            space = Math.min(room * (gaps > 0 ? 1 - NON_SPACE_SHARE : 1f) / counts.getSpaceCount(), maxWord);
        } else if (gaps > 0) {
            nonSpace = Math.min(room / gaps, maxChar);
            space = 0f;
        } else {
            return;
        }
        JustificationInfo more = new JustificationInfo();
        more.setNonSpaceAdjust(nonSpace - info.getNonSpaceAdjust());
        more.setSpaceAdjust(space - info.getSpaceAdjust());
        float adjust = 0f;
        for (Box b : line.getChildren()) {
            b.setX(b.getX() + Math.round(adjust));
            if (b instanceof InlineLayoutBox inline) {
                adjust += inline.adjustHorizontalPosition(more, adjust);
            }
        }
        info.setNonSpaceAdjust(nonSpace);
        info.setSpaceAdjust(space);
    }
}
