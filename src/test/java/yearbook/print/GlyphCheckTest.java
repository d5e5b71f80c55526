package yearbook.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.diag.Diagnostic;

class GlyphCheckTest {
    @TempDir
    Path dir;

    private List<String> found(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return GlyphCheck.check(file, PrintFonts.builtIn()).stream()
                .map(d -> d.line() + ":" + d.column() + " " + d.message().substring(0, d.message().indexOf(" is in"))).toList();
    }

    private static byte[] withBom(String text) {
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[t.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(t, 0, out, 3, t.length);
        return out;
    }

    @Test
    void readsTheFileAsTheLoaderDoesByteOrderMarkAndWindowsLineEndsIncluded() throws IOException {
        String article = "---\r\ntitle: 甲  # 备注 \uD83C\uDF89 不印刷\r\n# \uD83D\uDE00 整行注释\r\nregion: 150623\r\n---\r\n正文\uD83D\uDE00。\r\n";
        assertEquals(List.of("6:3 the character '\uD83D\uDE00' (U+1F600)"), found("a.md", withBom(article)),
                "comments in the front matter are not printed; the body's line counts from the file's first line");
    }

    @Test
    void dataFilesAreYamlThroughout() throws IOException {
        assertEquals(List.of("2:10 the character '⾃' (U+2F83)"),
                found("themes.yaml", "# \uD83D\uDE00\nname: 内蒙古⾃治区 # ⾃\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void manyMissingCharactersAreCountedAfterTheFirstFew() throws IOException {
        List<Diagnostic> d;
        Path file = dir.resolve("b.md");
        Files.writeString(file, "---\ntitle: 乙\n---\n" + "\uD83D\uDE00".repeat(8) + "\n");
        d = GlyphCheck.check(file, PrintFonts.builtIn());
        assertEquals(GlyphCheck.PER_FILE + 1, d.size());
        assertEquals("3 more characters in this file are in none of the print fonts", d.get(d.size() - 1).message());
        assertEquals(4, d.get(1).line());
        assertEquals(2, d.get(1).column());
    }
}
