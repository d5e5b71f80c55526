package yearbook.print;

import java.util.List;

import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.JustificationInfo;
import com.openhtmltopdf.render.LineBox;

/**
 * Brings back to the column's edge a justified line that ends in a piece held on one line ({@link CjkSpacing}'s
 * inline-blocks: 用APP办, 好。”). The renderer shares the space a justified line lacks among the gaps between its
 * characters, but adds one share after every character, the last too: invisible when the line ends in text, yet a
 * piece after that text is pushed one share past the edge (a few tenths of a point, measured from the PDF). The
 * piece is moved back by that share after the layout, before anything is drawn.
 */
final class JustifiedLineEnds {
    private JustifiedLineEnds() {
    }

    /** Corrects every justified line under {@code root}; returns how many were corrected. */
    static int fix(Box root) {
        int fixed = 0;
        if (root instanceof LineBox line) {
            return fixLine(line) ? 1 : 0;
        }
        for (int i = 0; i < root.getChildCount(); i++) {
            fixed += fix(root.getChild(i));
        }
        return fixed;
    }

    private static boolean fixLine(LineBox line) {
        JustificationInfo info = line.getJustificationInfo();
        if (info == null || info.getNonSpaceAdjust() <= 0 || line.getChildCount() == 0) {
            return false;
        }
        Object last = line.getChild(line.getChildCount() - 1);
        while (last instanceof InlineLayoutBox box) {
            last = lastContent(box.getInlineChildren());
            if (last == null) {
                return false;
            }
        }
        if (!(last instanceof BlockBox piece)) {
            return false;
        }
        int share = Math.round(info.getNonSpaceAdjust());
        if (share == 0) {
            return false;
        }
        piece.setX(piece.getX() - share);
        piece.calcCanvasLocation();
        piece.calcChildLocations();
        return true;
    }

    /** The last inline child that shows something (a text of only spaces at a line's end shows nothing). */
    private static Object lastContent(List<Object> children) {
        for (int i = children.size() - 1; i >= 0; i--) {
            Object o = children.get(i);
            if (o instanceof InlineText text && text.getSubstring().isBlank()) {
                continue;
            }
            return o;
        }
        return null;
    }
}
