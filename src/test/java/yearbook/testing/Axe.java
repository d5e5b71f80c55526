package yearbook.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility rule engine, run in the page a browser shows. The pom fetches axe-core from
 * the npm registry into the test classes ({@code yearbook/axe/axe.min.js}, with its licence).
 *
 * <pre>{@code
 * browser.get(url);
 * assertEquals(List.of(), Axe.run(browser));
 * }</pre>
 */
public final class Axe {
    private static final String SCRIPT = "/yearbook/axe/axe.min.js";
    private static String source;

    /** One element that breaks a rule: its CSS selector and the start of its markup. */
    public record Node(String target, String html) {
        @Override
        public String toString() {
            return target + " " + html;
        }
    }

    /** One rule the page breaks, with the elements that break it. */
    public record Violation(String id, String impact, String help, List<Node> nodes) {
        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + " — " + nodes;
        }
    }

    private Axe() {
    }

    /** The violations of axe-core's default rules (WCAG 2 A and AA, and best practices) in the current page. */
    public static List<Violation> run(WebDriver browser) {
        return run(browser, "{}");
    }

    /**
     * The violations in the current page with these axe.run options, a JavaScript object literal, e.g.
     * {@code "{runOnly: ['wcag2a', 'wcag2aa']}"}.
     */
    @SuppressWarnings("unchecked")
    public static List<Violation> run(WebDriver browser, String options) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(source());
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, %s).then(r => done(r.violations.map(v => ({
                    id: v.id, impact: v.impact || '', help: v.help,
                    nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html.substring(0, 160)}))
                })))).catch(e => done('axe failed: ' + e));
                """.formatted(options));
        if (result instanceof String error) {
            throw new IllegalStateException(error);
        }
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            List<Node> nodes = new ArrayList<>();
            for (Map<String, Object> n : (List<Map<String, Object>>) v.get("nodes")) {
                nodes.add(new Node((String) n.get("target"), (String) n.get("html")));
            }
            violations.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                    List.copyOf(nodes)));
        }
        return List.copyOf(violations);
    }

    private static synchronized String source() {
        if (source == null) {
            try (InputStream in = Axe.class.getResourceAsStream(SCRIPT)) {
                if (in == null) {
                    throw new IllegalStateException(SCRIPT + " is not in the test classes; the build fetches it "
                            + "(maven-antrun-plugin, execution axe-core): run the tests through Maven once");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
