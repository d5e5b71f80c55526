package yearbook.importer.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Full dates, datelines and stated dates as {@link Dates} reads them. */
class DatesTest {

    private static final Optional<LocalDate> MARCH_18 = Optional.of(LocalDate.of(2021, 3, 18));

    // find: ISO form with dashes.
    @Test
    void findIsoDate() {
        assertEquals(MARCH_18, Dates.find("发布时间：2021-03-18 来源：工人日报"));
    }

    // find: slashes without leading zeros.
    @Test
    void findSlashDate() {
        assertEquals(MARCH_18, Dates.find("2021/3/18"));
    }

    // find: Chinese form with the weekday after it.
    @Test
    void findChineseDate() {
        assertEquals(MARCH_18, Dates.find("2021年3月18日 星期四"));
    }

    // find: an impossible date is no date.
    @Test
    void findInvalidDateIsEmpty() {
        assertEquals(Optional.empty(), Dates.find("2021-02-30"));
    }

    // find: an impossible date is skipped for the next valid one.
    @Test
    void findSkipsInvalidDate() {
        assertEquals(Optional.of(LocalDate.of(2021, 3, 1)), Dates.find("2021-02-30 更正为 2021-03-01"));
    }

    // dateline: a line that is only an ISO date.
    @Test
    void datelineIsoDate() {
        assertEquals(MARCH_18, Dates.dateline("2021-03-18"));
    }

    // dateline: a line that is only a slash date.
    @Test
    void datelineSlashDate() {
        assertEquals(MARCH_18, Dates.dateline("2021/3/18"));
    }

    // dateline: a Chinese date with its weekday is still a dateline.
    @Test
    void datelineChineseDateWithWeekday() {
        assertEquals(MARCH_18, Dates.dateline("2021年3月18日 星期四"));
    }

    // dateline: a date with a time is still a dateline.
    @Test
    void datelineWithTime() {
        assertEquals(MARCH_18, Dates.dateline(" 2021-03-18 10:30 "));
    }

    // dateline: a line with more than the date is not a dateline.
    @Test
    void datelineWithTextIsEmpty() {
        assertEquals(Optional.empty(), Dates.dateline("2021年3月18日，全市工会召开会议"));
    }

    // dateline: an impossible date is not a dateline.
    @Test
    void datelineInvalidDateIsEmpty() {
        assertEquals(Optional.empty(), Dates.dateline("2021-02-30"));
    }

    // stated: month and day as an item states them, without a year.
    @Test
    void statedMonthDay() {
        assertEquals(Optional.of("12月26日"), Dates.stated("12月26日上午，全市工会召开会议。"));
    }

    // stated: the year is kept when the text gives it.
    @Test
    void statedWithYear() {
        assertEquals(Optional.of("2021年12月26日"), Dates.stated("2021年12月26日上午，全市工会召开会议。"));
    }

    // stated: 号 is written as 日.
    @Test
    void statedHaoBecomesRi() {
        assertEquals(Optional.of("12月26日"), Dates.stated("12月26号上午，会议召开。"));
    }

    // stated: a date further in than 40 characters is not the item's date.
    @Test
    void statedTooFarInIsEmpty() {
        String text = "全市工会".repeat(11) + "12月26日召开会议。";
        assertEquals(Optional.empty(), Dates.stated(text));
    }

    // stated: text without a month and day gives nothing.
    @Test
    void statedWithoutDateIsEmpty() {
        assertEquals(Optional.empty(), Dates.stated("上午，全市工会召开会议。"));
    }
}
