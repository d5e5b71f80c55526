package yearbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.newyearbook.NewYearbook;
import yearbook.template.BuiltIn;
import yearbook.testing.CommandProcess;
import yearbook.testing.Run;

/** {@code yearbook init}: a new folder that builds, checks and serves at once; it never replaces a file. */
class InitTest {
    @TempDir
    Path root;

    @Test
    void aNewYearbookBuildsChecksAndServes() throws Exception {
        Path dir = root.resolve("新年鉴");
        Run init = Run.of("init", dir.toString(), "--title", "测试工会年鉴", "--lang", "en");
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains("7 files written"), init.out());
        for (String f : List.of("content/yearbook.yaml", "content/themes.yaml", "content/regions.yaml", NewYearbook.SAMPLE,
                "EDITING.md", ".gitignore", ".github/workflows/yearbook.yml")) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        assertFalse(Files.exists(dir.resolve("templates")), "the built-in templates serve");
        assertTrue(Files.readString(dir.resolve("content/yearbook.yaml")).contains("title: 测试工会年鉴"));

        Run check = Run.of("check", "--content", dir.resolve("content").toString(), "--lang", "en");
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().endsWith("checked 1 article: no problems found\n"), check.out());

        Run build = Run.of("build", "--lang", "en", "--content", dir.resolve("content").toString(),
                "--output", dir.resolve("site").toString());
        assertEquals(0, build.code(), build.err());
        assertTrue(build.out().contains(", 2 PDFs ("), build.out());
        assertTrue(Files.readString(dir.resolve("site/index.html")).contains("测试工会年鉴"));
        assertTrue(Files.isRegularFile(dir.resolve("site/favicon.ico")));
        assertTrue(Files.isRegularFile(dir.resolve("site/assets/style.css")));

        // serve, as an editor starts it: in the new folder, with the default folders, in a process of its own
        ProcessBuilder pb = new ProcessBuilder(CommandProcess.command(List.of(), "serve", "--port", "0", "--lang", "en"))
                .directory(dir.toFile()).redirectErrorStream(true);
        Process serve = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            URI uri = null;
            StringBuilder seen = new StringBuilder();
            while (uri == null && (line = out.readLine()) != null) {
                seen.append(line).append('\n');
                Matcher m = Pattern.compile("^preview at (http://127\\.0\\.0\\.1:\\d+/)").matcher(line);
                if (m.find()) {
                    uri = URI.create(m.group(1));
                }
            }
            assertTrue(uri != null, seen.toString());
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> home = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("测试工会年鉴"), home.body());
            HttpResponse<byte[]> icon = http.send(HttpRequest.newBuilder(uri.resolve("favicon.ico")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, icon.statusCode());
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void withTemplatesTheBuiltInSetIsCopiedToChange() throws IOException {
        Run init = Run.of("init", root.toString(), "--templates", "--lang", "zh");
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains("已在 "), init.out());
        for (String name : BuiltIn.files()) {
            assertTrue(Files.isRegularFile(root.resolve("templates").resolve(name)), name);
        }
        assertTrue(Files.isRegularFile(root.resolve("templates/home.ftlh")));
        assertTrue(Files.isRegularFile(root.resolve("templates/print/book.ftlh")));
    }

    @Test
    void nothingIsReplaced() throws IOException {
        Files.createDirectories(root.resolve("content"));
        Files.writeString(root.resolve("content/yearbook.yaml"), "title: 我的\n");
        Run r = Run.of("init", root.toString(), "--lang", "en");
        assertEquals(1, r.code());
        assertTrue(r.err().contains(root.resolve("content/yearbook.yaml") + ": error: exists already"), r.err());
        assertEquals("title: 我的\n", Files.readString(root.resolve("content/yearbook.yaml")));
        assertFalse(Files.exists(root.resolve("EDITING.md")), "nothing was written");
    }

    @Test
    void importAndBuildWithoutSettingsPointToInit() throws IOException {
        Files.createDirectories(root.resolve("empty"));
        Files.writeString(root.resolve("page.txt"), "标题\n\n正文。\n");
        Run imp = Run.of("import", root.resolve("page.txt").toString(), "--into", root.resolve("empty").toString(), "--lang", "en");
        assertEquals(1, imp.code());
        assertTrue(imp.err().contains("it has no yearbook.yaml); start one with './yearbook init'"), imp.err());
        Run build = Run.of("build", "--no-pdf", "--lang", "zh", "--content", root.resolve("empty").toString(),
                "--output", root.resolve("site").toString());
        assertEquals(1, build.code());
        assertTrue(build.err().contains("新建年鉴请用 “./yearbook init”"), build.err());
    }
}
