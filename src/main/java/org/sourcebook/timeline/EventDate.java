package org.sourcebook.timeline;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;

/**
 * A date as a text states it, no more precise than the text: a year, a season of a year, a
 * month, a day, or a span of days within one month ("25–26 February 1992").
 *
 * @param month     1–12, or 0 when the text gives only a year (or a season)
 * @param day       1–31, or 0 when the text gives no day
 * @param dayEnd    last day of a span of days in the same month, or 0
 * @param season    "spring", "summer", "fall", "winter" (only with a bare year), or null
 * @param qualifier how the text bounds it: "since", or null
 */
public record EventDate(int year, int month, int day, int dayEnd, String season, String qualifier)
        implements Comparable<EventDate> {

    private static final Comparator<EventDate> ORDER = Comparator.comparingInt((EventDate d) -> d.year())
            .thenComparingInt(d -> d.month == 0 && d.season != null ? seasonMonth(d.season) : d.month)
            .thenComparingInt(d -> d.day()).thenComparingInt(d -> d.dayEnd())
            .thenComparing(d -> d.season == null ? "" : d.season)
            .thenComparing(d -> d.qualifier == null ? "" : d.qualifier);

    public EventDate {
        if (year < 1000 || year > 2999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("bad month " + month + " for day " + day);
        }
        if (day != 0 && day > YearMonth.of(year, month).lengthOfMonth()) {
            throw new IllegalArgumentException("no day " + day + " in " + YearMonth.of(year, month));
        }
        if (dayEnd != 0 && (day == 0 || dayEnd <= day || dayEnd > YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException("bad span of days " + day + "–" + dayEnd);
        }
        if (season != null && month != 0) {
            throw new IllegalArgumentException("a season goes with a bare year, not month " + month);
        }
    }

    public static EventDate year(int year) {
        return new EventDate(year, 0, 0, 0, null, null);
    }

    public static EventDate month(int year, int month) {
        return new EventDate(year, month, 0, 0, null, null);
    }

    public static EventDate day(int year, int month, int day) {
        return new EventDate(year, month, day, 0, null, null);
    }

    public static EventDate days(int year, int month, int day, int dayEnd) {
        return new EventDate(year, month, day, dayEnd, null, null);
    }

    public EventDate since() {
        return new EventDate(year, month, day, dayEnd, season, "since");
    }

    /** The date the way the site shows it: "25–26 February 1992", "February 1994", "since 2008", "fall 2020". */
    public String display() {
        String base;
        if (season != null) {
            base = season + " " + year;
        } else if (month == 0) {
            base = Integer.toString(year);
        } else {
            String m = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            base = day == 0 ? m + " " + year : day + (dayEnd == 0 ? "" : "\u2013" + dayEnd) + " " + m + " " + year;
        }
        return qualifier == null ? base : qualifier + " " + base;
    }

    /** A valid HTML {@code <time datetime>} value: "1992-02-25", "1994-02" or "2008". */
    public String iso() {
        if (month == 0) {
            return String.format(Locale.ROOT, "%04d", year);
        }
        return day == 0 ? String.format(Locale.ROOT, "%04d-%02d", year, month)
                : String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    /** A stable id for anchors: "d-1992-02-25-26", "d-2020-fall", "d-2008-since". */
    public String id() {
        return "d-" + iso() + (dayEnd == 0 ? "" : "-" + String.format(Locale.ROOT, "%02d", dayEnd))
                + (season == null ? "" : "-" + season) + (qualifier == null ? "" : "-" + qualifier);
    }

    /** Where a season sorts among the months of its year. */
    static int seasonMonth(String season) {
        return switch (season) {
            case "winter" -> 1;
            case "spring" -> 4;
            case "summer" -> 7;
            default -> 10;
        };
    }

    @Override
    public int compareTo(EventDate o) {
        return ORDER.compare(this, o);
    }
}
