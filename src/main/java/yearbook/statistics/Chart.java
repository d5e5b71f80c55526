package yearbook.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart of a statistics table, drawn at build time as SVG (no script): one group of bars per row, one bar
 * per column of numbers, each labelled with its figure; a legend when there are several columns. Made only for a
 * table with at least two rows, some figures and none below zero.
 */
public final class Chart {
    /** Colours told apart by readers with the common colour-vision deficiencies, dark enough against white. */
    private static final List<String> COLOURS = List.of("#1f5fa8", "#b8471b", "#2a7a3b", "#6b3fa0", "#8a6d00", "#0f6f78");
    private static final int WIDTH = 640;
    private static final int LABEL = 170;
    private static final int BAR = 16;
    private static final int GAP = 10;
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
        int group = series.size() * BAR + GAP;
        int legend = series.size() > 1 ? 24 : 0;
        int height = legend + t.rows().size() * group + GAP;
        int plot = WIDTH - LABEL - 80;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\">\n");
        s.append("<title id=\"").append(id).append("-title\">").append(escape(t.title()))
                .append(t.unit() != null ? "（单位：" + escape(t.unit()) + "）" : "").append("，条形图；数字见下表</title>\n");
        if (legend > 0) {
            int x = LABEL;
            for (int i = 0; i < series.size(); i++) {
                String name = t.header().get(series.get(i));
                s.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"").append(COLOURS.get(i)).append("\"/>")
                        .append("<text x=\"").append(x + 16).append("\" y=\"16\" font-size=\"13\">").append(escape(name)).append("</text>\n");
                x += 28 + 14 * name.length();
            }
        }
        int y = legend + GAP / 2;
        for (StatTable.Row r : t.rows()) {
            s.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + group / 2 + 2)
                    .append("\" font-size=\"13\" text-anchor=\"end\">").append(escape(shorten(r.cells().get(0)))).append("</text>\n");
            for (int i = 0; i < series.size(); i++) {
                BigDecimal n = r.number(series.get(i));
                int by = y + i * BAR;
                double w = n == null || max.signum() == 0 ? 0 : n.doubleValue() / max.doubleValue() * plot;
                s.append("<rect x=\"").append(LABEL).append("\" y=\"").append(by + 1).append("\" width=\"")
                        .append(String.format(Locale.ROOT, "%.1f", w)).append("\" height=\"").append(BAR - 2)
                        .append("\" fill=\"").append(COLOURS.get(i)).append("\"/>");
                s.append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", LABEL + w + 4)).append("\" y=\"").append(by + BAR - 3)
                        .append("\" font-size=\"12\">").append(n == null ? "—" : escape(Numbers.format(r.cells().get(series.get(i)))))
                        .append("</text>\n");
            }
            y += group;
        }
        s.append("</svg>");
        return s.toString();
    }

    private static String shorten(String label) {
        return label.codePointCount(0, label.length()) <= 12 ? label
                : label.substring(0, label.offsetByCodePoints(0, 11)) + "…";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
