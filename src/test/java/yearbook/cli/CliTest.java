package yearbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import yearbook.testing.TestFiles;

class CliTest {
    @TempDir
    Path root;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine cl = YearbookCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private String[] build(String... extra) {
        String[] base = {"build", "--content", root.resolve("content").toString(), "--templates",
                TestFiles.templates().toString(), "--output", root.resolve("site").toString()};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void successExitsZeroAndSaysWhatItBuilt() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + """
                -- content/a.md --
                ---
                title: 甲
                organization: o
                region: 150623
                year: 2018
                ---
                正文。
                """);
        Run r = run(build());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("built 1 articles"), r.out());
        assertTrue(Files.exists(root.resolve("site/index.html")));
    }

    @Test
    void contentErrorsExitOneWithoutStackTrace() throws IOException {
        TestFiles.write(root, TestFiles.BASICS + """
                -- content/a.md --
                ---
                title: 甲
                region: 150623
                year: 2018
                ---
                -- content/b.md --
                ---
                title: 乙
                organization: o
                region: 150623
                year: soon
                ---
                """);
        Run r = run(build());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("a.md:2: error: the required field 'organization' is missing"), r.err());
        assertTrue(r.err().contains("b.md:5:7: error: 'year' must be a whole number, not 'soon'"), r.err());
        assertTrue(r.err().contains("2 errors; nothing was written"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void missingContentFolderIsAContentError() {
        Run r = run(build());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error: the content folder does not exist"), r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("build", "--no-such-option").code());
        assertEquals(2, run("nonsense").code());
        assertEquals(2, run().code());
    }

    @Test
    void helpAndVersion() {
        Run help = run("build", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--content=DIR"), help.out());
        assertTrue(help.out().contains("Examples:"), help.out());
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("yearbook "), version.out());
    }
}
