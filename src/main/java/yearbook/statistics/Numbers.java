package yearbook.statistics;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Numbers in statistics tables: what counts as one, and how one is shown (digits grouped by three). */
public final class Numbers {
    /** A number as editors write it: digits, optionally grouped with commas, a sign, decimals, a percent sign. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?%?");
    /** What a cell says when there is no figure: 空, —, –, -, …, ×. */
    private static final Pattern NONE = Pattern.compile("|—|——|–|-|…|……|×|/");

    private Numbers() {
    }

    /** Whether the cell is a number or says there is none. */
    public static boolean valid(String cell) {
        String c = cell.strip();
        return NONE.matcher(c).matches() || NUMBER.matcher(c).matches();
    }

    /** The cell's number, or null when it says there is none. */
    public static BigDecimal parse(String cell) {
        String c = cell.strip();
        if (!NUMBER.matcher(c).matches()) {
            return null;
        }
        return new BigDecimal(c.replace(",", "").replace("%", "").replace("+", ""));
    }

    /** The cell as shown: a number with its digits grouped by three (12,345.6), anything else as written. */
    public static String format(String cell) {
        String c = cell.strip();
        if (!NUMBER.matcher(c).matches()) {
            return c.isEmpty() ? "—" : c;
        }
        String plain = c.replace(",", "");
        String sign = plain.startsWith("-") || plain.startsWith("+") ? plain.substring(0, 1) : "";
        String rest = sign.isEmpty() ? plain : plain.substring(1);
        int end = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            if (rest.charAt(i) == '.' || rest.charAt(i) == '%') {
                end = i;
                break;
            }
        }
        String digits = rest.substring(0, end);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(digits.charAt(i));
        }
        return sign + grouped + rest.substring(end);
    }
}
