package yearbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.testing.Run;
import yearbook.testing.TestFiles;
import yearbook.testing.TestSites;

/** The serve command's own failures and help; the preview itself is tested in yearbook.serve. */
class ServeCommandTest {
    @TempDir
    Path root;

    private static Run run(String... args) {
        return Run.of(args);
    }

    @Test
    void aTakenPortIsAClearErrorNotAStackTrace() throws Exception {
        TestFiles.write(root, TestFiles.BASICS + TestSites.article("laomo", "150623", 2019, "model-workers"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Run r = run("serve", "--content", root.resolve("content").toString(), "--templates", TestFiles.templates().toString(),
                    "--port", Integer.toString(port));
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().startsWith("error: port " + port + " is in use"), r.err());
            assertTrue(r.err().contains("--port 0"), r.err());
            assertTrue(!r.err().contains("\tat "), r.err());
        }
    }

    @Test
    void aMissingFolderIsNamed() {
        Run r = run("serve", "--content", root.resolve("nothing").toString(), "--port", "0");
        assertEquals(1, r.code());
        assertEquals(root.resolve("nothing") + ": error: the folder does not exist\n", r.err());
    }

    @Test
    void aPortOutOfRangeIsUsage() {
        Run r = run("serve", "--port", "70000", "--lang", "en");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--port must be between 0 and 65535"), r.err());
    }

    @Test
    void helpHasExamplesAndSaysWhereThePdfIs() {
        Run r = run("serve", "--help");
        assertEquals(0, r.code());
        for (String s : new String[] {"--port", "--content", "--templates", "127.0.0.1", "/_yearbook/pdf", "./yearbook serve --port 8000"}) {
            assertTrue(r.out().contains(s), s + " in\n" + r.out());
        }
        r.out().lines().forEach(l -> assertTrue(l.length() <= 80, "longer than 80 columns: " + l));
    }
}
