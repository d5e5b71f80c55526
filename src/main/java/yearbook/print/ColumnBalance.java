package yearbook.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.FlowingColumnBox;
import com.openhtmltopdf.render.FlowingColumnContainerBox;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;

/**
 * Balances the two columns on the last page of a run of columns, as a print house does: both columns end level,
 * the left one at most a line longer. The renderer fills one column to the page's foot before it starts the
 * next, so a section's last page had a full left column beside a short right one, or all of its text in the left
 * column. After the layout, before anything is drawn, the lines (and pictures) of that page are shared out
 * again: the left column keeps the first of them, the right one takes the rest from its top. A split is not
 * made after a heading (what the stylesheet keeps with the next), inside what it keeps whole (a figure), nor
 * where it would leave one line of a paragraph alone at a column's foot or head; where no split is allowed, the
 * page stays as the renderer set it.
 * <p>
 * Only a page on which nothing follows the columns is balanced: what comes after them was laid out below the
 * longer column, and moving it up would change the pages after it. That is every page where the columns fill
 * both (the left column then runs to the page's foot) and every section's last page before a page break; the
 * columns of a section followed on the same page by the next heading stay as the renderer set them.
 */
final class ColumnBalance {
    private ColumnBalance() {
    }

    /** Balances every run of columns under {@code root}; returns how many pages were balanced. */
    static int balance(Box root, List<PageBox> pages, CssContext c) {
        int balanced = 0;
        if (root instanceof FlowingColumnContainerBox columns) {
            return balanceLastPage(columns, pages, c) ? 1 : 0;
        }
        for (int i = 0; i < root.getChildCount(); i++) {
            balanced += balance(root.getChild(i), pages, c);
        }
        return balanced;
    }

    /** A place where a column may begin: a line or a box the renderer does not break, and what moves with it. */
    record Item(Box box, List<Box> ancestors, int y, int height) {
    }

    private static boolean balanceLastPage(FlowingColumnContainerBox columns, List<PageBox> pages, CssContext c) {
        CalculatedStyle style = columns.getStyle();
        FlowingColumnBox flow = columns.getChild();
        if (style.columnCount() != 2 || flow == null) {
            return false;
        }
        List<Item> items = items(flow, c);
        if (items.size() < 2) {
            return false;
        }
        PageBox page = pageOf(items.get(items.size() - 1).box().getAbsY(), pages);
        if (page == null || followedOnPage(columns, page)) {
            return false;
        }
        int first = items.size() - 1; // the first item on the last page
        while (first > 0 && pageOf(items.get(first - 1).box().getAbsY(), pages) == page) {
            first--;
        }
        int last = items.size() - 1;
        int shift = columnShift(columns, c);
        int second = first; // the first item the renderer put in the second column (last + 1: none)
        while (second <= last && !inSecondColumn(items.get(second), flow, shift)) {
            second++;
        }
        // the top of this page's columns (where the first column's first line or picture is, so that the tops
        // are level), and where that is in the long column the renderer laid out first
        int top = items.get(first).box().getAbsY();
        int origin = items.get(first).y();
        int room = page.getBottom() - top;
        int end = items.get(last).y() + items.get(last).height();
        int best = -1;
        long bestScore = Long.MAX_VALUE;
        for (int k = first + 1; k <= Math.min(second, last); k++) { // only ever from the first column to the second
            Item before = items.get(k - 1);
            Item at = items.get(k);
            int left = before.y() + before.height() - origin;
            int right = end - at.y();
            if (left > room || right > room || !mayBreak(before, at)) {
                continue;
            }
            // the taller column as short as it can be; the left one rather than the right the taller
            long score = 2L * Math.max(left, right) + (right > left ? 1 : 0);
            if (score < bestScore) {
                bestScore = score;
                best = k;
            }
        }
        if (best < 0) {
            return false;
        }
        int from = items.get(best).y();
        for (int i = best; i <= last; i++) {
            Item item = items.get(i);
            Box box = item.box();
            int dx = flowX(box, flow) + shift - box.getAbsX();
            int dy = top + item.y() - from - box.getAbsY();
            if (dx == 0 && dy == 0) {
                continue;
            }
            box.setAbsX(box.getAbsX() + dx);
            box.setAbsY(box.getAbsY() + dy);
            for (Box ancestor : item.ancestors()) {
                ancestor.setAbsX(ancestor.getAbsX() + dx);
                ancestor.setAbsY(ancestor.getAbsY() + dy);
            }
            if (box instanceof LineBox) {
                box.calcChildLocations();
            }
        }
        return true;
    }

    /** The places where a column may begin in a run of columns, in the order the renderer fills them. */
    static List<Item> items(FlowingColumnBox flow, CssContext c) {
        List<Item> items = new ArrayList<>();
        flow.findColumnBreakOpportunities(new FlowingColumnContainerBox.ColumnBreakStore() {
            @Override
            public void addBreak(Box box, List<Box> ancestors) {
                super.addBreak(box, ancestors);
                items.add(new Item(box, ancestors == null ? List.of() : ancestors, flowY(box, flow),
                        box.getBorderBoxHeight(c)));
            }
        });
        items.sort(Comparator.comparingInt(i -> i.y() + i.height())); // as the renderer orders them
        return items;
    }

    /** Whether the renderer put {@code item} in the second column: moved across by a column's width and gap. */
    static boolean inSecondColumn(Item item, FlowingColumnBox flow, int shift) {
        return item.box().getAbsX() - flowX(item.box(), flow) >= shift / 2;
    }

    /** Whether a column may end after {@code before} and the next begin with {@code at}. */
    private static boolean mayBreak(Item before, Item at) {
        Box a = before.box();
        Box b = at.box();
        for (Box up = a.getParent(); up != null && !(up instanceof FlowingColumnBox); up = up.getParent()) {
            CalculatedStyle s = up.getStyle();
            if (s == null) {
                continue;
            }
            boolean holdsNext = isAncestor(up, b);
            if (holdsNext && s.isIdent(CSSName.PAGE_BREAK_INSIDE, IdentValue.AVOID)) {
                return false; // kept whole
            }
            if (!holdsNext && s.isIdent(CSSName.PAGE_BREAK_AFTER, IdentValue.AVOID)) {
                return false; // a heading kept with what follows
            }
        }
        if (a instanceof LineBox && b instanceof LineBox && a.getParent() == b.getParent()) {
            Box block = a.getParent();
            boolean orphan = block.getChild(0) == a;
            boolean widow = block.getChild(block.getChildCount() - 1) == b;
            return !orphan && !widow; // one line of a paragraph alone at a column's foot or head
        }
        return true;
    }

    private static boolean isAncestor(Box ancestor, Box box) {
        for (Box up = box.getParent(); up != null; up = up.getParent()) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether anything after the columns begins on {@code page}: the next box in the flow after them, or after the
     * first of their ancestors that has one.
     */
    private static boolean followedOnPage(Box columns, PageBox page) {
        for (Box box = columns; box.getParent() != null; box = box.getParent()) {
            Box parent = box.getParent();
            boolean after = false;
            for (Box next : parent.getChildren()) {
                if (after && next instanceof BlockBox) {
                    return next.getAbsY() < page.getBottom();
                }
                after |= next == box;
            }
        }
        return false;
    }

    static PageBox pageOf(int y, List<PageBox> pages) {
        for (PageBox p : pages) {
            if (y >= p.getTop() && y < p.getBottom()) {
                return p;
            }
        }
        return null;
    }

    /** Where a box is in the one long column the renderer lays out before it cuts it into columns. */
    private static int flowY(Box box, FlowingColumnBox flow) {
        int y = 0;
        for (Box b = box; b != flow && b.getParent() != null; b = b.getParent()) {
            y += b.getY() + b.getParent().getTy();
        }
        return y;
    }

    /** A box's place across the page in the first column. */
    static int flowX(Box box, FlowingColumnBox flow) {
        int x = flow.getAbsX();
        for (Box b = box; b != flow && b.getParent() != null; b = b.getParent()) {
            x += b.getX() + b.getParent().getTx();
        }
        return x;
    }

    /** How far the second column is from the first, as the renderer reckons it. */
    static int columnShift(FlowingColumnContainerBox columns, CssContext c) {
        return columnWidth(columns, c) + columnGap(columns, c);
    }

    /** The width of a column, as the renderer reckons it. */
    static int columnWidth(FlowingColumnContainerBox columns, CssContext c) {
        CalculatedStyle style = columns.getStyle();
        float gap = style.isIdent(CSSName.COLUMN_GAP, IdentValue.NORMAL) ? style.getLineHeight(c)
                : style.getFloatPropertyProportionalWidth(CSSName.COLUMN_GAP, columns.getContentWidth(), c);
        int count = style.columnCount();
        return (int) ((columns.getContentWidth() - gap * (count - 1)) / count);
    }

    /** The gap between two columns, as the renderer reckons it. */
    static int columnGap(FlowingColumnContainerBox columns, CssContext c) {
        CalculatedStyle style = columns.getStyle();
        return (int) (style.isIdent(CSSName.COLUMN_GAP, IdentValue.NORMAL) ? style.getLineHeight(c)
                : style.getFloatPropertyProportionalWidth(CSSName.COLUMN_GAP, columns.getContentWidth(), c));
    }
}
