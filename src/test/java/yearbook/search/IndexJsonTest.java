package yearbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import yearbook.text.Json;

/** A shard's terms as JSON: the bytes of the whole object escaped as one string and encoded, whatever the values. */
class IndexJsonTest {

    private static byte[] escapedWhole(Map<String, String> map) {
        StringBuilder sb = new StringBuilder("{");
        map.forEach((k, v) -> {
            if (sb.length() > 1) {
                sb.append(',');
            }
            Json.string(sb, k);
            sb.append(':');
            Json.string(sb, v);
        });
        return sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void listsAsTheyAreAndAnythingElseEscaped() {
        Map<String, String> map = new TreeMap<>();
        map.put("职工", "0W1aZ-_~3");
        map.put("2019", "");
        map.put("#r:150600", "A");
        map.put("工会", "quote\" backslash\\ lt< tab\t end");
        map.put("之家", "中文值");
        map.put("x", "é");
        map.put("y", "a\ud800b"); // a lone surrogate, written as UTF-8 writes it
        map.put("z", "\u2028");
        assertArrayEquals(escapedWhole(map), SearchIndex.json(map));
        assertArrayEquals(escapedWhole(Map.of()), SearchIndex.json(Map.of()));
    }
}
