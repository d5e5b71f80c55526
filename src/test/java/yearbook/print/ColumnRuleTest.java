package yearbook.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.print.PunctuationSpacingTest.Glyph;

/**
 * {@code pdf: columnRule: true} draws a thin rule between the two columns ({@link ColumnRule}), which the renderer
 * does not; read back from the PDF's drawing operators and placed against its glyphs.
 */
class ColumnRuleTest {
    /** A vertical line a page strokes, in PDF points from the page's lower left. */
    record Rule(int page, double x, double low, double high) {
    }

    static Path build(Path root, boolean ruled) throws IOException {
        return ColumnBalanceTest.book(root, List.of("150623", "610825", "110101"), 12, 9,
                "  perProvince: false\n  columnRule: " + ruled + "\n");
    }

    static List<Rule> rules(Path pdf) throws IOException {
        List<Rule> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                int page = i + 1;
                PDPage p = doc.getPage(i);
                List<Point2D> path = new ArrayList<>();
                new PDFGraphicsStreamEngine(p) {
                    @Override public void moveTo(float x, float y) { path.clear(); path.add(new Point2D.Float(x, y)); }
                    @Override public void lineTo(float x, float y) { path.add(new Point2D.Float(x, y)); }
                    @Override public void strokePath() {
                        if (path.size() == 2 && Math.abs(path.get(0).getX() - path.get(1).getX()) < 0.01
                                && Math.abs(path.get(0).getY() - path.get(1).getY()) > 36) {
                            out.add(new Rule(page, path.get(0).getX(), Math.min(path.get(0).getY(), path.get(1).getY()),
                                    Math.max(path.get(0).getY(), path.get(1).getY())));
                        }
                        path.clear();
                    }
                    @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { path.clear(); }
                    @Override public void drawImage(PDImage image) { }
                    @Override public void clip(int windingRule) { }
                    @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { path.clear(); }
                    @Override public Point2D getCurrentPoint() { return path.isEmpty() ? new Point2D.Float() : path.get(path.size() - 1); }
                    @Override public void closePath() { }
                    @Override public void endPath() { path.clear(); }
                    @Override public void fillPath(int windingRule) { path.clear(); }
                    @Override public void fillAndStrokePath(int windingRule) { path.clear(); }
                    @Override public void shadingFill(COSName shadingName) { }
                    void run() throws IOException { processPage(p); }
                }.run();
            }
        }
        return out;
    }

    @Test
    void aRuleRunsBetweenTheColumnsWhereBothHoldText(@TempDir Path root) throws Exception {
        Path pdf = build(root, true);
        List<Rule> rules = rules(pdf);
        double height;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            height = doc.getPage(0).getMediaBox().getHeight();
        }
        Map<Integer, List<Glyph>> pages = PunctuationSpacingTest.glyphs(Files.readAllBytes(pdf)).stream()
                .filter(g -> g.text().equals("职") || g.text().equals("工")) // the articles' text
                .collect(Collectors.groupingBy(Glyph::page, TreeMap::new, Collectors.toList()));
        pages.values().removeIf(glyphs -> glyphs.stream().noneMatch(g -> g.text().equals("职")));
        int ruled = 0;
        for (Map.Entry<Integer, List<Glyph>> page : pages.entrySet()) {
            List<Glyph> glyphs = page.getValue();
            double mid = (glyphs.stream().mapToDouble(Glyph::x).min().orElseThrow()
                    + glyphs.stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow()) / 2;
            double leftEnd = glyphs.stream().filter(g -> g.x() < mid).mapToDouble(g -> g.x() + g.width()).max().orElse(Double.NaN);
            double rightStart = glyphs.stream().filter(g -> g.x() >= mid).mapToDouble(Glyph::x).min().orElse(Double.NaN);
            List<Rule> on = rules.stream().filter(r -> r.page() == page.getKey()).toList();
            if (Double.isNaN(rightStart)) {
                assertTrue(on.isEmpty(), "no rule beside a single column, page " + page.getKey());
                continue;
            }
            assertEquals(1, on.size(), "one rule on page " + page.getKey());
            Rule rule = on.get(0);
            assertEquals((leftEnd + rightStart) / 2, rule.x(), 0.5, "halfway across the gap, page " + page.getKey());
            double top = height - glyphs.stream().mapToDouble(Glyph::y).min().orElseThrow();
            double foot = height - glyphs.stream().mapToDouble(Glyph::y).max().orElseThrow();
            assertTrue(rule.high() > top && rule.low() < foot, "from the top line to the foot line, page " + page.getKey()
                    + ": " + rule + " " + top + " " + foot);
            assertTrue(rule.high() - top < 20 && foot - rule.low() < 20, "and not much beyond, page " + page.getKey());
            ruled++;
        }
        assertTrue(ruled >= 3, "pages with two columns were ruled: " + ruled);
        PrintYearbookTest.assertValid(pdf.getParent()); // an artifact: PDF/A-2u and PDF/UA-1 still hold
    }

    @Test
    void noRuleUnlessAskedFor(@TempDir Path root) throws IOException {
        assertTrue(rules(build(root, false)).isEmpty());
    }
}
