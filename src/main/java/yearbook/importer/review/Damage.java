package yearbook.importer.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yearbook.importer.page.Unit;
import yearbook.importer.repair.Chars;
import yearbook.theme.Theme;
import yearbook.theme.ThemeVocabulary;

/**
 * Looks for damage in an article's body and says where, without changing anything: duplicated passages,
 * probable lost text (a paragraph that starts or ends mid-sentence), garbled words (a fixed term with a character
 * dropped or doubled), stray English words, placeholders ({@code xx}, {@code ××}, {@code 某某}), unknown characters,
 * and plans for the next year inside a review of the past one.
 */
public final class Damage {
    private static final int MIN_SENTENCE = 12;
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；]");
    private static final Pattern ENGLISH = Pattern.compile("(?<=[\\p{IsHan}，。、；：])\\s*([a-z]{2,})\\s*(?=[\\p{IsHan}，。、；：])");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?<![A-Za-z])(?:[xXＸｘ]{2,}|[×＊*]{2,}|某某|○○|〇〇|□{2,}|[?？]{2,})(?![A-Za-z])|(?<=[年月])[xXＸｘ×](?=[月日])|(?<![A-Za-z])[xXＸｘ×](?=月)");
    private static final Pattern UNKNOWN = Pattern.compile("\\uFFFD|(?<=[\\p{IsHan}])[?？](?=[\\p{IsHan}])");
    /** A paragraph that opens a look ahead: what follows it, to the next heading, is plans too. */
    private static final Pattern PLAN_INTRO = Pattern.compile("^(下一步|明年|新的一年|展望)|已经临近|即将到来");
    private static final Pattern PLAN = Pattern.compile(
            "^(下一步|明年|今后|新的一年|展望)|下一步[，,]|(?:力争|争取)(?:到|在)?(?:19|20)\\d{2}年|年内完成|已经临近|展望(?:19|20)\\d{2}");
    private static final Pattern FUTURE_YEAR = Pattern.compile("((?:19|20)\\d{2})年(?:[^。]{0,6})(将|要|计划|力争|继续|努力)");

    private final Set<String> terms = new LinkedHashSet<>();

    public Damage(ThemeVocabulary vocabulary) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Damage.class.getResourceAsStream("/yearbook/importer/terms.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    terms.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Theme t : vocabulary.all()) {
            for (String s : t.signals()) {
                if (s.codePointCount(0, s.length()) >= 4) {
                    terms.add(s);
                }
            }
        }
        addVariants();
    }

    /** The flags for a body; {@code coveredYear} tells plans (a later year) from records. */
    public List<Flag> check(List<Unit> body, int coveredYear) {
        List<Flag> flags = new ArrayList<>();
        duplicates(body, flags);
        int planUntil = -1;
        for (int i = 0; i < body.size(); i++) {
            Unit u = body.get(i);
            if (u.kind() == Unit.Kind.HEADING && i > planUntil && isPlanHeading(u.text(), coveredYear)) {
                int end = i;
                while (end + 1 < body.size() && body.get(end + 1).kind() != Unit.Kind.HEADING) {
                    end++;
                }
                planUntil = end;
                flags.add(new Flag("小标题“" + u.text() + "”下的" + (end - i) + "段写的是今后的打算；年鉴条目只记已经发生的事，请考虑删去", u.first()));
                continue;
            }
            if (u.kind() != Unit.Kind.PARA) {
                continue;
            }
            String t = u.text();
            if (startsMidSentence(t)) {
                flags.add(new Flag("段落从半句开始（“" + Chars.head(t, 16) + "”）：前面可能有文字丢失，请对照原件", u.first()));
            }
            // a Word file's table, made into one paragraph (cells parted by |), ends without a full stop
            if (i == body.size() - 1 && !Chars.endsSentence(t) && !t.contains(" | ")) {
                flags.add(new Flag("文章在半句处结束（“" + Chars.tail(t, 16) + "”）：后面可能有文字丢失", u.last()));
            }
            garbled(t, u.first(), flags);
            Matcher m = ENGLISH.matcher(t);
            boolean latin = t.chars().anyMatch(c -> c >= 'a' && c <= 'z');
            while (latin && m.find()) {
                if (m.group(1).matches("x+")) {
                    continue; // xx is a placeholder, flagged below
                }
                flags.add(new Flag("中文里夹着英文单词“" + m.group(1) + "”，可能是录入错误", u.first()));
            }
            m = PLACEHOLDER.matcher(t);
            boolean placeholderChars = t.chars().anyMatch(c -> "xXＸｘ×＊*某○〇□?？".indexOf(c) >= 0);
            while (placeholderChars && m.find()) {
                flags.add(new Flag("占位符“" + m.group() + "”（" + around(t, m.start()) + "）：请补上实际内容", u.first()));
            }
            m = UNKNOWN.matcher(t);
            if (t.chars().anyMatch(c -> c == '?' || c == '？' || c == '\uFFFD') && m.find()) {
                flags.add(new Flag("无法识别的字符（" + around(t, m.start()) + "）", u.first()));
            }
            if (i > planUntil && PLAN_INTRO.matcher(t).find() && i < body.size() - 1) {
                int end = i;
                while (end + 1 < body.size() && body.get(end + 1).kind() == Unit.Kind.PARA) {
                    end++;
                }
                if (end > i) {
                    planUntil = end;
                    flags.add(new Flag("从这一段（“" + Chars.head(t, 16) + "”）起的" + (end - i + 1) + "段写的是今后的打算；"
                            + "年鉴条目只记已经发生的事，请考虑删去", u.first()));
                }
            }
            if (i > planUntil && isPlan(t, coveredYear)) {
                flags.add(new Flag("这一段写的是今后的打算（“" + Chars.head(t, 16) + "”）；年鉴条目只记已经发生的事，请考虑删去", u.first()));
            }
        }
        return flags;
    }

    /** A cross-break join whose second piece starts with a lone character and a comma: text probably lost there. */
    public static boolean suspiciousJoin(String after) {
        return after.length() >= 2 && Chars.isHan(after.charAt(0)) && "、，".indexOf(after.charAt(1)) >= 0;
    }

    private static final Pattern PLAN_HEADING = Pattern.compile("(打算|计划|展望|思路|安排|目标|下一步|明年|今后)");
    private static final Pattern YEAR_IN = Pattern.compile("((?:19|20)\\d{2})年");

    private static boolean isPlanHeading(String t, int coveredYear) {
        if (!PLAN_HEADING.matcher(t).find()) {
            return false;
        }
        Matcher y = YEAR_IN.matcher(t);
        return !y.find() || coveredYear > 0 && Integer.parseInt(y.group(1)) > coveredYear;
    }

    private boolean isPlan(String t, int coveredYear) {
        if (PLAN.matcher(t).find()) {
            return true;
        }
        Matcher m = FUTURE_YEAR.matcher(t);
        while (m.find()) {
            if (coveredYear > 0 && Integer.parseInt(m.group(1)) > coveredYear) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsMidSentence(String t) {
        if (t.isEmpty()) {
            return false;
        }
        if ("，、。；：！？）》”’".indexOf(t.charAt(0)) >= 0) {
            return true;
        }
        // a closing mark before any opening one, within the first clause: 洛日报》、商洛电视台…
        for (int i = 0; i < Math.min(t.length(), 20); i++) {
            char c = t.charAt(i);
            if ("《“（".indexOf(c) >= 0 || "，。；".indexOf(c) >= 0) {
                return false;
            }
            if ("》”）".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private void duplicates(List<Unit> body, List<Flag> flags) {
        record Sentence(String text, int paragraph, int line) {
        }
        List<Sentence> sentences = new ArrayList<>();
        for (int p = 0; p < body.size(); p++) {
            Unit u = body.get(p);
            if (u.kind() != Unit.Kind.PARA) {
                continue;
            }
            for (String s : SENTENCE_END.split(u.text())) {
                String n = s.replaceAll("[\\s，、：“”（）《》]", "");
                if (Chars.hanCount(n) >= MIN_SENTENCE) {
                    sentences.add(new Sentence(n, p, u.first()));
                }
            }
        }
        Set<Integer> reported = new HashSet<>();
        for (int a = 0; a < sentences.size(); a++) {
            for (int b = a + 1; b < sentences.size(); b++) {
                Sentence x = sentences.get(a);
                Sentence y = sentences.get(b);
                boolean same = x.text.equals(y.text) || x.text.contains(y.text) || y.text.contains(x.text);
                if (same && !reported.contains(b)) {
                    reported.add(b);
                    // one flag per pair of paragraphs
                    String key = "重复：原文第" + x.line + "行与第" + y.line + "行";
                    if (flags.stream().noneMatch(f -> f.message().startsWith(key))) {
                        flags.add(new Flag(key + "有相同的文字（“" + Chars.head(y.text, 16) + "”）：可能是排版重复，请核对后删去一处", y.line));
                    }
                }
            }
        }
    }

    private void garbled(String t, int line, List<Flag> flags) {
        Set<Integer> pairs = new HashSet<>();
        for (int i = 0; i + 1 < t.length(); i++) {
            pairs.add(pair(t, i));
        }
        Set<String> seen = new HashSet<>();
        for (Variant v : variants) {
            String w = v.text;
            if (!pairs.contains(pair(w, 0)) || !pairs.contains(pair(w, w.length() - 2))) {
                continue;
            }
            for (int at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) {
                if (!insideTerm(t, at, w.length()) && seen.add(w)) {
                    flags.add(new Flag("可能有错字：“" + w + "”，应为“" + v.term + "”？（" + around(t, at) + "）", line));
                }
            }
        }
    }

    private static int pair(String s, int i) {
        return s.charAt(i) << 16 | s.charAt(i + 1);
    }

    /** A garbled form of a term: a character dropped (工人锋号 for 工人先锋号, only for terms of five or more
     * characters: 职工家 in 职工家庭 is no garble), or replaced by its neighbour (劳模模范 for 劳动模范). */
    private record Variant(String text, String term) {
    }

    private final List<Variant> variants = new ArrayList<>();

    private void addVariants() {
        Set<String> made = new HashSet<>();
        for (String term : terms) {
            int n = term.length();
            if (n < 4) {
                continue;
            }
            for (int k = 1; n >= 5 && k < n - 1; k++) {
                String v = term.substring(0, k) + term.substring(k + 1);
                if (!terms.contains(v) && made.add(v)) {
                    variants.add(new Variant(v, term));
                }
            }
            for (int k = 0; k < n; k++) {
                for (int d : new int[] {-1, 1}) {
                    int src = k + d;
                    if (src < 0 || src >= n || term.charAt(src) == term.charAt(k)) {
                        continue;
                    }
                    String v = term.substring(0, k) + term.charAt(src) + term.substring(k + 1);
                    if (!terms.contains(v) && made.add(v)) {
                        variants.add(new Variant(v, term));
                    }
                }
            }
        }
    }

    /** Whether text[at, at+len) lies inside an occurrence of another known term (会服务卡 in 工会服务卡). */
    private boolean insideTerm(String t, int at, int len) {
        for (String term : terms) {
            if (term.length() <= len) {
                continue;
            }
            for (int from = Math.max(0, at + len - term.length()); from <= at && from + term.length() <= t.length(); from++) {
                if (t.startsWith(term, from)) {
                    return true;
                }
            }
        }
        return false;
    }


    static String around(String s, int at) {
        int from = Math.max(0, at - 8);
        int to = Math.min(s.length(), at + 12);
        // never between the two halves of a character outside the BMP: half of one cannot be written as UTF-8
        if (from > 0 && Character.isLowSurrogate(s.charAt(from)) && Character.isHighSurrogate(s.charAt(from - 1))) {
            from--;
        }
        if (to < s.length() && Character.isLowSurrogate(s.charAt(to)) && Character.isHighSurrogate(s.charAt(to - 1))) {
            to++;
        }
        return (from > 0 ? "…" : "") + s.substring(from, to) + (to < s.length() ? "…" : "");
    }
}
