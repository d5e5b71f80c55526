package yearbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.diag.ContentException;
import yearbook.template.TemplateError;
import yearbook.testing.TestFiles;

/**
 * A build that fails, at whatever stage, leaves the previous site exactly as it was: every file with the same
 * bytes, no file more, and nothing left beside it. The previous site has its PDFs, so a failure in any phase,
 * before writing, while writing the pages or while printing, has something to spoil.
 */
class FailedBuildTest {
    @TempDir
    Path root;
    Path out;
    Path site;
    Map<String, byte[]> before;

    @BeforeEach
    void buildThePreviousSite() throws IOException {
        TestFiles.write(root, BuildServiceTest.SITE);
        out = root.resolve("out");
        site = out.resolve("site");
        build(root.resolve("content"), TestFiles.templates(), true);
        before = BuildServiceTest.snapshot(site);
        assertTrue(before.containsKey("pdf/yearbook-2019.pdf") && before.containsKey("index.html"), before.keySet().toString());
    }

    private void build(Path content, Path templates, boolean site) throws IOException {
        new BuildService("t").build(new BuildOptions(content, templates, this.site, site, true, null), Progress.NONE);
    }

    /** The previous site, byte for byte, and nothing else in the folder that holds it. */
    private void assertUntouched() throws IOException {
        Map<String, byte[]> after = BuildServiceTest.snapshot(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
        try (Stream<Path> l = Files.list(out)) {
            assertEquals(List.of("site"), l.map(p -> p.getFileName().toString())
                    .filter(name -> !(name.startsWith(".") && name.endsWith(".lock"))).toList(),
                    "no staging folder is left (the files builds take an output folder by stay)");
        }
    }

    private Path templatesWith(String name, String text) throws IOException {
        Path t = root.resolve("templates-" + name.replace('/', '-'));
        TestFiles.copyTree(TestFiles.templates(), t);
        if (text == null) {
            Files.delete(t.resolve(name));
        } else {
            Files.writeString(t.resolve(name), text);
        }
        return t;
    }

    @Test
    void aTemplateErrorWhileThePagesAreWritten() throws IOException {
        // the template parses; the error shows only when a volume page is rendered, with other pages written already
        Path t = templatesWith("volume.ftlh", "<p>\n${volume.nosuchfield}\n</p>\n");
        TemplateError e = assertThrows(TemplateError.class, () -> build(root.resolve("content"), t, true));
        assertEquals("volume.ftlh", e.template());
        assertUntouched();
    }

    @Test
    void aTemplateThatIsNowhere() throws IOException {
        // a template may be missing from the folder (the built-in one serves), not from everywhere
        Path t = templatesWith("region.ftlh", "<#include \"nowhere.ftlh\">\n");
        assertThrows(TemplateError.class, () -> build(root.resolve("content"), t, true));
        assertUntouched();
    }

    @Test
    void aCharacterThePrintFontsLack() throws IOException {
        Path a = root.resolve("content/nm/etuokeqianqi.md");
        Files.writeString(a, Files.readString(a).replace("开展送温暖活动。", "开展送温暖活动\uD83D\uDE00。"));
        ContentException e = assertThrows(ContentException.class, () -> build(root.resolve("content"), TestFiles.templates(), true));
        assertTrue(e.getMessage().contains("U+1F600") || e.diagnostics().toString().contains("U+1F600"), e.diagnostics().toString());
        assertUntouched();
        assertThrows(ContentException.class, () -> build(root.resolve("content"), TestFiles.templates(), false));
        assertUntouched();
    }

    @Test
    void aPageThatCannotBeWritten() throws IOException {
        // a file named like a volume's folder: the volume's pages cannot be written, halfway through the pages
        Files.writeString(root.resolve("content/2019"), "not a folder");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> build(root.resolve("content"), TestFiles.templates(), true));
        assertTrue(e.getMessage().contains("2019"), e.getMessage());
        assertUntouched();
    }

    @Test
    void aPdfThatCannotBeWrittenAfterEveryPageWas() throws IOException {
        // a file named like the PDFs' folder: every page and the search index are written, then printing fails
        Files.writeString(root.resolve("content/pdf"), "not a folder");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> build(root.resolve("content"), TestFiles.templates(), true));
        assertTrue(e.getMessage().contains("pdf/yearbook-"), e.getMessage());
        assertUntouched();
    }

    @Test
    void aBrokenPrintTemplateInAPdfOnlyBuild() throws IOException {
        Path t = templatesWith("print/book.ftlh", "<html><body>${book.noSuchField}</body></html>\n");
        assertThrows(TemplateError.class, () -> build(root.resolve("content"), t, false));
        assertUntouched();
        assertThrows(TemplateError.class, () -> build(root.resolve("content"), t, true));
        assertUntouched();
    }

    @Test
    void anOutputThatIsNotAFolder() throws IOException {
        Path t = templatesWith("404.ftlh", "<p>new</p>\n");
        Path file = out.resolve("site-file");
        Files.writeString(file, "a file");
        yearbook.diag.ContentException e = assertThrows(yearbook.diag.ContentException.class, () -> new BuildService("t").build(
                new BuildOptions(root.resolve("content"), t, file), Progress.NONE));
        yearbook.diag.Diagnostic d = e.diagnostics().get(0);
        assertEquals("output-not-folder", d.code());
        assertEquals(file, d.file(), "names the output");
        assertTrue(d.message().contains("not a folder"), d.message());
        assertTrue(d.message(yearbook.diag.Messages.CHINESE).contains("不是文件夹"), d.message(yearbook.diag.Messages.CHINESE));
        assertEquals("a file", Files.readString(file));
        Files.delete(file);
        assertUntouched();
    }
}
