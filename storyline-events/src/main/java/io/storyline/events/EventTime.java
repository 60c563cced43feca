package io.storyline.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an event-date value says about when something happened, as an interval of days: exact days when the year
 * is known ({@code 2024-07} is 1-31 July 2024), days of the year when only the year is unknown
 * ({@code XXXX-04-08/XXXX-04-09}), nothing otherwise ({@code XXXX-WXX-4}, a Thursday; {@code XXXX-XX-XX}).
 *
 * @param value   the TIMEX3-style value it was read from
 * @param yearKnown true when {@link #start()} and {@link #end()} are epoch days
 * @param start   first day: an epoch day when the year is known, else a day of a non-leap year (1-365), else -1
 * @param end     last day, in the same terms as {@code start}
 * @param weekday ISO day of the week (1 Monday..7 Sunday) when the value only names one, else 0
 */
public record EventTime(String value, boolean yearKnown, long start, long end, int weekday) implements java.io.Serializable {
  /** A value that says nothing about the date. */
  public static final String UNKNOWN = "XXXX-XX-XX";

  private static final Pattern POINT = Pattern.compile(
      "^(\\d{4}|XXXX)(?:-(\\d{2}|XX|W\\d{2}|WXX|Q[1-4]|SP|SU|FA|WI))?(?:-(\\d{1,2}|XX))?(?:T.*)?$");
  /** Days of the year are counted in this non-leap year. */
  private static final int CYCLE_YEAR = 2001;

  /** Parses a TIMEX3-style date or range; anything unreadable yields an unknown time, never an error. */
  public static EventTime parse(String value) {
    if (value == null || value.isBlank()) {
      return new EventTime(UNKNOWN, false, -1, -1, 0);
    }
    String[] parts = value.split("/", 2);
    long[] a;
    long[] b;
    try {
      a = interval(parts[0]);
      b = parts.length == 2 ? interval(parts[1]) : a;
    } catch (java.time.DateTimeException | NumberFormatException e) {
      a = null;
      b = null;
    }
    if (a == null || b == null || (a[2] != b[2])) {
      Matcher m = POINT.matcher(parts[0]);
      int weekday = m.matches() && m.group(2) != null && m.group(2).matches("W(\\d{2}|XX)") && m.group(3) != null
          && m.group(3).matches("[1-7]") ? Integer.parseInt(m.group(3)) : 0;
      return new EventTime(value, false, -1, -1, weekday);
    }
    return new EventTime(value, a[2] == 1, a[0], Math.max(a[0], b[1]), 0);
  }

  /** True when the value places the event on some days (with or without its year). */
  public boolean placed() {
    return start >= 0;
  }

  /**
   * Days between the two intervals (0 when they overlap): exact when both years are known, around the year's cycle
   * when one of them is not; empty when either says nothing about the days.
   */
  public OptionalLong gapDays(EventTime other) {
    if (!placed() || !other.placed()) {
      return OptionalLong.empty();
    }
    if (yearKnown && other.yearKnown) {
      return OptionalLong.of(Math.max(0, Math.max(start, other.start) - Math.min(end, other.end)));
    }
    long[] x = cycle();
    long[] y = other.cycle();
    long gap = Long.MAX_VALUE;
    for (int shift = -365; shift <= 365; shift += 365) {
      gap = Math.min(gap, Math.max(0, Math.max(x[0], y[0] + shift) - Math.min(x[1], y[1] + shift)));
    }
    return OptionalLong.of(gap);
  }

  /** Timeline order: dated events by start, then those with an unknown year by day of the year, then the rest. */
  public static final Comparator<EventTime> TIMELINE = Comparator
      .comparingInt((EventTime t) -> t.yearKnown ? 0 : t.placed() ? 1 : 2)
      .thenComparingLong(EventTime::start).thenComparingLong(EventTime::end).thenComparing(EventTime::value);

  /** The interval as days of the year. */
  private long[] cycle() {
    if (!yearKnown) {
      return new long[] {start, end};
    }
    LocalDate s = LocalDate.ofEpochDay(start);
    long length = Math.min(364, end - start);
    long first = LocalDate.of(CYCLE_YEAR, s.getMonthValue(), Math.min(s.getDayOfMonth(), 28)).getDayOfYear();
    return new long[] {first, first + length};
  }

  /** {first day, last day, 1 when the year is known else 0}, or null when the value names no days. */
  private static long[] interval(String point) {
    Matcher m = POINT.matcher(point.strip());
    if (!m.matches()) {
      return null;
    }
    boolean yearKnown = !m.group(1).equals("XXXX");
    int year = yearKnown ? Integer.parseInt(m.group(1)) : CYCLE_YEAR;
    String middle = m.group(2);
    String day = m.group(3);
    LocalDate first;
    LocalDate last;
    if (middle == null) {
      if (!yearKnown) {
        return null;
      }
      first = LocalDate.of(year, 1, 1);
      last = LocalDate.of(year, 12, 31);
    } else if (middle.matches("\\d{2}")) {
      int month = Integer.parseInt(middle);
      if (month < 1 || month > 12) {
        return null;
      }
      if (day == null || day.equals("XX")) {
        first = LocalDate.of(year, month, 1);
        last = first.withDayOfMonth(first.lengthOfMonth());
      } else {
        int d = Integer.parseInt(day);
        if (d < 1 || d > LocalDate.of(year, month, 1).lengthOfMonth()) {
          return null;
        }
        first = LocalDate.of(year, month, d);
        last = first;
      }
    } else if (!yearKnown || middle.contains("X")) {
      return null;
    } else if (middle.matches("W\\d{2}")) {
      first = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(middle.substring(1)))
          .with(DayOfWeek.MONDAY);
      last = first.plusDays(6);
    } else if (middle.startsWith("Q")) {
      first = LocalDate.of(year, 3 * (middle.charAt(1) - '1') + 1, 1);
      last = first.plusMonths(3).minusDays(1);
    } else {
      int month = switch (middle) {
        case "SP" -> 3;
        case "SU" -> 6;
        case "FA" -> 9;
        default -> 12;
      };
      first = LocalDate.of(year, month, 1);
      last = first.plusMonths(3).minusDays(1);
    }
    return yearKnown ? new long[] {first.toEpochDay(), last.toEpochDay(), 1}
        : new long[] {first.getDayOfYear(), last.getDayOfYear(), 0};
  }
}
