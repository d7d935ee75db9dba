package org.dfkg.text;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Dates as plans write them, in Arabic or Chinese numerals: 2017年3月5日, 二〇一七年三月五日. */
public final class ChineseDates {
    /** A year in Arabic digits or four Chinese digits (二〇一七), as group 1 of a pattern that begins with it. */
    public static final String YEAR = "([12]\\d{3}|[〇○零一二三四五六七八九]{4})";
    /** A month or a day, in Arabic or Chinese numerals. */
    public static final String MONTH_OR_DAY = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
    /** A whole date: year, month and day as groups 1, 2 and 3. */
    public static final String DATE = YEAR + "年" + MONTH_OR_DAY + "月" + MONTH_OR_DAY + "日";

    private ChineseDates() {}

    /** The date the three numerals name, or null when they name none (2月30日, 十三月). */
    public static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(ChineseNumerals.parse(year), ChineseNumerals.parse(month), ChineseNumerals.parse(day));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
