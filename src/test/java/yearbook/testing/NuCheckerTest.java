package yearbook.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker the site's validity tests rely on finds errors, says where, and passes a valid page. */
class NuCheckerTest {
    private static final String VALID = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><title>年鉴</title></head>
            <body><h1>工会年鉴</h1><p>正文。</p></body>
            </html>
            """;

    @Test
    void aValidPageHasNoErrors(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), NuChecker.shared().check(VALID));
        Path file = dir.resolve("index.html");
        Files.writeString(file, VALID);
        assertEquals(List.of(), NuChecker.shared().check(file));
    }

    @Test
    void errorsSayWhatAndWhere() {
        String html = VALID.replace("<p>正文。</p>", "<ul>\n<p>正文。</p></ul>");
        List<NuChecker.Error> errors = NuChecker.shared().check(html);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(5, errors.get(0).line(), errors.toString());
        assertTrue(errors.get(0).message().contains("Element “p” not allowed as child of element “ul”"), errors.toString());
    }

    @Test
    void theCheckerKnowsTheRulesBeyondTheGrammar() {
        // a second h1 is fine, a missing title and a duplicate id are not
        String html = VALID.replace("<title>年鉴</title>", "").replace("<p>正文。</p>", "<p id=\"a\">一</p><p id=\"a\">二</p>");
        String errors = NuChecker.shared().check(html).toString();
        assertTrue(errors.contains("“title”"), errors);
        assertTrue(errors.contains("Duplicate ID “a”"), errors);
    }

    @Test
    void stylesheetsToo(@TempDir Path dir) throws Exception {
        Path css = dir.resolve("style.css");
        Files.writeString(css, "body { color: #222; }\n.a { colr: red; }\n");
        List<NuChecker.Error> errors = NuChecker.shared().checkCss(css);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(2, errors.get(0).line(), errors.toString());
        assertTrue(errors.get(0).message().contains("colr"), errors.toString());
        Files.writeString(css, "body { color: #222; }\n");
        assertEquals(List.of(), NuChecker.shared().checkCss(css));
    }
}
