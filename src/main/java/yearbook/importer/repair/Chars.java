package yearbook.importer.repair;

import yearbook.text.Cjk;

/** Character classes, counting and quoting that the importer's steps share. */
public final class Chars {
    private Chars() {
    }

    /** Han characters: {@linkplain Cjk#isIdeograph the ideographs} (with the extensions and compatibility ones) and 〇. */
    public static boolean isHan(int c) {
        return Cjk.isIdeograph(c);
    }

    /** Full-width punctuation and the marks Chinese text uses: {@linkplain Cjk#isCjkPunctuation CJK punctuation}. */
    public static boolean isCjkPunct(int c) {
        return Cjk.isCjkPunctuation(c);
    }

    /** Han characters and CJK punctuation: what makes a character "Chinese text" for spacing rules. */
    public static boolean isCjk(int c) {
        return isHan(c) || isCjkPunct(c);
    }

    /** Marks that end a sentence, with the closing quotes and brackets that may follow them. */
    public static boolean endsSentence(String s) {
        String t = s.strip();
        // …歇脚休息。（通讯员 李娜）: a bracket after a sentence's end closes the paragraph too
        if (t.endsWith("）") || t.endsWith(")")) {
            int open = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
            if (open > 0 && open >= t.length() - 42 && "。！？!?…”".indexOf(t.charAt(open - 1)) >= 0) {
                return true;
            }
        }
        int i = t.length();
        while (i > 0 && "”’」』）)】〕》".indexOf(t.charAt(i - 1)) >= 0) {
            i--;
        }
        if (i == 0) {
            return false;
        }
        char c = t.charAt(i - 1);
        return "。！？!?…；".indexOf(c) >= 0 || c == '.' && i >= 2 && isCjk(t.charAt(i - 2));
    }

    /** How many times {@code word} occurs in {@code text}, not overlapping. */
    public static int count(String text, String word) {
        if (word.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    /** The first {@code n} characters, with … when cut: how the report quotes a passage. */
    public static String head(String s, int n) {
        if (s.length() <= n) {
            return s;
        }
        // never between the two halves of a character outside the BMP (𠀀, 😀): half of one cannot be written as UTF-8
        int end = n > 0 && Character.isHighSurrogate(s.charAt(n - 1)) && Character.isLowSurrogate(s.charAt(n)) ? n - 1 : n;
        return s.substring(0, end) + "…";
    }

    /** The last {@code n} characters, with … when cut. */
    public static String tail(String s, int n) {
        if (s.length() <= n) {
            return s;
        }
        int start = s.length() - n;
        if (Character.isLowSurrogate(s.charAt(start)) && Character.isHighSurrogate(s.charAt(start - 1))) {
            start++;
        }
        return "…" + s.substring(start);
    }

    /** How many Han characters the text holds. */
    public static int hanCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isHan(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The width as printed: CJK characters count 1, others 1/2 (rounded up). */
    public static int width(String s) {
        int halves = 0;
        for (int i = 0; i < s.length(); i++) {
            halves += isCjk(s.charAt(i)) || s.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return (halves + 1) / 2;
    }
}
