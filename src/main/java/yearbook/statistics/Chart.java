package yearbook.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart of a statistics table, drawn at build time as SVG (no script): one group of horizontal bars per row,
 * its name on a line of its own above them, one bar per column of numbers, each labelled with its figure; a legend
 * when there are several columns. Drawn {@value #WIDTH} units wide, so that on a phone of 360 px, where the page
 * leaves it about 330 px, it is scaled up a little rather than down and its text keeps at least its drawn size
 * (13–14 px); on a wider screen it keeps that width. Made only for a table with at least two rows, some figures and
 * none below zero.
 */
public final class Chart {
    /** Colours told apart by readers with the common colour-vision deficiencies, dark enough against white. */
    private static final List<String> COLOURS = List.of("#1f5fa8", "#b8471b", "#2a7a3b", "#6b3fa0", "#8a6d00", "#0f6f78");
    static final int WIDTH = 320;
    /** The size of a row's name, above its bars. */
    static final int LABEL_SIZE = 14;
    /** The size of the figures beside the bars and of the legend. */
    static final int FIGURE_SIZE = 13;
    /** A row's name: at most this many characters, so that it fits on its line. */
    private static final int LABEL_CHARS = WIDTH / LABEL_SIZE;
    private static final int LABEL_LINE = 20;
    private static final int BAR = 16;
    private static final int GAP = 10;
    /** Room right of the longest bar for its figure. */
    private static final int FIGURE_ROOM = 96;
    private static final int LEGEND_LINE = 20;
    private static final int MAX_SERIES = COLOURS.size();

    private Chart() {
    }

    /** Whether the table gets a chart. */
    public static boolean drawable(StatTable t) {
        if (!t.chart() || t.rows().size() < 2 || t.numericColumns().isEmpty() || t.numericColumns().size() > MAX_SERIES) {
            return false;
        }
        boolean any = false;
        for (StatTable.Row r : t.rows()) {
            for (int c : t.numericColumns()) {
                BigDecimal n = r.number(c);
                if (n != null && n.signum() < 0) {
                    return false;
                }
                any |= n != null && n.signum() > 0;
            }
        }
        return any;
    }

    /**
     * The chart as an SVG element to place in a page, described for screen readers by its title (the table beside
     * it holds the figures); {@code id} makes its ids unique in the page.
     */
    public static String svg(StatTable t, String id) {
        List<Integer> series = t.numericColumns();
        BigDecimal max = BigDecimal.ZERO;
        for (StatTable.Row r : t.rows()) {
            for (int c : series) {
                BigDecimal n = r.number(c);
                if (n != null && n.compareTo(max) > 0) {
                    max = n;
                }
            }
        }
        StringBuilder legend = new StringBuilder();
        int legendHeight = 0;
        if (series.size() > 1) {
            // the series' names side by side, on as many lines as they need
            int x = 0;
            int line = 0;
            for (int i = 0; i < series.size(); i++) {
                String name = shorten(t.header().get(series.get(i)), LABEL_CHARS - 2);
                int width = 16 + FIGURE_SIZE * name.codePointCount(0, name.length()) + 12;
                if (x > 0 && x + width > WIDTH) {
                    x = 0;
                    line++;
                }
                int top = line * LEGEND_LINE;
                legend.append("<rect x=\"").append(x).append("\" y=\"").append(top + 3).append("\" width=\"12\" height=\"12\" fill=\"")
                        .append(COLOURS.get(i)).append("\"/>")
                        .append("<text x=\"").append(x + 16).append("\" y=\"").append(top + 14).append("\" font-size=\"")
                        .append(FIGURE_SIZE).append("\">").append(escape(name)).append("</text>\n");
                x += width;
            }
            legendHeight = (line + 1) * LEGEND_LINE + 4;
        }
        int group = LABEL_LINE + series.size() * BAR + GAP;
        int height = legendHeight + t.rows().size() * group;
        int plot = WIDTH - FIGURE_ROOM;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\">\n");
        s.append("<title id=\"").append(id).append("-title\">").append(escape(t.title()))
                .append(t.unit() != null ? "（单位：" + escape(t.unit()) + "）" : "").append("，条形图；数字见下表</title>\n");
        s.append(legend);
        int y = legendHeight;
        for (StatTable.Row r : t.rows()) {
            s.append("<text class=\"chart-label\" x=\"0\" y=\"").append(y + LABEL_SIZE + 1).append("\" font-size=\"")
                    .append(LABEL_SIZE).append("\">").append(escape(shorten(r.cells().get(0), LABEL_CHARS))).append("</text>\n");
            for (int i = 0; i < series.size(); i++) {
                BigDecimal n = r.number(series.get(i));
                int by = y + LABEL_LINE + i * BAR;
                double w = n == null || max.signum() == 0 ? 0 : n.doubleValue() / max.doubleValue() * plot;
                s.append("<rect x=\"0\" y=\"").append(by + 1).append("\" width=\"")
                        .append(String.format(Locale.ROOT, "%.1f", w)).append("\" height=\"").append(BAR - 2)
                        .append("\" fill=\"").append(COLOURS.get(i)).append("\"/>");
                s.append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", w + 4)).append("\" y=\"").append(by + BAR - 3)
                        .append("\" font-size=\"").append(FIGURE_SIZE).append("\">")
                        .append(n == null ? "—" : escape(Numbers.format(r.cells().get(series.get(i))))).append("</text>\n");
            }
            y += group;
        }
        s.append("</svg>");
        return s.toString();
    }

    /** {@code label}, cut to at most {@code chars} characters with … at the end when longer. */
    private static String shorten(String label, int chars) {
        return label.codePointCount(0, label.length()) <= chars ? label
                : label.substring(0, label.offsetByCodePoints(0, chars - 1)) + "…";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
