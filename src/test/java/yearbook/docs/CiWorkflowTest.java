package yearbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import picocli.CommandLine;

import yearbook.cli.YearbookCommand;

/**
 * The CI workflow that docs/ci.md offers to copy: a GitHub Actions workflow of the expected shape, whose
 * {@code ./yearbook} command lines the real command line accepts, so the document cannot drift from the tool.
 */
class CiWorkflowTest {
    private static final Path WORKFLOW = Path.of("docs/ci/yearbook.yml");
    private static final Set<String> SHELL_OPERATORS = Set.of("|", "||", "&&", ";", "&");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String what) {
        assertInstanceOf(Map.class, o, what + " is a mapping");
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o, String what) {
        assertInstanceOf(List.class, o, what + " is a list");
        return (List<Object>) o;
    }

    private static Map<String, Object> workflow() throws IOException {
        return map(new Yaml().load(Files.readString(WORKFLOW)), "the workflow");
    }

    private static Map<String, Object> job(String name) throws IOException {
        return map(map(workflow().get("jobs"), "jobs").get(name), "the job " + name);
    }

    /** Every {@code run:} script of every step, in order. */
    private static List<String> runs() throws IOException {
        List<String> runs = new ArrayList<>();
        for (Object job : map(workflow().get("jobs"), "jobs").values()) {
            Object steps = map(job, "a job").get("steps");
            for (Object step : list(steps, "a job's steps")) {
                Object run = map(step, "a step").get("run");
                if (run != null) {
                    runs.add((String) run);
                }
            }
        }
        return runs;
    }

    @Test
    void runsOnPushesToMainAndOnPullRequests() throws IOException {
        Map<String, Object> w = workflow();
        // YAML 1.1, which SnakeYAML reads, takes a bare 'on' for true; GitHub reads it as the key "on"
        Map<String, Object> on = map(w.containsKey("on") ? w.get("on") : w.get(Boolean.TRUE), "on");
        assertEquals(List.of("main"), map(on.get("push"), "on.push").get("branches"));
        assertTrue(on.containsKey("pull_request"), "pull requests are checked and built too");
        assertEquals(Set.of("build", "publish"), map(w.get("jobs"), "jobs").keySet());
    }

    @Test
    void buildChecksOutTheWholeHistoryAndUsesJava17() throws IOException {
        List<Object> steps = list(job("build").get("steps"), "build.steps");
        Map<String, Object> checkout = map(steps.get(0), "the first step");
        assertEquals("actions/checkout@v4", checkout.get("uses"));
        assertEquals(0, map(checkout.get("with"), "checkout.with").get("fetch-depth"),
                "a shallow clone would give every article the same last change");
        Map<String, Object> java = map(map(steps.get(1), "the second step").get("with"), "setup-java.with");
        assertEquals("temurin", java.get("distribution"));
        assertEquals("17", java.get("java-version"));
        assertEquals("maven", java.get("cache"));
    }

    @Test
    void onlyPushesToMainPublish() throws IOException {
        String onMain = "github.event_name == 'push' && github.ref == 'refs/heads/main'";
        Map<String, Object> publish = job("publish");
        assertEquals(onMain, publish.get("if"));
        assertEquals("build", publish.get("needs"));
        assertEquals(Map.of("pages", "write", "id-token", "write"), publish.get("permissions"));
        Map<String, Object> deploy = map(list(publish.get("steps"), "publish.steps").get(0), "the deploy step");
        assertEquals("actions/deploy-pages@v4", deploy.get("uses"));

        List<Object> steps = list(job("build").get("steps"), "build.steps");
        Map<String, Object> pages = steps.stream().map(s -> map(s, "a step"))
                .filter(s -> "actions/upload-pages-artifact@v3".equals(s.get("uses"))).findFirst().orElseThrow();
        assertEquals(onMain, pages.get("if"));
        assertEquals("site/", map(pages.get("with"), "upload-pages-artifact.with").get("path"));
        Map<String, Object> pdfs = steps.stream().map(s -> map(s, "a step"))
                .filter(s -> "actions/upload-artifact@v4".equals(s.get("uses"))).findFirst().orElseThrow();
        assertEquals(null, pdfs.get("if"), "every run keeps its PDFs, pull requests' too");
        assertEquals("site/pdf/", map(pdfs.get("with"), "upload-artifact.with").get("path"));
    }

    @Test
    void everyYearbookCommandLineParses() throws IOException {
        List<List<String>> commands = new ArrayList<>();
        for (String run : runs()) {
            for (String line : run.replace("\\\n", " ").split("\n")) {
                List<String> words = words(line);
                int at = words.indexOf("./yearbook");
                if (at >= 0) {
                    commands.add(arguments(words.subList(at + 1, words.size())));
                }
            }
        }
        for (List<String> args : commands) {
            try {
                CommandLine.ParseResult parsed = YearbookCommand.commandLine().parseArgs(args.toArray(String[]::new));
                assertNotNull(parsed.subcommand(), args + " names a command");
            } catch (CommandLine.ParameterException e) {
                fail("./yearbook " + String.join(" ", args) + " does not parse: " + e.getMessage());
            }
        }
        assertEquals(List.of(List.of("check", "--format", "json"), List.of("build")), commands,
                "the workflow checks, then builds the site and the PDFs");
    }

    @Test
    void theCheckStepKeepsCheckExitStatus() throws IOException {
        String check = runs().stream().filter(r -> r.contains("./yearbook check")).findFirst().orElseThrow();
        assertTrue(check.contains("./yearbook check --format json > findings.json || status=$?"), check);
        assertTrue(check.strip().endsWith("exit \"$status\""), "the job fails when check finds errors");
        for (String field : List.of(".file", ".line", ".column", ".severity", ".message")) {
            assertTrue(check.contains(field), "the annotations use " + field);
        }
    }

    /** A shell line split into words, quotes removed (no expansion), up to a comment. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                break;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** The command's own arguments: the words before a redirection or a shell operator. */
    static List<String> arguments(List<String> words) {
        List<String> args = new ArrayList<>();
        for (String w : words) {
            if (SHELL_OPERATORS.contains(w) || w.matches("\\d*[<>].*")) {
                break;
            }
            args.add(w);
        }
        return args;
    }
}
