package yearbook.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.config.FontRole;
import yearbook.config.PrintSettings;
import yearbook.diag.Diagnostics;

/**
 * The print fonts' fingerprint, which decides whether a PDF kept from the last build is still right, follows the
 * faces' bytes and names; a face the settings do not replace is the one parsed already.
 */
class PrintFontsTest {
    @TempDir
    Path templates;

    private static byte[] builtIn(String name) throws IOException {
        try (InputStream in = PrintFonts.class.getResourceAsStream("/yearbook/fonts/" + name)) {
            return in.readAllBytes();
        }
    }

    private PrintFonts withSerif(String name, byte[] bytes, Diagnostics d) throws IOException {
        Files.createDirectories(templates.resolve("fonts"));
        Files.write(templates.resolve("fonts/" + name), bytes);
        PrintSettings s = PrintSettings.defaults();
        PrintSettings settings = new PrintSettings(s.enabled(), s.paper(), s.margins(), s.parts(), s.perProvince(),
                Map.of(FontRole.SERIF, "fonts/" + name), s.columns(), s.romanFront(), s.strokeIndex());
        return PrintFonts.of(settings, templates, templates.resolve("yearbook.yaml"), d);
    }

    @Test
    void theFingerprintFollowsTheFacesBytesAndNames() throws IOException {
        PrintFonts base = PrintFonts.builtIn();
        Diagnostics d = new Diagnostics();
        PrintFonts same = withSerif("NotoSerifSC_400Regular.ttf", builtIn("NotoSerifSC_400Regular.ttf"), d);
        assertFalse(d.hasErrors(), d.all().toString());
        assertNotSame(base, same);
        assertEquals(base.fingerprint(), same.fingerprint(), "the same file under the same name: the same fingerprint");
        assertSame(base.parsed(FontRole.SANS), same.parsed(FontRole.SANS), "a face not replaced is not parsed again");

        PrintFonts other = withSerif("NotoSerifSC_400Regular.ttf", builtIn("NotoSansSC_400Regular.ttf"), d);
        assertFalse(d.hasErrors(), d.all().toString());
        assertNotEquals(base.fingerprint(), other.fingerprint(), "other bytes under the same name: another fingerprint");
        assertNotSame(base.parsed(FontRole.SERIF), other.parsed(FontRole.SERIF));

        PrintFonts renamed = withSerif("body.ttf", builtIn("NotoSerifSC_400Regular.ttf"), d);
        assertNotEquals(base.fingerprint(), renamed.fingerprint(), "the same bytes under another name: another fingerprint");
        assertEquals("body.ttf, NotoSansSC_400Regular.ttf, NotoSansSC_700Bold.ttf", renamed.names());
    }
}
