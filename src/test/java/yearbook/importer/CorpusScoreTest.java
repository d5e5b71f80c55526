package yearbook.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import yearbook.config.Project;
import yearbook.config.ProjectLoader;
import yearbook.diag.Diagnostics;
import yearbook.importer.formats.Formats;
import yearbook.importer.formats.Source;
import yearbook.importer.meta.Places;
import yearbook.importer.page.Item;
import yearbook.importer.page.Page;
import yearbook.importer.page.PageParser;
import yearbook.importer.review.Flag;

/**
 * The importer on real pages unlike the seeds: excerpts of public union news pages of many sites and shapes (in
 * {@code src/test/resources/yearbook/importer/corpus/}, each with its address and the title, province, covered
 * year and writers a reader finds in it, listed in {@code corpus.tsv}). Each page's main item is given its
 * metadata as the import does, and compared. The figures are printed and written to
 * {@code target/corpus-score.md}; docs/import-corpus.md quotes them. The test holds the figures reached, so that
 * a change that makes the importer worse on these pages fails; and it holds that every miss is flagged.
 */
class CorpusScoreTest {
    static final Path CORPUS = Path.of("src/test/resources/yearbook/importer/corpus");

    record Expected(String file, String url, String title, String province, int year, List<String> authors) {
    }

    static List<Expected> expected() throws IOException {
        List<Expected> out = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("corpus.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.add(new Expected(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]),
                    f[5].isBlank() ? List.of() : List.of(f[5].split(" "))));
        }
        return out;
    }

    /** Titles compared as a reader would: spaces and the width of punctuation do not count. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        return s.replaceAll("\\s+", "").replace(':', '：').replace(',', '，').replace('(', '（').replace(')', '）')
                .replace('!', '！').replace('?', '？');
    }

    @Test
    void theImporterOnRealPagesOfOtherKinds() throws IOException {
        Path content = Files.createTempDirectory("corpus");
        Files.copy(Path.of("content/yearbook.yaml"), content.resolve("yearbook.yaml"));
        Files.copy(Path.of("content/themes.yaml"), content.resolve("themes.yaml"));
        Diagnostics d = new Diagnostics();
        Project project = ProjectLoader.load(content, d);
        Places places = new Places(project.regions());
        MetaInference inference = new MetaInference(project, places);
        List<Expected> all = expected();
        int titles = 0;
        int provinces = 0;
        int years = 0;
        int authors = 0;
        int crashes = 0;
        int misses = 0;
        int flaggedMisses = 0;
        StringBuilder table = new StringBuilder("| page | title | province | year | authors |\n|---|---|---|---|---|\n");
        List<String> unflagged = new ArrayList<>();
        for (Expected e : all) {
            ArticleMeta m;
            try {
                Source source = Formats.read(Files.readAllBytes(CORPUS.resolve(e.file())));
                Page page = PageParser.parse(source.decoded().text());
                Item main = page.items().stream().max(Comparator.comparingInt(Item::size)).orElse(null);
                if (main == null) {
                    // no article found at all: the report says so for the page, which is the flag of every miss
                    table.append("| ").append(e.file()).append(" | ⚑ 没有找到文章 | ⚑ | ⚑ | |\n");
                    misses += 3;
                    flaggedMisses += 3;
                    continue;
                }
                m = inference.infer(main, page, source);
            } catch (RuntimeException ex) {
                crashes++;
                table.append("| ").append(e.file()).append(" | crash: ").append(ex).append(" | | | |\n");
                continue;
            }
            List<Flag> flags = m.flags();
            boolean titleFlag = flags.stream().anyMatch(Flag::titleUncertain);
            boolean regionFlag = flags.stream().anyMatch(f -> f.message().contains("region:"));
            boolean yearFlag = flags.stream().anyMatch(f -> f.message().startsWith("年份不确定"));
            boolean titleOk = e.title().isEmpty() ? m.title() == null || titleFlag : norm(e.title()).equals(norm(m.title()));
            String province = m.region() == null ? "" : places.path(m.region()).split("/")[0];
            boolean provinceOk = e.province().equals(province);
            boolean yearOk = e.year() == 0 ? yearFlag : e.year() == m.year().year();
            boolean authorsOk = Set.copyOf(e.authors()).equals(new LinkedHashSet<>(m.authors()));
            titles += titleOk ? 1 : 0;
            provinces += provinceOk ? 1 : 0;
            years += yearOk ? 1 : 0;
            authors += authorsOk ? 1 : 0;
            for (boolean[] miss : new boolean[][] {{titleOk, titleFlag}, {provinceOk, regionFlag}, {yearOk, yearFlag}}) {
                if (!miss[0]) {
                    misses++;
                    flaggedMisses += miss[1] ? 1 : 0;
                }
            }
            if (!titleOk && !titleFlag || !provinceOk && !regionFlag || !yearOk && !yearFlag) {
                unflagged.add(e.file());
            }
            table.append("| ").append(e.file()).append(" | ").append(mark(titleOk, titleFlag)).append(m.title() == null ? "（无）" : m.title())
                    .append(" | ").append(mark(provinceOk, regionFlag)).append(province.isEmpty() ? "（未定）" : province)
                    .append(" | ").append(mark(yearOk, yearFlag)).append(m.year().year())
                    .append(" | ").append(mark(authorsOk, false)).append(String.join("、", m.authors())).append(" |\n");
        }
        int n = all.size();
        String summary = String.format("%d pages: titles %d/%d (%.0f %%), provinces %d/%d (%.0f %%), covered years %d/%d (%.0f %%),"
                        + " authors %d/%d (%.0f %%), %d crashes, misses flagged %d/%d", n, titles, n, 100.0 * titles / n, provinces, n,
                100.0 * provinces / n, years, n, 100.0 * years / n, authors, n, 100.0 * authors / n, crashes, flaggedMisses, misses);
        System.out.println("corpus: " + summary);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/corpus-score.md"), summary + "\n\n" + table);
        assertTrue(n >= 30, "the corpus holds at least 30 pages: " + n);
        assertEquals(0, crashes, table.toString());
        assertEquals(List.of(), unflagged, "every miss is flagged\n" + table);
        // the figures reached; a change that lowers one fails here (raise them when the importer improves)
        assertTrue(titles >= MIN_TITLES, summary + "\n" + table);
        assertTrue(provinces >= MIN_PROVINCES, summary + "\n" + table);
        assertTrue(years >= MIN_YEARS, summary + "\n" + table);
    }

    static final int MIN_TITLES = 30;
    static final int MIN_PROVINCES = 27;
    static final int MIN_YEARS = 24;

    private static String mark(boolean ok, boolean flagged) {
        return ok ? "" : flagged ? "⚑ " : "✗ ";
    }
}
