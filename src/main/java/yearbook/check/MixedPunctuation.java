package yearbook.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yearbook.diag.Msg;
import yearbook.content.FrontMatter;
import yearbook.diag.Diagnostic;
import yearbook.text.Cjk;

/**
 * Half-width punctuation typed inside Chinese text ({@code 外,内} for {@code 外，内}): a warning at its line and
 * column, naming the full-width mark to use. Only a mark with Chinese on both sides counts: directly before it
 * a Chinese character or full-width punctuation, and after it (past any spaces) the same, one of the two being
 * a Chinese character. So numbers ({@code 1,000}, {@code 3.5}), English text and markdown syntax are left
 * alone; so are code blocks and spans, URLs, link targets, HTML tags and the front matter.
 */
final class MixedPunctuation {
    /** The half-width marks looked for, and the full-width ones to use instead. */
    static final Map<Character, String> FULL_WIDTH = Map.of(',', "，", '.', "。", ':', "：", ';', "；", '?', "？",
            '!', "！", '(', "（", ')', "）");

    /** Inline parts that are not prose: code spans are handled apart; these are blanked before the scan. */
    private static final Pattern NOT_PROSE = Pattern.compile(
            "<[A-Za-z/!][^<>\\n]*>"            // HTML tags and autolinks such as <https://…>
            + "|\\]\\([^)\\n]*\\)"             // link and image targets: ](…)
            + "|(?i:https?|ftp)://[^\\s<>]*"   // bare URLs
            + "|(?i:www\\.)[^\\s<>]*");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private MixedPunctuation() {
    }

    static List<Diagnostic> find(Path file, FrontMatter fm) {
        List<Diagnostic> found = new ArrayList<>();
        String fence = null;
        boolean previousBlank = true;
        boolean inIndentedCode = false;
        String[] lines = fm.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = fm.bodyLine() + i;
            Matcher f = FENCE.matcher(line);
            if (fence != null) {
                if (f.find() && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length()
                        && line.substring(f.end()).isBlank()) {
                    fence = null;
                }
                continue;
            }
            if (f.find()) {
                fence = f.group(1);
                continue;
            }
            boolean blank = line.isBlank();
            boolean indented = line.startsWith("    ") || line.startsWith("\t");
            inIndentedCode = !blank && indented && (previousBlank || inIndentedCode);
            previousBlank = blank;
            if (blank || inIndentedCode) {
                continue;
            }
            scan(file, lineNo, line, found);
        }
        return found;
    }

    private static void scan(Path file, int lineNo, String line, List<Diagnostic> found) {
        char[] prose = blankCodeSpans(line).toCharArray();
        Matcher m = NOT_PROSE.matcher(new String(prose));
        while (m.find()) {
            for (int k = m.start(); k < m.end(); k++) {
                prose[k] = ' ';
            }
        }
        String text = new String(prose);
        // the column of a mark is counted on from the previous one's: counting from the line's start each time
        // took minutes on a long line full of marks
        int counted = 0;
        int column = 1;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            String full = FULL_WIDTH.get(c);
            if (full == null) {
                continue;
            }
            int before = text.codePointBefore(i);
            int j = i + 1;
            while (j < text.length() && text.charAt(j) == ' ') {
                j++;
            }
            if (j >= text.length()) {
                continue;
            }
            int after = text.codePointAt(j);
            if (chineseContext(before) && chineseContext(after) && (Cjk.isHan(before) || Cjk.isHan(after))) {
                column += line.codePointCount(counted, i);
                counted = i;
                found.add(Diagnostic.warning(file, lineNo, column,
                        Msg.of("half-width-punctuation", c, full)));
            }
        }
    }

    /** The line with the contents of its code spans (`…`, ``…``) blanked; an unclosed run of backticks stays. */
    static String blankCodeSpans(String line) {
        char[] out = line.toCharArray();
        int i = 0;
        while (i < out.length) {
            if (out[i] != '`') {
                i++;
                continue;
            }
            int run = i;
            while (i < out.length && out[i] == '`') {
                i++;
            }
            int length = i - run;
            int close = -1;
            for (int k = i; k < out.length; ) {
                if (out[k] != '`') {
                    k++;
                    continue;
                }
                int r = k;
                while (k < out.length && out[k] == '`') {
                    k++;
                }
                if (k - r == length) {
                    close = k;
                    break;
                }
            }
            if (close < 0) {
                continue;
            }
            for (int k = run; k < close; k++) {
                out[k] = ' ';
            }
            i = close;
        }
        return new String(out);
    }

    /** A Chinese character, or {@linkplain Cjk#isChinesePunctuation punctuation that only Chinese text uses}. */
    static boolean chineseContext(int cp) {
        return Cjk.isHan(cp) || Cjk.isChinesePunctuation(cp);
    }
}
