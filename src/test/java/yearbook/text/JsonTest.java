package yearbook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** JSON string literals as the tool writes them: what must be escaped is, the runs between are kept whole. */
class JsonTest {

    @Test
    void escapesWhatJsonAndAScriptElementNeedAndKeepsTheRest() {
        assertEquals("\"职工之家\"", Json.string("职工之家"));
        assertEquals("\"\"", Json.string(""));
        assertEquals("null", Json.string(null));
        assertEquals("\"a\\\"b\\\\c\\nd\\re\\tf\"", Json.string("a\"b\\c\nd\re\tf"));
        assertEquals("\"\\u003c/script>\"", Json.string("</script>"));
        assertEquals("\"\\u0001x\\u2028y\\u2029\"", Json.string("\u0001x\u2028y\u2029"));
        assertEquals("\"工会\\\"\\\"联合会\\u003c\"", Json.string("工会\"\"联合会<"));
    }

    @Test
    void appendsToWhatIsThere() {
        StringBuilder sb = new StringBuilder("{\"k\":");
        Json.string(sb, "值\n");
        assertEquals("{\"k\":\"值\\n\"", sb.toString());
    }

    @Test
    void bytesArePlainOnlyWhenEscapingWouldLeaveThemAsTheyAre() {
        for (String plain : new String[] {"", "0aZ_~-+/=.!#$%&'()*,:;>?@[]^`{|}", " "}) {
            byte[] b = plain.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            org.junit.jupiter.api.Assertions.assertTrue(Json.plain(b), plain);
            assertEquals("\"" + plain + "\"", Json.string(plain), "escaping leaves it as it is");
        }
        for (String escaped : new String[] {"a\"b", "a\\b", "a<b", "a\nb", "\u0000", "\u001f"}) {
            org.junit.jupiter.api.Assertions.assertFalse(Json.plain(escaped.getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                    escaped);
        }
        org.junit.jupiter.api.Assertions.assertFalse(Json.plain("工".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "not ASCII");
    }
}
