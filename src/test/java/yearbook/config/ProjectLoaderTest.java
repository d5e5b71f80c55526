package yearbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.diag.Diagnostic;
import yearbook.diag.Diagnostics;
import yearbook.region.RegionResolution;
import yearbook.testing.TestFiles;

class ProjectLoaderTest {
    @TempDir
    Path root;

    private List<String> messages(Diagnostics d) {
        return d.all().stream().map(x -> x.format(root)).toList();
    }

    @Test
    void readsSettingsAndTheVolumeRule() throws IOException {
        TestFiles.write(root, """
                -- yearbook.yaml --
                title: 工会年鉴
                baseUrl: https://example.org/yb
                volume:
                  offset: 1
                  title: "《{title}》{volume}"
                """);
        Diagnostics d = new Diagnostics();
        Settings s = ProjectLoader.load(root, d).settings();
        assertEquals(List.of(), d.all());
        assertEquals("/yb/", s.basePath());
        assertEquals(2019, s.volumeFor(2018));
        assertEquals("《工会年鉴》2019", s.volumeName(2019));
        assertEquals("https://example.org/yb/2019/x/", s.absolute("/yb/2019/x/"));
    }

    @Test
    void rawHtmlIsSafeUnlessSaidOtherwise() throws IOException {
        TestFiles.write(root, "-- yearbook.yaml --\ntitle: t\n");
        assertEquals(RawHtml.SAFE, ProjectLoader.load(root, new Diagnostics()).settings().rawHtml());
        for (RawHtml r : RawHtml.values()) {
            TestFiles.write(root, "-- yearbook.yaml --\ntitle: t\nrawHtml: " + r.setting() + "\n");
            assertEquals(r, ProjectLoader.load(root, new Diagnostics()).settings().rawHtml());
        }
        TestFiles.write(root, "-- yearbook.yaml --\ntitle: t\nrawHtml: yes\n");
        Diagnostics d = new Diagnostics();
        assertEquals(RawHtml.SAFE, ProjectLoader.load(root, d).settings().rawHtml());
        assertEquals(List.of("yearbook.yaml:2: error: 'rawHtml' must be safe (HTML in articles is cleaned of scripts), "
                + "escape (shown as text) or trusted (kept as written), not 'yes'"), messages(d));
    }

    @Test
    void missingSettingsFileIsAnError() {
        Diagnostics d = new Diagnostics();
        ProjectLoader.load(root, d);
        assertTrue(messages(d).get(0).startsWith("yearbook.yaml: error: the settings file is missing"), messages(d).toString());
    }

    @Test
    void badSettingsAreReportedWithLines() throws IOException {
        TestFiles.write(root, """
                -- yearbook.yaml --
                baseUrl: example.org
                volume:
                  offset: many
                """);
        Diagnostics d = new Diagnostics();
        ProjectLoader.load(root, d);
        assertEquals(List.of(
                "yearbook.yaml:1: error: 'baseUrl' must start with https://, http:// or /, not 'example.org'",
                "yearbook.yaml:1: error: the required field 'title' is missing",
                "yearbook.yaml:3:11: error: 'offset' must be a whole number, not 'many'"), messages(d));
    }

    @Test
    void themeIdsMustBeAsciiAndUnique() throws IOException {
        TestFiles.write(root, """
                -- yearbook.yaml --
                title: t
                -- themes.yaml --
                themes:
                  - id: model-workers
                    name: 劳模工匠
                  - id: 劳模
                    name: 劳模2
                  - id: model-workers
                    name: 其他
                """);
        Diagnostics d = new Diagnostics();
        Project p = ProjectLoader.load(root, d);
        assertEquals(1, p.themes().all().size());
        List<String> m = messages(d);
        assertEquals(2, m.size(), m.toString());
        assertTrue(m.get(0).startsWith("themes.yaml:4: error: a theme id must be lower-case ASCII"), m.get(0));
        assertTrue(m.get(1).startsWith("themes.yaml:6: error: the theme 'model-workers' / '其他' is declared twice"), m.get(1));
    }

    @Test
    void editorDeclaredRegionsResolve() throws IOException {
        TestFiles.write(root, """
                -- yearbook.yaml --
                title: t
                -- regions.yaml --
                regions:
                  - code: "660000"
                    name: 新疆生产建设兵团
                    level: province
                  - code: "660100"
                    name: 第一师
                    level: prefecture
                    parent: "660000"
                """);
        Diagnostics d = new Diagnostics();
        Project p = ProjectLoader.load(root, d);
        assertEquals(List.of(), d.all());
        RegionResolution r = p.regions().resolve("新疆生产建设兵团/第一师");
        assertTrue(r instanceof RegionResolution.Found f && f.region().code().equals("660100"), r.toString());
    }

    @Test
    void regionWithoutParentIsAnError() throws IOException {
        TestFiles.write(root, """
                -- yearbook.yaml --
                title: t
                -- regions.yaml --
                regions:
                  - code: "660100"
                    name: 第一师
                    level: prefecture
                """);
        Diagnostics d = new Diagnostics();
        ProjectLoader.load(root, d);
        assertEquals(List.of("regions.yaml:2: error: the region '第一师' needs a 'parent' code"), messages(d));
        assertTrue(d.all().stream().allMatch(Diagnostic::isError));
    }
}
