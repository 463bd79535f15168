package org.ecosystemmap.graphql.timeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A date as precise as it is known: a day ({@code 2021-06-30}), a month ({@code 2021-06}) or a year
 * ({@code 2021}), the GraphQL scalar {@code Date}. As the start of a period it means its first day, as the
 * end its last; the graph's {@code since} and {@code until} are years, so a fact of a year lies in a period
 * when that year overlaps it.
 */
public record CalendarDate(int year, Integer month, Integer day) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public CalendarDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        try {
            first(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static CalendarDate ofYear(int year) {
        return new CalendarDate(year, null, null);
    }

    /**
     * Reads {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}.
     *
     * @throws IllegalArgumentException saying what a date looks like
     */
    public static CalendarDate parse(String text) {
        var matcher = FORM.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date: write 2021-06-30, 2021-06 or 2021");
        }
        var month = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
        var day = matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3));
        try {
            return new CalendarDate(Integer.parseInt(matcher.group(1)), month, day);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date: " + e.getMessage());
        }
    }

    /** The first day of the period. */
    public LocalDate firstDay() {
        return first(year, month, day);
    }

    /** The last day of the period. */
    public LocalDate lastDay() {
        if (day != null) {
            return LocalDate.of(year, month, day);
        }
        return month != null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
    }

    /** As written: {@code 2021-06-30}, {@code 2021-06} or {@code 2021}. */
    @Override
    public String toString() {
        if (month == null) {
            return "%04d".formatted(year);
        }
        return day == null ? "%04d-%02d".formatted(year, month) : "%04d-%02d-%02d".formatted(year, month, day);
    }

    /** The year of a date, or null when there is none: what {@code asOf} compares the graph's years with. */
    public static Integer yearOf(CalendarDate date) {
        return date == null ? null : date.year();
    }

    private static LocalDate first(int year, Integer month, Integer day) {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }
}
