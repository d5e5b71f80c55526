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
                """;
        Map<String, Set<Integer>> fonts = new HashMap<>();
        fonts.put("F1", new TreeSet<>());
        fonts.put("F2", new TreeSet<>());
        List<String> forms = new ArrayList<>();
        ShownGlyphs.scan(content.getBytes(StandardCharsets.ISO_8859_1), fonts, forms::add);
        // <00410042>, (\000C) is 0x00 0x43, <0044>
        assertEquals(Set.of(0x41, 0x42, 0x43, 0x44), fonts.get("F1"));
        // (\000\105\(\)): 0x00 0x45, then '(' and ')' escaped: 0x28 0x29
        assertEquals(Set.of(0x45, 0x2829), fonts.get("F2"));
        assertEquals(List.of("Fm1"), forms, "F3 is not one of the fonts asked for, and the form is named");
    }
}
