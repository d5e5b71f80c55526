package yearbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yearbook.diag.Messages;
import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.Previewer;
import yearbook.testing.TestFiles;
import yearbook.testing.TestSites;

/** What the preview says in the browser besides the pages, in the language it was started in. */
class PreviewLanguageTest {
    @TempDir
    Path dir;

    private String noPdf(java.util.Locale locale) throws IOException, InterruptedException {
        StringWriter log = new StringWriter();
        try (LivePreview preview = new LivePreview(new Previewer(new BuildOptions(dir.resolve("content"),
                TestFiles.templates(), dir.resolve("site")), "yearbook test"), dir, new PrintWriter(log, true), locale).start();
             SiteServer server = SiteServer.start(preview, 0)) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/_yearbook/pdf")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode());
            return r.body().strip();
        }
    }

    @Test
    void withThePrintYearbookTurnedOffThePdfLinkSaysSo() throws Exception {
        TestFiles.write(dir, """
                -- content/yearbook.yaml --
                title: 测试年鉴
                baseUrl: https://example.org/yb/
                pdf:
                  enabled: false
                -- content/themes.yaml --
                themes: []
                """ + TestSites.article("a", "150623", 2019, ""));
        assertEquals("no PDFs: the print yearbook is turned off in yearbook.yaml (pdf.enabled: false)",
                noPdf(Messages.ENGLISH));
        assertEquals("没有 PDF：yearbook.yaml 里关掉了印刷版年鉴（pdf.enabled: false）", noPdf(Messages.CHINESE));
    }
}
