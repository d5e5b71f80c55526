package yearbook.yaml;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import yearbook.diag.Msg;
import yearbook.diag.Diagnostics;

/**
 * A YAML mapping read field by field into typed values, every problem reported with the file and line it
 * stands on. Values are read from SnakeYAML's node tree (never constructed as Java objects), so YAML tags
 * cannot instantiate classes, and dates or numbers are interpreted by the field's type rather than by
 * YAML's implicit typing.
 *
 * <p>Readers never throw for bad content: they report into the {@link Diagnostics} and return empty.
 */
public final class YamlMap {
    private final Path file;
    private final int lineOffset;
    private final Diagnostics diagnostics;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
    private final int line;

    private YamlMap(Path file, int lineOffset, MappingNode node, Diagnostics diagnostics) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.diagnostics = diagnostics;
        this.line = lineOf(node);
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key) {
                NodeTuple first = fields.putIfAbsent(key.getValue(), t);
                if (first != null) {
                    diagnostics.error(file, lineOf(key), columnOf(key), Msg.of("duplicate-field", key.getValue(), lineOf(first.getKeyNode())));
                }
            } else {
                diagnostics.error(file, lineOf(t.getKeyNode()), Msg.of("field-name-not-text"));
            }
        }
    }

    /**
     * Parses {@code text} as one YAML document that must be a mapping. {@code lineOffset} is the number of
     * lines in the file before {@code text} starts (for front matter after the opening {@code ---}).
     * An empty document is an empty mapping.
     */
    public static Optional<YamlMap> parse(Path file, String text, int lineOffset, Diagnostics diagnostics) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(8 * 1024 * 1024);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            if (e.getContextMark() != null && e.getProblem() != null && endedEarly(e.getProblem())) {
                mark = e.getContextMark(); // the text ended early: point at what was left open
            }
            int line = mark == null ? lineOffset + 1 : lineOffset + mark.getLine() + 1;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            diagnostics.error(file, line, column, Msg.of("yaml-unreadable", overIndented(text, e.getProblem(), mark)
                    ? Msg.of("yaml.indent") : describe(e)));
            return Optional.empty();
        } catch (YAMLException e) {
            diagnostics.error(file, lineOffset + 1, Msg.of("yaml-unreadable", Msg.of("yaml.parser", e.getMessage())));
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(new YamlMap(file, lineOffset, new MappingNode(
                    org.yaml.snakeyaml.nodes.Tag.MAP, new ArrayList<>(), org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK),
                    diagnostics));
        }
        if (!(root instanceof MappingNode map)) {
            diagnostics.error(file, lineOffset + 1 + (root.getStartMark() == null ? 0 : root.getStartMark().getLine()),
                    Msg.of("not-fields"));
            return Optional.empty();
        }
        return Optional.of(new YamlMap(file, lineOffset, map, diagnostics));
    }

    /**
     * What the editor should look at, in a sentence of the findings' bundle ({@code yaml.*}): for the mistakes
     * editors make most, what to change; otherwise where to look, with the parser's own words (in English) added.
     */
    private static Msg describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (problem.contains("Global tag is not allowed")) {
            return Msg.of("yaml.tag");
        }
        if (problem.contains("mapping values are not allowed here")) {
            return Msg.of("yaml.colon");
        }
        if (problem.contains("found character '\\t'") || problem.contains("(TAB)")) {
            return Msg.of("yaml.tab");
        }
        String context = e.getContext() == null ? "" : e.getContext() + ", ";
        if (endedEarly(problem)) {
            return Msg.of("yaml.not-closed", context + problem);
        }
        return Msg.of("yaml.parser", context + problem);
    }

    /**
     * Whether the parser's "mapping values are not allowed here" is a field indented further than the one above it
     * rather than a value holding ': ': the mark is at the first ': ' of an indented line.
     */
    private static boolean overIndented(String text, String problem, Mark mark) {
        if (problem == null || !problem.contains("mapping values are not allowed here") || mark == null) {
            return false;
        }
        String[] lines = text.split("\n", -1);
        if (mark.getLine() >= lines.length) {
            return false;
        }
        String line = lines[mark.getLine()];
        return !line.isEmpty() && Character.isWhitespace(line.charAt(0)) && line.indexOf(": ") == mark.getColumn();
    }

    /** Whether the text ended while something was still open (a quote, a bracket). */
    private static boolean endedEarly(String problem) {
        return problem.contains("<stream end>") || problem.contains("end of stream");
    }

    /** Where this map reports its problems. */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    public Path file() {
        return file;
    }

    /** The line of the mapping itself. */
    public int line() {
        return line;
    }

    /** Whether the field holds a group of fields (rather than a single value or a list). */
    public boolean isMap(String key) {
        NodeTuple t = fields.get(key);
        return t != null && t.getValueNode() instanceof MappingNode;
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    public Set<String> keys() {
        return fields.keySet();
    }

    /** Line of a field's value, or of the mapping when the field is absent. */
    public int line(String key) {
        NodeTuple t = fields.get(key);
        return t == null ? line : lineOf(t.getValueNode());
    }

    private int lineOf(Node node) {
        return node.getStartMark() == null ? lineOffset + 1 : lineOffset + node.getStartMark().getLine() + 1;
    }

    private int columnOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getColumn() + 1;
    }

    /** Reports fields this reader does not know, naming the ones it does. */
    public void rejectUnknown(Collection<String> known) {
        for (Map.Entry<String, NodeTuple> e : fields.entrySet()) {
            if (!known.contains(e.getKey())) {
                Node keyNode = e.getValue().getKeyNode();
                Optional<String> near = closest(e.getKey(), known);
                diagnostics.error(file, lineOf(keyNode), columnOf(keyNode), near.isPresent()
                        ? Msg.of("unknown-field", e.getKey(), near.get())
                        : Msg.of("unknown-field.list", e.getKey(), String.join(", ", new TreeSet<>(known))));
            }
        }
    }

    private static Optional<String> closest(String key, Collection<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = distance(key.toLowerCase(), k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private Optional<ScalarNode> scalar(String key, boolean required) {
        NodeTuple t = fields.get(key);
        if (t == null) {
            if (required) {
                diagnostics.error(file, line, Msg.of("missing-field", key));
            }
            return Optional.empty();
        }
        Node v = t.getValueNode();
        if (v instanceof ScalarNode s) {
            if (s.getValue().isBlank() && isNull(s)) {
                if (required) {
                    diagnostics.error(file, lineOf(t.getKeyNode()), Msg.of("empty-field", key));
                }
                return Optional.empty();
            }
            return Optional.of(s);
        }
        diagnostics.error(file, lineOf(v), columnOf(v), Msg.of("not-single-value", key));
        return Optional.empty();
    }

    private static boolean isNull(ScalarNode s) {
        String v = s.getValue();
        return s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN
                && (v.isEmpty() || v.equals("~") || v.equalsIgnoreCase("null"));
    }

    /** A text field; trimmed; empty text counts as absent. */
    public Optional<String> string(String key, boolean required) {
        Optional<String> v = scalar(key, required).map(s -> s.getValue().strip());
        if (v.isPresent() && v.get().isEmpty()) {
            if (required) {
                diagnostics.error(file, line(key), Msg.of("empty-field", key));
            }
            return Optional.empty();
        }
        return v;
    }

    public Optional<Integer> integer(String key, boolean required, int min, int max) {
        return scalar(key, required).flatMap(s -> {
            try {
                int n = Integer.parseInt(s.getValue().strip());
                if (n < min || n > max) {
                    diagnostics.error(file, lineOf(s), columnOf(s),
                            Msg.of("number-out-of-range", key, min, max, n));
                    return Optional.empty();
                }
                return Optional.of(n);
            } catch (NumberFormatException e) {
                diagnostics.error(file, lineOf(s), columnOf(s),
                        Msg.of("not-a-number", key, s.getValue()));
                return Optional.empty();
            }
        });
    }

    /** A calendar date written {@code YYYY-MM-DD}. */
    public Optional<LocalDate> date(String key, boolean required) {
        return scalar(key, required).flatMap(s -> {
            String text = s.getValue().strip();
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                diagnostics.error(file, lineOf(s), columnOf(s),
                        Msg.of("not-a-date", key, text));
                return Optional.empty();
            }
        });
    }

    public boolean bool(String key, boolean fallback) {
        return scalar(key, false).map(s -> {
            String v = s.getValue().strip().toLowerCase();
            switch (v) {
                case "true": case "yes": case "on": return true;
                case "false": case "no": case "off": return false;
                default:
                    diagnostics.error(file, lineOf(s), columnOf(s), Msg.of("not-a-boolean", key, s.getValue()));
                    return fallback;
            }
        }).orElse(fallback);
    }

    /** A list of texts; a single value counts as a list of one. */
    public List<String> strings(String key) {
        NodeTuple t = fields.get(key);
        if (t == null) {
            return List.of();
        }
        Node v = t.getValueNode();
        if (v instanceof ScalarNode s) {
            return isNull(s) || s.getValue().isBlank() ? List.of() : List.of(s.getValue().strip());
        }
        if (v instanceof SequenceNode seq) {
            List<String> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                    out.add(s.getValue().strip());
                } else if (!(item instanceof ScalarNode)) {
                    diagnostics.error(file, lineOf(item), columnOf(item), Msg.of("list-item-not-single", key));
                }
            }
            return List.copyOf(out);
        }
        diagnostics.error(file, lineOf(v), columnOf(v), Msg.of("not-a-list", key));
        return List.of();
    }

    /** Line of the i-th item of a list field (for messages about one item). */
    public int itemLine(String key, int index) {
        NodeTuple t = fields.get(key);
        if (t != null && t.getValueNode() instanceof SequenceNode seq && index < seq.getValue().size()) {
            return lineOf(seq.getValue().get(index));
        }
        return line(key);
    }

    /** A nested group of fields. */
    public Optional<YamlMap> map(String key) {
        NodeTuple t = fields.get(key);
        if (t == null) {
            return Optional.empty();
        }
        Node v = t.getValueNode();
        if (v instanceof MappingNode m) {
            return Optional.of(new YamlMap(file, lineOffset, m, diagnostics));
        }
        if (v instanceof ScalarNode s && isNull(s)) {
            return Optional.empty();
        }
        diagnostics.error(file, lineOf(v), columnOf(v), Msg.of("not-a-group", key));
        return Optional.empty();
    }

    /** A list of groups of fields. */
    public List<YamlMap> maps(String key) {
        NodeTuple t = fields.get(key);
        if (t == null) {
            return List.of();
        }
        Node v = t.getValueNode();
        if (v instanceof SequenceNode seq) {
            List<YamlMap> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (item instanceof MappingNode m) {
                    out.add(new YamlMap(file, lineOffset, m, diagnostics));
                } else {
                    diagnostics.error(file, lineOf(item), columnOf(item), Msg.of("list-item-not-group", key));
                }
            }
            return out;
        }
        diagnostics.error(file, lineOf(v), columnOf(v), Msg.of("not-a-list-of-groups", key));
        return List.of();
    }
}
