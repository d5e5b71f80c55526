package yearbook.importer.output;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yearbook.importer.page.Unit;

/**
 * An item's body as markdown: paragraphs separated by blank lines, headings as {@code ##} and below (the title is
 * the article's {@code #}), the page's own heading levels kept in their order. Characters markdown would take as
 * markup are escaped, so that the text reads exactly as imported.
 */
public final class Markdown {
    private Markdown() {
    }

    /** What markdown would read as a character reference: &amp;amp; &amp;#20013; */
    private static final Pattern ENTITY = Pattern.compile("&[#A-Za-z0-9]+;");

    public static String body(List<Unit> units) {
        return body(units, Map.of(), Map.of());
    }

    /**
     * The body, with the units at some indexes given as markdown of their own ({@code instead}: a table the text
     * held as a line), and markdown blocks put after some units ({@code after}: pictures; index -1 for before the
     * first).
     */
    public static String body(List<Unit> units, Map<Integer, String> instead, Map<Integer, List<String>> after) {
        int top = units.stream().filter(u -> u.kind() == Unit.Kind.HEADING).mapToInt(Unit::level).min().orElse(2);
        StringBuilder sb = new StringBuilder();
        for (String block : after.getOrDefault(-1, List.of())) {
            sb.append(sb.length() > 0 ? "\n" : "").append(block);
        }
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (sb.length() > 0) {
                sb.append('\n');
            }
            if (instead.containsKey(i)) {
                sb.append(instead.get(i));
            } else if (u.kind() == Unit.Kind.HEADING) {
                int level = Math.min(6, Math.max(2, u.level() - top + 2));
                sb.append("#".repeat(level)).append(' ').append(escape(u.text())).append('\n');
            } else {
                sb.append(escape(u.text())).append('\n');
            }
            for (String block : after.getOrDefault(i, List.of())) {
                sb.append('\n').append(block);
            }
        }
        return sb.toString();
    }

    /** A picture standing in its own paragraph: {@code ![caption](file)}, the caption read as plain text. */
    public static String image(String caption, String file) {
        String alt = caption == null ? "" : caption.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
        return "![" + alt + "](" + file + ")\n";
    }

    /** Escapes what markdown would read as markup: emphasis, code, links, HTML, and block markers at the start. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '*', '_', '`', '[', ']' -> sb.append('\\').append(c);
                case '<' -> sb.append(i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1)) && text.charAt(i + 1) < 0x80
                        || "/!?".indexOf(text.charAt(i + 1)) >= 0) ? "&lt;" : "<");
                case '&' -> sb.append(ENTITY.matcher(text).region(i, text.length()).lookingAt() ? "&amp;" : "&");
                default -> sb.append(c);
            }
        }
        String s = sb.toString();
        Matcher ordered = Pattern.compile("^(\\d{1,9})([.)])(\\s|$)").matcher(s);
        if (ordered.find()) {
            return ordered.group(1) + "\\" + s.substring(ordered.group(1).length());
        }
        if (s.matches("(?s)^(#|>|[-+](\\s.*|$)|~~~|\\|).*")) {
            s = "\\" + s;
        }
        return s;
    }
}
