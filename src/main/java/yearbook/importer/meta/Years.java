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
    private static final Pattern TARGET = Pattern.compile("(到|至|力争|预计|计划|争取|迎接|谋划|部署|安排|展望)\\s*$");
    /** What follows a year that is a plan: 2021年，市总工会将… */
    private static final Pattern PLAN_AFTER = Pattern.compile("^(?:年|年度)?[^。；0-9]{0,8}?(?:将|要|计划|拟)");
    /** An event dated by month and day (1月24日), or by words relative to the publication (近日, 昨天). */
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![0-9年])(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern RECENT = Pattern.compile("近日|日前|昨天|昨日|今天|今日|本周|上周|本月|前不久");

    public static Guess covered(String headline, String body, int publishedYear) {
        return covered(headline, body, publishedYear > 0 ? java.time.LocalDate.of(publishedYear, 12, 31) : null, false);
    }

    /**
     * The covered year of a page published on {@code published} (null when unknown). A body that names no year
     * but dates its events by month and day, or by 近日/昨天, reports on the publication's own year (or the year
     * before, when the date falls after the publication's).
     */
    public static Guess covered(String headline, String body, java.time.LocalDate published) {
        return covered(headline, body, published, true);
    }

    private static Guess covered(String headline, String body, java.time.LocalDate published, boolean dated) {
        int publishedYear = published != null ? published.getYear() : 0;
        headline = arabic(headline);
        body = arabic(body);
        Map<Integer, Integer> head = count(headline, false, publishedYear);
        if (!head.isEmpty()) {
            int best = head.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).get().getKey();
            return new Guess(best, "标题中的年份", head.size() > 1);
        }
        Map<Integer, Integer> counts = count(body, true, publishedYear);
        if (counts.isEmpty() && dated && published != null) {
            Matcher md = MONTH_DAY.matcher(body);
            if (md.find()) {
                int month = Integer.parseInt(md.group(1));
                int day = Integer.parseInt(md.group(2));
                if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                    boolean before = month < published.getMonthValue() || month == published.getMonthValue() && day <= published.getDayOfMonth();
                    int y = before ? publishedYear : publishedYear - 1;
                    return new Guess(y, "正文的事件日期（" + md.group() + "）与发布日期（" + published + "）", false);
                }
            }
            Matcher recent = RECENT.matcher(body);
            if (recent.find()) {
                return new Guess(publishedYear, "正文写“" + recent.group() + "”，按发布日期（" + published + "）的年份", false);
            }
        }
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
            if (needYearMark && PLAN_AFTER.matcher(text.substring(m.end(1), Math.min(text.length(), m.end(1) + 14))).find()) {
                continue;
            }
            counts.merge(y, 1, Integer::sum);
        }
        return counts;
    }
}
