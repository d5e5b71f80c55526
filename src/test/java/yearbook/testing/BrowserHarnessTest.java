package yearbook.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import yearbook.serve.SiteServer;

/** The browser, axe-core and the screenshots do what the site's tests count on, on pages made to pass or fail. */
class BrowserHarnessTest {
    @TempDir
    static Path dir;
    static SiteServer server;

    @BeforeAll
    static void serve() throws IOException {
        String head = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>测试</title></head>";
        TestFiles.write(dir, """
                -- good.html --
                %1$s<body><main><h1>工会年鉴</h1><p>正文。</p></main></body></html>
                -- bad.html --
                %1$s<body><main><h1>工会年鉴</h1><img src="x.png"><a href="/"></a></main></body></html>
                -- wide.html --
                %1$s<body><main><h1>工会年鉴</h1><div style="width:500px">宽</div></main></body></html>
                """.formatted(head));
        server = SiteServer.start(dir, 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static ChromeDriver open(String page) {
        ChromeDriver browser = Chromium.driver();
        browser.get(server.uri().resolve(page).toString());
        return browser;
    }

    @Test
    void axeFindsNothingInAGoodPage() {
        assertEquals(List.of(), Axe.run(open("/good.html")));
    }

    @Test
    void axeFindsWhatABadPageBreaks() {
        List<Axe.Violation> violations = Axe.run(open("/bad.html"));
        List<String> ids = violations.stream().map(Axe.Violation::id).sorted().toList();
        assertEquals(List.of("image-alt", "link-name"), ids, violations.toString());
        Axe.Violation image = violations.stream().filter(v -> v.id().equals("image-alt")).findFirst().orElseThrow();
        assertEquals("critical", image.impact());
        assertEquals("img", image.nodes().get(0).target());
        // a second run in the same page reuses the injected script
        assertEquals(2, Axe.run(open("/bad.html")).size());
    }

    @Test
    void theViewportIsTheSizeAsked() {
        ChromeDriver browser = open("/wide.html");
        assertEquals(1280L, browser.executeScript("return document.documentElement.clientWidth"), "at first a laptop");
        Chromium.viewport(browser, Chromium.MOBILE);
        assertEquals(360L, browser.executeScript("return document.documentElement.clientWidth"));
        assertTrue((Long) browser.executeScript("return document.documentElement.scrollWidth") > 360L,
                "a 500 px wide block overflows a phone");
        assertEquals(1280L, open("/wide.html").executeScript("return document.documentElement.clientWidth"),
                "the next user of the browser gets a laptop again");
    }

    @Test
    void screenshotsArePngsOfTheViewport() throws IOException {
        ChromeDriver browser = open("/good.html");
        Chromium.viewport(browser, Chromium.MOBILE);
        Path png = Chromium.screenshot(browser, "harness-mobile");
        assertTrue(png.endsWith(Path.of("target", "screenshots", "harness-mobile.png")), png.toString());
        try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
            byte[] signature = data.readNBytes(8);
            assertEquals("\u0089PNG", new String(signature, 0, 4, StandardCharsets.ISO_8859_1));
            data.readInt(); // IHDR length
            data.readInt(); // "IHDR"
            assertEquals(360, data.readInt(), "width");
            assertEquals(800, data.readInt(), "height");
        }
    }
}
