package yearbook.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import yearbook.parts.VolumePartsFixture;
import yearbook.pipeline.BuildOptions;
import yearbook.pipeline.BuildService;
import yearbook.pipeline.Progress;
import yearbook.serve.SiteServer;
import yearbook.testing.Chromium;
import yearbook.testing.TestFiles;

/**
 * A reader in Chromium opens a volume's chronicle and one of its honour rolls, and finds an honoured person by
 * name through the site's search.
 */
class VolumePartsBrowserTest {
    @TempDir
    static Path dir;
    static SiteServer server;

    @BeforeAll
    static void serve() throws Exception {
        TestFiles.write(dir, TestFiles.BASICS.replace("https://example.org/yb/", "/") + VolumePartsFixture.ARTICLES + VolumePartsFixture.PARTS);
        new BuildService("t").build(new BuildOptions(dir.resolve("content"), TestFiles.templates(), dir.resolve("site")),
                Progress.NONE);
        server = SiteServer.start(dir.resolve("site"), 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aReaderGoesFromTheVolumeToTheChronicleAndARollAndFindsAPersonBySearching() {
        ChromeDriver browser = Chromium.driver();
        try {
            browser.get(server.uri().resolve("/2019/").toString());
            browser.findElement(By.linkText("测试年鉴 2019大事记")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/2019/chronicle/")
                    && !d.findElements(By.cssSelector("section.chronicle-month h2")).isEmpty());
            List<String> months = browser.findElements(By.cssSelector("section.chronicle-month h2")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("3月", "12月"), months);
            browser.findElement(By.cssSelector("nav.months a[href='#m12']")).click();
            assertTrue(browser.getCurrentUrl().endsWith("#m12"), "the month's anchor");

            browser.get(server.uri().resolve("/2019/").toString());
            browser.findElement(By.linkText("五一劳动奖章")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/2019/honours/medal/")
                    && !d.findElements(By.cssSelector("table.roll tbody th")).isEmpty());
            assertEquals(List.of("乌云其木格", "张建国"), browser.findElements(By.cssSelector("table.roll tbody th")).stream()
                    .map(WebElement::getText).toList());

            browser.get(server.uri().resolve("/search/?q=" + java.net.URLEncoder.encode("乌云其木格",
                    java.nio.charset.StandardCharsets.UTF_8)).toString());
            List<String> found = SearchBrowserTest.results(browser);
            assertEquals(List.of("/2019/honours/medal/"), found, "the roll that names her");
        } finally {
            Chromium.screenshot(browser, "volume-parts-search");
        }
    }
}
