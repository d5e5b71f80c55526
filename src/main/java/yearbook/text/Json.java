package yearbook.text;

/** Writes JSON string literals (RFC 8259), for the files and reports the tool writes as JSON. */
public final class Json {
    private Json() {
    }

    /** Whether a character goes into a JSON string as it is ({@link #string(StringBuilder, String)} escapes the others). */
    public static boolean plain(char c) {
        return c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '\u2028' && c != '\u2029';
    }

    /** Whether every one of these ASCII bytes goes into a JSON string as it is, so that they can be copied as they are. */
    public static boolean plain(byte[] ascii) {
        for (byte b : ascii) {
            if (b < 0 || !plain((char) b)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Appends {@code s} as a JSON string: quotes, backslashes and control characters escaped, and also U+2028,
     * U+2029 and '<', so the text is safe inside an HTML {@code <script>} too; {@code null} is written as null.
     */
    public static void string(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("null");
            return;
        }
        sb.append('"');
        // the characters that need no escape go in as runs (nearly all of them: search lists, Chinese text)
        int from = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (plain(c)) {
                continue;
            }
            sb.append(s, from, i);
            from = i + 1;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(String.format("\\u%04x", (int) c));
            }
        }
        sb.append(s, from, n);
        sb.append('"');
    }

    /** {@code s} as a JSON string (see {@link #string(StringBuilder, String)}). */
    public static String string(String s) {
        StringBuilder sb = new StringBuilder();
        string(sb, s);
        return sb.toString();
    }
}
