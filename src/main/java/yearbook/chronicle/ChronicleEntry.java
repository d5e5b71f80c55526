package yearbook.chronicle;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;

import yearbook.region.Region;

/**
 * One event of a volume's chronicle (大事记): its date, to the day or only to the month, and what happened.
 *
 * @param file    the file it is written in
 * @param line    the line its entry starts on
 * @param volume  the volume whose chronicle it belongs to
 * @param month   the month of the event
 * @param day     the day of the month, or 0 when only the month is known
 * @param text    what happened, one sentence or a short paragraph
 * @param region  the region it concerns, or null
 * @param article the content path of the article it is told in (articles/…/x.md), or null
 * @param articleLine the line of its {@code article} field
 * @param draft   whether it waits for an editor's review (written by import): not published
 */
public record ChronicleEntry(Path file, int line, int volume, YearMonth month, int day, String text, Region region,
                             String article, int articleLine, boolean draft) {
    /**
     * Date order; within a month the events known only by month first ("events with only a month are placed at the
     * month's head"), then the order they are written in.
     */
    public static final Comparator<ChronicleEntry> ORDER = Comparator.comparing(ChronicleEntry::month)
            .thenComparingInt(ChronicleEntry::day)
            .thenComparing(e -> e.file().toString())
            .thenComparingInt(ChronicleEntry::line);

    /** The date as a Chinese reader writes it in a chronicle: 1月15日, or 1月 for a month. */
    public String dateText() {
        return month.getMonthValue() + "月" + (day > 0 ? day + "日" : "");
    }

    /** The date in ISO form for a {@code <time>} element: 2018-01-15 or 2018-01. */
    public String isoDate() {
        return day > 0 ? month.atDay(day).toString() : month.toString();
    }
}
