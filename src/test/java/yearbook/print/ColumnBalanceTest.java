package yearbook.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildService;
import yearbook.pipeline.Progress;
import yearbook.print.PunctuationSpacingTest.Glyph;
import yearbook.testing.TestFiles;

/**
 * The two columns on a section's last page end level ({@link ColumnBalance}), measured on the glyphs of the PDF.
 * Each article is in a province of its own, so each ends a section, and the next starts a new page; the
 * articles are of different lengths, so that their last pages are filled to different heights, some less than
 * one column.
 */
class ColumnBalanceTest {
    static final double EM = 10.5;
    static final double LINE = 1.75 * EM;
    static final List<String> COUNTIES = List.of("150623", "610825", "110101", "130102", "140105", "210102", "320102",
            "330102");

    @TempDir
    static Path root;
    static Map<Integer, List<Glyph>> pages;

    /**
     * Builds a yearbook of one article in each of {@code counties}, the k-th of {@code first + k * more}
     * paragraphs of different lengths, with {@code pdf} settings; returns its 2019 volume.
     */
    static Path book(Path root, List<String> counties, int first, int more, String pdf) throws IOException {
        StringBuilder archive = new StringBuilder(TestFiles.BASICS.replace("baseUrl: https://example.org/yb/",
                "baseUrl: https://example.org/yb/\npdf:\n" + pdf));
        for (int k = 0; k < counties.size(); k++) {
            archive.append("-- content/articles/a").append(k).append(".md --\n---\ntitle: 第").append(k + 1)
                    .append("篇条目\norganization: 总工会\nregion: ").append(counties.get(k))
                    .append("\nyear: 2018\n---\n");
            for (int i = 0; i < first + k * more; i++) {
                archive.append("职工".repeat(20 + (i * 37 + k * 11) % 70)).append("。\n\n");
            }
        }
        TestFiles.write(root, archive.toString());
        new BuildService("t").build(new BuildOptions(root.resolve("content"), TestFiles.templates(), root.resolve("site"),
                true, true, Instant.parse("2020-06-01T00:00:00Z")), Progress.NONE);
        return root.resolve("site/pdf/yearbook-2019.pdf");
    }

    @BeforeAll
    static void build() throws IOException {
        Path pdf = book(root, COUNTIES, 3, 5, "  columns: 2\n");
        pages = PunctuationSpacingTest.glyphs(Files.readAllBytes(pdf)).stream()
                .filter(g -> g.text().equals("职") || g.text().equals("工"))
                .collect(Collectors.groupingBy(Glyph::page, TreeMap::new, Collectors.toList()));
        pages.values().removeIf(glyphs -> glyphs.stream().noneMatch(g -> g.text().equals("职"))); // the articles' pages
    }

    /** The baselines of one column of a page: the lowest and the highest. */
    record Column(double top, double bottom, int glyphs) {
        static Column of(List<Glyph> glyphs) {
            return new Column(glyphs.stream().mapToDouble(Glyph::y).min().orElse(Double.NaN),
                    glyphs.stream().mapToDouble(Glyph::y).max().orElse(Double.NaN), glyphs.size());
        }
    }

    @Test
    void theColumnsOfASectionsLastPageEndLevel() {
        double foot = pages.values().stream().flatMap(List::stream).mapToDouble(Glyph::y).max().orElseThrow();
        int lastPages = 0;
        int full = 0;
        int firstLonger = 0;
        int level = 0;
        for (Map.Entry<Integer, List<Glyph>> page : pages.entrySet()) {
            List<Glyph> glyphs = page.getValue();
            double mid = (glyphs.stream().mapToDouble(Glyph::x).min().orElseThrow()
                    + glyphs.stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow()) / 2;
            Column left = Column.of(glyphs.stream().filter(g -> g.x() < mid).toList());
            Column right = Column.of(glyphs.stream().filter(g -> g.x() >= mid).toList());
            assertTrue(left.glyphs() > 0, "page " + page.getKey() + " has text in its first column");
            if (right.glyphs() > 0 && foot - left.bottom() < LINE && foot - right.bottom() < LINE) {
                full++; // a full page
                continue;
            }
            // a section's last page: both columns hold text and end level, one at most a line lower (mostly the
            // first); at most two where a closer split would leave one line of a paragraph alone at a column's foot
            // or head, or split a heading from its text
            assertTrue(right.glyphs() > 0, "page " + page.getKey() + ": the second column is not empty");
            double longer = left.bottom() - right.bottom();
            assertTrue(Math.abs(longer) < 2 * LINE, "page " + page.getKey() + ": the columns end level, " + left + " " + right);
            level += Math.abs(longer) < LINE + 0.5 ? 1 : 0;
            firstLonger += longer > -0.5 ? 1 : 0;
            lastPages++;
        }
        assertTrue(full > 0, "some pages were full");
        assertTrue(lastPages >= COUNTIES.size(), "every section's last page was checked: " + lastPages);
        assertTrue(level * 3 > lastPages * 2, "mostly within a line: " + level + " of " + lastPages);
        assertTrue(firstLonger * 2 > lastPages, "mostly the first column is the longer: " + firstLonger + " of " + lastPages);
    }

    @Test
    void noTextIsSetOverAnother(@TempDir Path dir) throws IOException {
        // sections of one province, each a little longer than the one before, so that they start at every height
        // of the page, also just above its foot: there the renderer set a run of columns' first lines over the
        // foot and into the next page's text, unless the section starts on the next page (print/book.css)
        List<String> counties = List.of("150602", "150603", "150621", "150622", "150623", "150624", "150625", "150626",
                "150627", "150802", "150821", "150822", "150823", "150824", "150825", "150826");
        Path pdf = book(dir, counties, 2, 1, "  perProvince: false\n");
        Map<Integer, List<Glyph>> all = PunctuationSpacingTest.glyphs(Files.readAllBytes(pdf)).stream()
                .collect(Collectors.groupingBy(Glyph::page, TreeMap::new, Collectors.toList()));
        int pages = 0;
        for (Map.Entry<Integer, List<Glyph>> page : all.entrySet()) {
            List<Glyph> glyphs = page.getValue().stream().filter(g -> g.width() > 4).toList();
            for (int i = 0; i < glyphs.size(); i++) {
                for (int j = i + 1; j < glyphs.size(); j++) {
                    Glyph a = glyphs.get(i);
                    Glyph b = glyphs.get(j);
                    double dy = Math.abs(a.y() - b.y());
                    double across = Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x());
                    assertTrue(dy < 0.5 || across < 1 || dy > 0.8 * Math.min(a.width(), b.width()),
                            "page " + page.getKey() + ": " + a.text() + " and " + b.text() + " are set over each other at "
                                    + a.x() + "," + a.y() + " and " + b.x() + "," + b.y());
                }
            }
            pages++;
        }
        assertTrue(pages > 10, "pages: " + pages);
    }

    @Test
    void theColumnsTopsAreLevel() {
        // on a page after a section's first, both columns start at the top of the page's text
        int checked = 0;
        for (List<Glyph> glyphs : pages.values()) {
            double mid = (glyphs.stream().mapToDouble(Glyph::x).min().orElseThrow()
                    + glyphs.stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow()) / 2;
            Column left = Column.of(glyphs.stream().filter(g -> g.x() < mid).toList());
            Column right = Column.of(glyphs.stream().filter(g -> g.x() >= mid).toList());
            if (right.glyphs() > 0 && left.top() < 100) {
                assertEquals(left.top(), right.top(), 0.5, "the columns' first lines are level");
                checked++;
            }
        }
        assertTrue(checked > 0);
    }
}
