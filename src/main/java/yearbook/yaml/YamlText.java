package yearbook.yaml;

/** Writing YAML by hand: values that read back as exactly the string written. */
public final class YamlText {
    private YamlText() {
    }

    /** A YAML scalar on one line: plain when that reads back as the same string, double-quoted otherwise. */
    public static String scalar(String s) {
        String t = oneLine(s);
        boolean plain = !t.isEmpty() && t.equals(t.strip())
                && !t.matches("(?s).*([:#\\[\\]{},&*!|>'\"%@`]|\\s#|:\\s).*")
                && !t.matches("[-?~0-9].*") && !t.matches("(?i)(true|false|yes|no|on|off|null|y|n)");
        if (plain) {
            return t;
        }
        return "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The text on one line: line breaks and the spaces around them become one space. */
    public static String oneLine(String s) {
        return s.replaceAll("\\s*\\n\\s*", " ").strip();
    }
}
