package yearbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import yearbook.testing.Run;

/** The import's help names every kind of file it reads, in both languages. */
class ImportHelpTest {
    @Test
    void theHelpNamesEveryFormat() {
        Run en = Run.of("import", "--help", "--lang", "en");
        assertEquals(0, en.code());
        for (String format : new String[] {".txt", ".md", ".docx", ".html", ".htm", ".pdf", "scanned PDF", "from its bytes", "pictures only from the files saved beside the page"}) {
            assertTrue(en.out().contains(format), format + "\n" + en.out());
        }
        assertFalse(en.out().contains("their .txt and .md files)"), en.out());
        Run zh = Run.of("import", "--help", "--lang", "zh");
        assertEquals(0, zh.code());
        for (String format : new String[] {".docx", ".html", ".pdf", "扫描件", "按内容判断"}) {
            assertTrue(zh.out().contains(format), format + "\n" + zh.out());
        }
        assertFalse(zh.out().contains("Reads plain text") || zh.out().contains("scanned PDF"), "no English line in the Chinese help\n" + zh.out());
    }
}
