package yearbook.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class ShownGlyphsTest {
    @Test
    void eachStringShownAddsItsGlyphIdsToTheFontSelected() {
        String content = """
                /Artifact <</Type /Pagination /ActualText (\\001\\002) /Alt <0003>>> BDC
                BT /F1 10.5 Tf 12 700 Td <00410042> Tj
                [(\\000C) -250 <0044>] TJ
                /F2 9 Tf (\\000\\105\\(\\)) Tj ET EMC
                % <0099> a comment shows nothing
                /F3 8 Tf <0077> Tj
                q /Fm1 Do Q
                q BT /F1 9 Tf ET Q <0046> Tj
                BI /W 2 /H 1 /BPC 8 /CS /G ID (<0099>) EI
                <0047> Tj
                """;
        Map<String, Set<Integer>> fonts = new HashMap<>();
        fonts.put("F1", new TreeSet<>());
        fonts.put("F2", new TreeSet<>());
        Set<Integer> before = new TreeSet<>();
        List<String> forms = new ArrayList<>();
        ShownGlyphs.scan(content.getBytes(StandardCharsets.ISO_8859_1), fonts, before, (name, font) -> {
            forms.add(name);
            assertEquals(null, font, "F3 is not one of the fonts asked for");
        });
        assertEquals(Set.of(), before, "a font is selected before anything is shown");
        // <00410042>, (\000C) is 0x00 0x43, <0044>
        assertEquals(Set.of(0x41, 0x42, 0x43, 0x44), fonts.get("F1"));
        // (\000\105\(\)): 0x00 0x45, then '(' and ')' escaped: 0x28 0x29
        assertEquals(Set.of(0x45, 0x2829), fonts.get("F2"));
        assertEquals(List.of("Fm1"), forms, "the form is named");
    }

    @Test
    void aFontSetInsideQAndQIsForgottenAfterAndAnInlineImageShowsNothing() {
        String content = """
                /F2 9 Tf q /F1 9 Tf <0041> Tj Q <0042> Tj
                BI /W 4 /H 1 /BPC 8 /CS /G ID (<0099>) EI
                <0043> Tj
                """;
        Map<String, Set<Integer>> fonts = Map.of("F1", new TreeSet<>(), "F2", new TreeSet<>());
        ShownGlyphs.scan(content.getBytes(StandardCharsets.ISO_8859_1), fonts, null, (name, font) -> { });
        assertEquals(Set.of(0x41), fonts.get("F1"));
        assertEquals(Set.of(0x42, 0x43), fonts.get("F2"), "F2 again after Q; the image's bytes are not a string");
    }

    @Test
    void aFormDrawsWithTheFontOfItsCallerUntilItSelectsOne() {
        Set<Integer> caller = new TreeSet<>();
        ShownGlyphs.scan("<0051> Tj".getBytes(StandardCharsets.ISO_8859_1), Map.of(), caller, (name, font) -> { });
        assertEquals(Set.of(0x51), caller);
    }
}
