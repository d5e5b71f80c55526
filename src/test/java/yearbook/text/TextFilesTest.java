package yearbook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import yearbook.diag.Diagnostics;

class TextFilesTest {
    private final Path file = Path.of("a.md");

    @Test
    void dropsBomAndNormalisesLineEnds() {
        byte[] bytes = "\uFEFF---\r\ntitle: 职工\r\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.of("---\ntitle: 职工\n"), TextFiles.decode(file, bytes, new Diagnostics()));
    }

    @Test
    void gbkFileIsReportedWithTheLineOfTheFirstBadByte() {
        byte[] bytes = "---\ntitle: x\n正文\n".getBytes(Charset.forName("GB18030"));
        Diagnostics d = new Diagnostics();
        assertTrue(TextFiles.decode(file, bytes, d).isEmpty());
        String m = d.all().get(0).toString();
        assertTrue(m.startsWith("a.md:3: error: the file is not valid UTF-8"), m);
        assertTrue(m.contains("GBK"), m);
    }

    @Test
    void utf16AndNulAreReported() {
        Diagnostics d = new Diagnostics();
        assertTrue(TextFiles.decode(file, "---".getBytes(StandardCharsets.UTF_16), d).isEmpty());
        assertTrue(TextFiles.decode(file, "a\nb\0".getBytes(StandardCharsets.UTF_8), d).isEmpty());
        assertEquals("a.md:1: error: the file is saved as UTF-16; save it as UTF-8 (without BOM is best)", d.all().get(0).toString());
        assertEquals("a.md:2: error: the file contains a NUL character; it is probably not a text file", d.all().get(1).toString());
    }
}
