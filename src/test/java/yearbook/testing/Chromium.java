package yearbook.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for all the browser tests of a test run, driven through the system's chromedriver
 * (never one that Selenium would download). Where Chromium or its driver is missing the calling test is
 * skipped, except in CI (the environment variable {@code CI} set), where that is a failure: CI installs
 * them (.ci/run), and a browser test that silently never ran would prove nothing.
 *
 * <pre>{@code
 * ChromeDriver browser = Chromium.driver();      // skips or fails here when there is no Chromium
 * Chromium.viewport(browser, Chromium.MOBILE);
 * browser.get(server.uri().resolve("/regions/").toString());
 * }</pre>
 *
 * Paths: {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian's chromium and
 * chromium-driver), or the environment variables {@code CHROMIUM} and {@code CHROMEDRIVER}.
 */
public final class Chromium {
    /** A phone: 360 × 800 CSS pixels, as a mobile browser lays pages out (the viewport meta tag applies). */
    public static final Viewport MOBILE = new Viewport(360, 800, true);
    /** A laptop screen: 1280 × 900. */
    public static final Viewport DESKTOP = new Viewport(1280, 900, false);

    /** The size of the page's viewport in CSS pixels, and whether the browser behaves as a mobile one. */
    public record Viewport(int width, int height, boolean mobile) {
    }

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /**
     * Selenium looks for a DevTools binding of the browser's exact version and warns when it has none; the
     * tests use only plain CDP commands, which need none. Kept here: the logging system holds loggers weakly.
     */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");
    private static ChromeDriver driver;

    private Chromium() {
    }

    /** The Chromium program used. */
    public static Path browserPath() {
        return path("CHROMIUM", "/usr/bin/chromium");
    }

    /** The chromedriver program used. */
    public static Path driverPath() {
        return path("CHROMEDRIVER", "/usr/bin/chromedriver");
    }

    /** True when the environment says this is CI, where a missing browser fails the tests. */
    public static boolean inCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
    }

    /**
     * The shared headless browser, started on first use and quit when the test JVM exits; each call sets its
     * viewport to {@link #DESKTOP} again, whatever the previous test left. Skips the calling test (fails it in
     * CI) when Chromium or chromedriver is missing.
     */
    public static synchronized ChromeDriver driver() {
        requireInstalled();
        if (driver == null) {
            driver = start();
            ChromeDriver started = driver;
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit, "chromium-quit"));
        }
        viewport(driver, DESKTOP);
        return driver;
    }

    private static void requireInstalled() {
        for (Path program : new Path[] {browserPath(), driverPath()}) {
            if (!Files.isExecutable(program)) {
                String what = program.equals(browserPath()) ? "Chromium" : "chromedriver";
                String why = what + " not found at " + program + " — install chromium and chromium-driver"
                        + " (apt-get install chromium chromium-driver), or set CHROMIUM and CHROMEDRIVER; CI installs them";
                if (inCi()) {
                    fail(why + " (CI is set, so the browser tests must run)");
                }
                assumeTrue(false, why);
            }
        }
    }

    private static ChromeDriver start() {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browserPath().toFile());
        // nothing is fetched from outside (this machine has no network but the loopback), and scrollbars
        // take no room: the page's width is the viewport's
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-quic", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--hide-scrollbars",
                "--window-size=" + DESKTOP.width() + "," + DESKTOP.height(), "--lang=zh-CN");
        // the console's messages, for the tests that no page logs an error
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverPath().toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver d = new ChromeDriver(service, options);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return d;
    }

    /**
     * Lays pages out for this viewport from now on (through Chromium's device emulation, so that the size is
     * exact whatever the window's minimum size), and resizes the window to match.
     */
    public static void viewport(ChromeDriver browser, Viewport v) {
        browser.manage().window().setSize(new Dimension(v.width(), v.height()));
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", v.width(), "height", v.height(), "deviceScaleFactor", 1, "mobile", v.mobile()));
    }

    /**
     * Saves what the browser shows now (the viewport) as {@code target/screenshots/<name>.png} and returns
     * that file.
     */
    public static Path screenshot(ChromeDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png").toAbsolutePath();
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path path(String variable, String otherwise) {
        String set = System.getenv(variable);
        return Path.of(set != null && !set.isBlank() ? set : otherwise);
    }
}
