package yearbook.importer.meta;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year an article covers. A year in the headline ({@code 2019 宁夏工会的行与思}, {@code 2018年工作回眸}) decides;
 * otherwise the year the body names most ({@code 2018年}), leaving out targets ({@code 到2020年}, {@code 力争…})
 * and, when the publication date is known, years after it. A near tie is reported as uncertain.
 */
public final class Years {
    private Years() {
    }

    public record Guess(int year, String evidence, boolean uncertain) {
    }

    /** A year: followed by 年, or (in a headline) standing as a word of its own: 2019 宁夏工会…, not 2000余名. */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9.])((?:19|20)\\d{2})(?![0-9.])(\\s*(?:年|年度)|(?=\\s|$|[，、：]))?");
    private static final Pattern CHINESE_YEAR = Pattern.compile("([〇零一二三四五六七八九]{4})(?=\\s*年)");

    /** 二〇二一年 → 2021年. */
    static String arabic(String text) {
        Matcher m = CHINESE_YEAR.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            StringBuilder digits = new StringBuilder();
            for (char c : m.group(1).toCharArray()) {
                digits.append("〇一二三四五六七八九".indexOf(c) >= 0 ? "〇一二三四五六七八九".indexOf(c) : 0);
            }
            m.appendReplacement(sb, digits.toString());
        }
        m.appendTail(sb);
        return sb.toString();
    }
    private static final Pattern TARGET = Pattern.compile("(到|至|力争|预计|计划|争取|迎接)\\s*$");

    public static Guess covered(String headline, String body, int publishedYear) {
        headline = arabic(headline);
        body = arabic(body);
        Map<Integer, Integer> head = count(headline, false, publishedYear);
        if (!head.isEmpty()) {
            int best = head.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).get().getKey();
            return new Guess(best, "标题中的年份", head.size() > 1);
        }
        Map<Integer, Integer> counts = count(body, true, publishedYear);
        if (counts.isEmpty()) {
            return publishedYear > 0 ? new Guess(publishedYear - 1, "正文未写年份，按发布年份的前一年", true)
                    : new Guess(0, "正文未写年份", true);
        }
        int best = 0;
        int bestCount = -1;
        int second = -1;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) { // ascending: the later year wins a tie
            if (e.getValue() >= bestCount) {
                second = bestCount;
                bestCount = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        StringBuilder ev = new StringBuilder("正文中的年份：");
        counts.entrySet().stream().sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
                .forEach(e -> ev.append(e.getKey()).append("年×").append(e.getValue()).append(' '));
        return new Guess(best, ev.toString().strip(), second >= bestCount - 1 && second > 0);
    }

    private static Map<Integer, Integer> count(String text, boolean needYearMark, int publishedYear) {
        Map<Integer, Integer> counts = new TreeMap<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            if (m.group(2) == null || needYearMark && !m.group(2).contains("年")) {
                continue;
            }
            int y = Integer.parseInt(m.group(1));
            if (publishedYear > 0 && y > publishedYear) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 4), m.start());
            if (TARGET.matcher(before).find()) {
                continue;
            }
            counts.merge(y, 1, Integer::sum);
        }
        return counts;
    }
}
