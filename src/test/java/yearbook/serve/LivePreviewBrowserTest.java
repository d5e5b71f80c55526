package yearbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.Previewer;
import yearbook.testing.Axe;
import yearbook.testing.Chromium;
import yearbook.testing.TestFiles;
import yearbook.testing.TestSites;

/**
 * The preview in a real browser (headless Chromium): an open page reloads by itself when its article is
 * saved, shows the error page when the content breaks, and comes back when it is fixed, without the test
 * ever navigating.
 */
class LivePreviewBrowserTest {
    @TempDir
    Path dir;

    @Test
    void anOpenPageFollowsTheEditorsSaves() throws Exception {
        ChromeDriver browser = Chromium.driver();
        TestFiles.write(dir, TestFiles.BASICS + TestSites.article("laomo", "150623", 2019, "model-workers"));
        Path content = dir.resolve("content");
        Path article = content.resolve("laomo.md");
        String url = TestSites.model(content).pages().get(0).url();
        try (LivePreview preview = new LivePreview(new Previewer(new BuildOptions(content, TestFiles.templates(),
                dir.resolve("site")), "yearbook test"), dir, new PrintWriter(new StringWriter(), true),
                yearbook.diag.Messages.CHINESE).start();
             SiteServer server = SiteServer.start(preview, 0)) {
            browser.get(server.uri().resolve(url).toString());
            assertEquals("laomo", text(browser, "h1"));
            browser.executeScript("window.notReloaded = true;");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(20));

            edit(article, "title: laomo", "title: 劳模风采");
            wait.until(b -> "劳模风采".equals(text(browser, "h1")));
            assertEquals(null, browser.executeScript("return window.notReloaded === undefined ? null : true;"),
                    "the page reloaded itself");

            edit(article, "region: 150623", "region: 999999");
            wait.until(b -> text(browser, "h1").contains("网站未能更新"));
            assertTrue(text(browser, "ul.errors").contains("content/laomo.md:4: 错误: 没有代码为 999999 的地区"), text(browser, "ul.errors"));
            assertEquals(List.of(), Axe.run(browser), "the error page is accessible");

            edit(article, "region: 999999", "region: 150623");
            wait.until(b -> "劳模风采".equals(text(browser, "h1")));
        }
    }

    /**
     * The element's text, read in one script so that a reload cannot come between finding the element and
     * reading it; read again when the page was being replaced at that moment.
     */
    private static String text(ChromeDriver browser, String css) {
        for (int attempt = 0; ; attempt++) {
            try {
                Object text = browser.executeScript(
                        "const e = document.querySelector(arguments[0]); return e ? e.innerText : '';", css);
                return text == null ? "" : text.toString().strip();
            } catch (WebDriverException reloading) {
                if (attempt == 250) {
                    throw reloading;
                }
                java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
            }
        }
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = TestFiles.read(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
