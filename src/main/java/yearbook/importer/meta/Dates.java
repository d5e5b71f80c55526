package yearbook.importer.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Full dates as pages print them: {@code 2021-03-18}, {@code 2021/3/18}, {@code 2021.03.18}, {@code 2021年3月18日}. */
public final class Dates {
    private Dates() {
    }

    private static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*(?:[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})|年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号])");
    /** A line that is nothing but a date, perhaps with the weekday and a time: a dateline. */
    private static final Pattern DATELINE = Pattern.compile(
            "\\s*" + DATE.pattern() + "\\s*(?:(?:星期|周)[一二三四五六日天])?\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*");

    /** The first full date in the text. */
    public static Optional<LocalDate> find(String text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = of(m);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The date, when the whole line is a date. */
    public static Optional<LocalDate> dateline(String line) {
        Matcher m = DATELINE.matcher(line);
        return m.matches() ? of(m) : Optional.empty();
    }

    private static Optional<LocalDate> of(Matcher m) {
        try {
            int y = Integer.parseInt(m.group(1));
            int mo = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            int d = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
            return Optional.of(LocalDate.of(y, mo, d));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static final Pattern MONTH_DAY = Pattern.compile("(?:((?:19|20)\\d{2})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");

    /** A date as a short item states it ({@code 12月26日上午}), with the year when given, as written. */
    public static Optional<String> stated(String text) {
        Matcher m = MONTH_DAY.matcher(text);
        if (!m.find() || m.start() > 40) {
            return Optional.empty();
        }
        return Optional.of((m.group(1) != null ? m.group(1) + "年" : "") + m.group(2) + "月" + m.group(3) + "日");
    }
}
