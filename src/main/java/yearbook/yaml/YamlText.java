package yearbook.yaml;

/** YAML text by hand: values that read back as exactly the string written, and where comments start. */
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

    /**
     * Where a YAML line's comment starts: the index of its '#' (at the start of the line or after white space,
     * outside quotes), or -1 when it has none.
     */
    public static int commentStart(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }
}
