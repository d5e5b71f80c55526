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

    @Test
    void colophonBoardAndStaffAreReadInTheirOrder() throws IOException {
        TestFiles.write(root, """
                -- yearbook.yaml --
                title: t
                colophon:
                  editor: 内蒙古自治区总工会
                  postcode: "010020"
                  isbn: 978-7-204-16001-3
                  cip: |
                    第一行
                    第二行
                board:
                  - role: 主任
                    members: 张三
                  - role: 副主任
                    members: [王五, 李四]
                staff:
                  - role: 主编
                    members:
                      - 赵六
                """);
        Diagnostics d = new Diagnostics();
        Settings s = ProjectLoader.load(root, d).settings();
        assertEquals(List.of(), d.all());
        assertEquals("内蒙古自治区总工会", s.colophon().editor());
        assertEquals("010020", s.colophon().postcode());
        assertEquals("ISBN 978-7-204-16001-3", s.colophon().isbn());
        assertEquals("第一行\n第二行", s.colophon().cip(), "the CIP block keeps its lines");
        assertEquals(null, s.colophon().price(), "a field not given stays absent");
        assertEquals(List.of(new Credit("主任", List.of("张三")), new Credit("副主任", List.of("王五", "李四"))), s.board(),
                "roles and names in the order given");
        assertEquals(List.of(new Credit("主编", List.of("赵六"))), s.staff());
    }

    @Test
    void noColophonOrBoardByDefault() throws IOException {
        TestFiles.write(root, "-- yearbook.yaml --\ntitle: t\n");
        Settings s = ProjectLoader.load(root, new Diagnostics()).settings();
        assertTrue(s.colophon().isEmpty());
        assertEquals(List.of(), s.board());
        assertEquals(List.of(), s.staff());
    }

    @Test
    void wrongColophonAndBoardValuesAreErrorsAtTheirLine() throws IOException {
        TestFiles.write(root, """
                -- yearbook.yaml --
                title: t
                colophon:
                  editor: [甲, 乙]
                  postcode: 01002
                  isbn: 978-7-204-16001-6
                  pricе: 68.00元
                board:
                  - role: 主任
                  - role: 委员
                    members: {甲: 乙}
                  - 张三
                staff: 编辑部
                """);
        Diagnostics d = new Diagnostics();
        Settings s = ProjectLoader.load(root, d).settings();
        List<String> m = messages(d);
        assertTrue(m.contains("yearbook.yaml:3:11: error: 'editor' must be a single value, not a list or a group of fields"), m.toString());
        assertTrue(m.contains("yearbook.yaml:4: error: 'postcode' must be six digits, not '01002'"), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.startsWith("yearbook.yaml:5: error: 'isbn' must be an ISBN")
                && x.endsWith("'978-7-204-16001-6' has a wrong check digit")), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.startsWith("yearbook.yaml:6:3: error: unknown field 'pricе'")), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.startsWith("yearbook.yaml:8: error: each role of 'board' needs 'members'")), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.startsWith("yearbook.yaml:10:14: error: 'members' must be a list")), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.startsWith("yearbook.yaml:11:5: error: each item of 'board' must be a group")), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.startsWith("yearbook.yaml:12:8: error: 'staff' must be a list of groups")), m.toString());
        assertEquals(8, m.size(), m.toString());
        assertEquals(null, s.colophon().isbn(), "a wrong value is left out");
        assertEquals(List.of(), s.board());
    }
}
