package yearbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import yearbook.config.Project;
import yearbook.config.Settings;
import yearbook.diag.Diagnostic;
import yearbook.diag.Diagnostics;
import yearbook.region.RegionCatalog;
import yearbook.theme.Theme;
import yearbook.theme.ThemeVocabulary;

class ArticleReaderTest {
    private final Project project = new Project(
            Settings.defaults(),
            new ThemeVocabulary(List.of(new Theme("model-workers", "劳模工匠", null, List.of("劳模")))),
            RegionCatalog.standard());
    private final ArticleReader reader = new ArticleReader(project);
    private final Path file = Path.of("a.md");

    private List<String> errors(String text) {
        Diagnostics d = new Diagnostics();
        assertTrue(reader.parse(file, "a.md", text, d).isEmpty(), "expected the article to be refused");
        return d.all().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void readsAFullArticle() {
        Diagnostics d = new Diagnostics();
        Article a = reader.parse(file, "a.md", """
                ---
                title: 以四项举措抓基层 强基础
                subtitle: 工作纪实
                organization: 乌海市总工会
                region: 内蒙古自治区/乌海市
                year: 2018
                date: 2019-01-05
                themes: [model-workers, 劳模工匠]
                authors: [杨万莲, 赵艳莉]
                source:
                  name: 内蒙古工人报
                  page: 第3版
                ---
                正文第一段。
                """, d).orElseThrow();
        assertEquals(List.of(), d.all());
        assertEquals("150300", a.region().code());
        assertEquals(2019, a.volume());
        assertEquals(LocalDate.of(2019, 1, 5), a.date());
        assertEquals(List.of("model-workers"), a.themes().stream().map(Theme::id).toList(), "a theme named twice counts once");
        assertEquals("内蒙古工人报", a.source().name());
        assertEquals(14, a.bodyLine());
        assertEquals("正文第一段。\n", a.body());
    }

    @Test
    void explicitVolumeWinsOverTheRule() {
        Article a = reader.parse(file, "a.md", "---\ntitle: t\norganization: o\nregion: 150623\nyear: 2018\nvolume: 2020\n---\n",
                new Diagnostics()).orElseThrow();
        assertEquals(2020, a.volume());
        assertEquals("鄂托克前旗", a.region().name());
    }

    @Test
    void reportsEveryMissingRequiredField() {
        assertEquals(List.of(
                "a.md:2: error: the required field 'organization' is missing",
                "a.md:2: error: the required field 'region' is missing",
                "a.md:2: error: the required field 'year' is missing"),
                errors("---\ntitle: t\n---\nbody\n"));
    }

    @Test
    void unknownThemeNamesItsLine() {
        List<String> e = errors("---\ntitle: t\norganization: o\nregion: 150623\nyear: 2018\nthemes:\n  - model-workers\n  - 劳模\n---\n");
        assertEquals(1, e.size());
        assertTrue(e.get(0).startsWith("a.md:8: error: unknown theme '劳模'"), e.get(0));
    }

    @Test
    void unknownRegionNamesItsLine() {
        List<String> e = errors("---\ntitle: t\norganization: o\nregion: 火星省\nyear: 2018\n---\n");
        assertEquals(1, e.size());
        assertTrue(e.get(0).startsWith("a.md:4: error: "), e.get(0));
        assertTrue(e.get(0).contains("火星省"), e.get(0));
    }

    @Test
    void frontMatterProblems() {
        assertEquals(List.of("a.md:1: error: the article does not start with front matter: the first line must be '---', followed by fields such as 'title:' and a closing '---'"),
                errors("# 标题\n正文\n"));
        assertEquals(List.of("a.md:1: error: the front matter is never closed: add a line '---' after the last field"),
                errors("---\ntitle: t\n"));
        assertEquals(List.of("a.md:1: error: the file is empty; an article starts with front matter: a line '---', fields such as 'title:', then '---'"),
                errors(""));
    }

    @Test
    void badSlugAndTypoFieldAreBothReported() {
        List<String> e = errors("---\ntitle: t\norganization: o\nregion: 150623\nyear: 2018\nslug: 乌海\nthemse: [x]\n---\n");
        assertEquals(2, e.size(), e.toString());
        assertTrue(e.get(0).startsWith("a.md:6: error: 'slug' becomes part of the web address"), e.get(0));
        assertEquals("a.md:7:1: error: unknown field 'themse' — did you mean 'themes'?", e.get(1));
    }

    @Test
    void aSlugTooLongForAFolderNameIsAnErrorInTheArticle() {
        // a slug is a folder of the site: a name longer than the file system allows failed the build at writing,
        // with a message that named the folder, not the article
        assertEquals(List.of("a.md:6: error: 'slug' becomes part of the web address and a folder name: keep it to 100 characters, not 300"),
                errors("---\ntitle: t\norganization: o\nregion: 150623\nyear: 2018\nslug: " + "a".repeat(300) + "\n---\n"));
        Diagnostics d = new Diagnostics();
        assertTrue(reader.parse(file, "a.md", "---\ntitle: t\norganization: o\nregion: 150623\nyear: 2018\nslug: "
                + "a".repeat(100) + "\n---\n", d).isPresent(), d.all().toString());
    }
}
