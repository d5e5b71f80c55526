package yearbook.importer.repair;

import static yearbook.importer.repair.Chars.isCjk;
import static yearbook.importer.repair.Chars.isCjkPunct;
import static yearbook.importer.repair.Chars.isHan;

/**
 * The repairs made to a paragraph of body text: ASCII punctuation inside Chinese text becomes full-width
 * ({@code , ; : ( ) ? ! "…" <…>}), and spaces go where Chinese typesetting has none: between Chinese and
 * digits ({@code 2018 年} → {@code 2018年}), next to full-width punctuation, and between two Chinese
 * characters. A space between two Chinese characters inside quotation or book-title marks is kept, for
 * slogans such as “践行不忘初心 传承红色基因”, unless the text is OCR output, where every such space is an
 * artefact. Spaces between Chinese and Latin words are left as they are.
 */
public final class TextRepair {
    private TextRepair() {
    }

    public static String repair(String paragraph, boolean ocr) {
        return spacing(punctuation(paragraph), ocr);
    }

    /**
     * A headline: punctuation made full-width and spaces next to it removed, but the spaces between words kept
     * (a headline's space is a typographic pause: 以四项举措抓基层 强基础; 2019 宁夏工会的行与思).
     */
    public static String headline(String text) {
        String s = punctuation(text.strip()).replaceAll("[ \u3000]+", " ");
        return s.replaceAll(" ?([，。、；：？！“”‘’（）《》〈〉…—]) ?", "$1").replaceAll(" ?([（“《]) ?", "$1").strip();
    }

    /** ASCII punctuation next to Chinese characters made full-width. */
    public static String punctuation(String s) {
        char[] c = s.toCharArray();
        // brackets first, so that a comma after ")" sees the full-width bracket
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '(') {
                int close = matching(c, i, '(', ')');
                boolean han = close > 0 && containsHan(c, i + 1, close) || isHan(prev(c, i)) || close < 0 && isHan(next(c, i));
                if (han) {
                    c[i] = '（';
                    if (close > 0) {
                        c[close] = '）';
                    }
                }
            } else if (c[i] == ')' && isHan(prev(c, i))) {
                c[i] = '）';
            } else if (c[i] == '<') {
                int close = matching(c, i, '<', '>');
                if (close > i + 1 && allHan(c, i + 1, close)) {
                    c[i] = '〈';
                    c[close] = '〉';
                }
            }
        }
        int quote = -1;
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '"') {
                if (quote < 0) {
                    quote = i;
                } else {
                    if (containsHan(c, quote + 1, i)) {
                        c[quote] = '“';
                        c[i] = '”';
                    }
                    quote = -1;
                }
            }
        }
        for (int i = 0; i < c.length; i++) {
            int p = prev(c, i);
            int n = next(c, i);
            boolean cjkBefore = isCjk(p);
            switch (c[i]) {
                case ',' -> {
                    if ((cjkBefore || isHan(n)) && !(Character.isDigit(p) && Character.isDigit(n))) {
                        c[i] = '，';
                    }
                }
                case ';' -> c[i] = cjkBefore || isHan(n) ? '；' : c[i];
                case '?' -> c[i] = cjkBefore ? '？' : c[i];
                case '!' -> c[i] = cjkBefore ? '！' : c[i];
                case ':' -> {
                    if ((cjkBefore || isHan(n)) && n != '/' && !(Character.isDigit(p) && Character.isDigit(n))) {
                        c[i] = '：';
                    }
                }
                default -> { }
            }
        }
        return new String(c);
    }

    /** Spaces removed between Chinese and digits, around full-width punctuation, and between Chinese characters. */
    public static String spacing(String s, boolean ocr) {
        StringBuilder sb = new StringBuilder(s.length());
        int depth = 0; // inside “…” or 《…》
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '《' || c == '「') {
                depth++;
            } else if ((c == '”' || c == '》' || c == '」') && depth > 0) {
                depth--;
            }
            if (c != ' ' && c != '\u3000') {
                sb.append(c);
                continue;
            }
            int j = i;
            while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\u3000')) {
                j++;
            }
            int before = sb.length() == 0 ? 0 : sb.charAt(sb.length() - 1);
            int after = j < s.length() ? s.charAt(j) : 0;
            boolean drop;
            if (before == 0 || after == 0) {
                drop = true;
            } else if (isCjkPunct(before) || isCjkPunct(after)) {
                drop = true;
            } else if (isHan(before) && Character.isDigit(after) || Character.isDigit(before) && isHan(after)) {
                drop = true;
            } else if (isHan(before) && isHan(after)) {
                drop = ocr || depth == 0;
            } else {
                drop = false;
            }
            if (!drop) {
                sb.append(' ');
            }
            i = j - 1;
        }
        return sb.toString();
    }

    private static int matching(char[] c, int open, char o, char cl) {
        int depth = 0;
        for (int i = open; i < c.length; i++) {
            if (c[i] == o) {
                depth++;
            } else if (c[i] == cl && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean containsHan(char[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isHan(c[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean allHan(char[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isHan(c[i])) {
                return false;
            }
        }
        return to - from <= 30;
    }

    /** The nearest character before i that is not a space; 0 at the start. */
    private static int prev(char[] c, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (c[k] != ' ') {
                return c[k];
            }
        }
        return 0;
    }

    private static int next(char[] c, int i) {
        for (int k = i + 1; k < c.length; k++) {
            if (c[k] != ' ') {
                return c[k];
            }
        }
        return 0;
    }
}
