package yearbook.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import yearbook.diag.Diagnostic;
import yearbook.diag.Diagnostics;

class YamlMapTest {
    private final Path file = Path.of("a.md");

    private List<String> messages(Diagnostics d) {
        return d.all().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void readsTypedFieldsWithoutYamlImplicitTyping() {
        Diagnostics d = new Diagnostics();
        YamlMap y = YamlMap.parse(file, "title: 2018\ndate: 2019-03-18\nyear: 2018\ntags: [a, b]\none: x\n", 1, d).orElseThrow();
        assertEquals(Optional.of("2018"), y.string("title", true));
        assertEquals(Optional.of(LocalDate.of(2019, 3, 18)), y.date("date", false));
        assertEquals(Optional.of(2018), y.integer("year", true, 1900, 2200));
        assertEquals(List.of("a", "b"), y.strings("tags"));
        assertEquals(List.of("x"), y.strings("one"));
        assertFalse(d.hasErrors());
    }

    @Test
    void syntaxErrorNamesTheFileLineAfterTheOffset() {
        Diagnostics d = new Diagnostics();
        assertTrue(YamlMap.parse(file, "title: a\nbad: [unclosed\n", 1, d).isEmpty());
        String m = messages(d).get(0);
        assertTrue(m.startsWith("a.md:"), m);
        assertTrue(m.contains("the YAML cannot be read"), m);
        assertFalse(m.contains("Exception"), m);
    }

    @Test
    void duplicateKeyIsAnErrorOnItsLine() {
        Diagnostics d = new Diagnostics();
        YamlMap.parse(file, "title: a\ntitle: b\n", 1, d);
        assertEquals(List.of("a.md:3:1: error: the field 'title' appears twice (first on line 2); keep one"), messages(d));
    }

    @Test
    void missingAndBadValuesAreReportedWithTheirLines() {
        Diagnostics d = new Diagnostics();
        YamlMap y = YamlMap.parse(file, "year: twenty\ndate: 18.3.2019\n", 1, d).orElseThrow();
        y.string("title", true);
        y.integer("year", true, 1900, 2200);
        y.date("date", false);
        assertEquals(List.of(
                "a.md:2: error: the required field 'title' is missing",
                "a.md:2:7: error: 'year' must be a whole number, not 'twenty'",
                "a.md:3:7: error: 'date' must be a date written YYYY-MM-DD (for example 2019-03-18), not '18.3.2019'"),
                messages(d));
    }

    @Test
    void unknownFieldSuggestsTheClosestKnownOne() {
        Diagnostics d = new Diagnostics();
        YamlMap.parse(file, "titel: x\n", 1, d).orElseThrow().rejectUnknown(Set.of("title", "themes"));
        assertEquals("a.md:2:1: error: unknown field 'titel' — did you mean 'title'?", messages(d).get(0));
    }

    @Test
    void aListWhereOneValueBelongsIsAnError() {
        Diagnostics d = new Diagnostics();
        YamlMap y = YamlMap.parse(file, "title: [a, b]\n", 0, d).orElseThrow();
        assertTrue(y.string("title", true).isEmpty());
        assertEquals("a.md:1:8: error: 'title' must be a single value, not a list or a group of fields", messages(d).get(0));
    }

    @Test
    void yamlTagsCannotConstructJavaObjects() {
        Diagnostics d = new Diagnostics();
        assertTrue(YamlMap.parse(file, "title: !!javax.script.ScriptEngineManager [x]\n", 0, d).isEmpty());
        assertEquals(List.of("a.md:1:8: error: the YAML cannot be read: YAML tags (!!…) are not allowed; remove what starts with '!'"), messages(d));
    }
}
