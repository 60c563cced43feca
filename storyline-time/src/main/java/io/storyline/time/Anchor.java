package io.storyline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Anchoring arithmetic: turns relative and partial expressions into TIMEX3 values against a
 * {@link Reference}, or into underspecified values ({@code XXXX-04-08}) when there is none.
 */
final class Anchor {
  static final double FUTURE_WEIGHT = 1.5;

  private Anchor() {}

  static String day(LocalDate d) {
    return d.toString();
  }

  static String month(YearMonth m) {
    return m.toString();
  }

  static String week(LocalDate d) {
    return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String quarter(int year, int quarter) {
    return year + "-Q" + quarter;
  }

  /** The underspecified value of a period of this granularity. */
  static String unknown(Granularity g) {
    return switch (g) {
      case MINUTE, HOUR, DAY -> "XXXX-XX-XX";
      case WEEK -> "XXXX-WXX";
      case MONTH -> "XXXX-XX";
      case QUARTER -> "XXXX-QX";
      case SEASON, YEAR -> "XXXX";
      case DECADE -> "XXX";
      case CENTURY -> "XX";
    };
  }

  /** The period {@code offset} units away from the reference ("last year" is YEAR -1). */
  static String relative(Granularity unit, int offset, Reference ref) {
    if (ref == null || !ref.anchors(unit)) {
      return unknown(unit);
    }
    LocalDate d = ref.date();
    return switch (unit) {
      case MINUTE, HOUR, DAY -> day(d.plusDays(offset));
      case WEEK -> week(d.plusWeeks(offset));
      case MONTH -> month(YearMonth.from(d).plusMonths(offset));
      case QUARTER -> {
        YearMonth m = YearMonth.from(d).plusMonths(3L * offset);
        yield quarter(m.getYear(), (m.getMonthValue() - 1) / 3 + 1);
      }
      case SEASON, YEAR -> Integer.toString(d.getYear() + offset);
      case DECADE -> Integer.toString(d.getYear() / 10 + offset);
      case CENTURY -> Integer.toString(d.getYear() / 100 + offset);
    };
  }

  /**
   * A year for a day and month without one: the one putting the date nearest the reference, where a
   * day ahead counts as {@link #FUTURE_WEIGHT} days behind (news reports the recent past).
   */
  static Integer nearestYear(int month, int day, Reference ref) {
    if (ref == null || !ref.anchors(Granularity.MONTH)) {
      return null;
    }
    LocalDate r = ref.granularity() == Granularity.DAY ? ref.date() : ref.date().withDayOfMonth(15);
    Integer best = null;
    double bestDistance = Double.MAX_VALUE;
    for (int y = r.getYear() - 1; y <= r.getYear() + 1; y++) {
      if (day > YearMonth.of(y, month).lengthOfMonth()) {
        continue;
      }
      long ahead = ChronoUnit.DAYS.between(r, LocalDate.of(y, month, day));
      double distance = ahead > 0 ? ahead * FUTURE_WEIGHT : -ahead;
      if (distance < bestDistance) {
        best = y;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** A day and month, with the given year or the nearest one; null when no such day exists. */
  static String dayMonth(Integer year, int month, int day, Reference ref) {
    if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year == null ? 2000 : year, month).lengthOfMonth()) {
      return null;
    }
    Integer y = year != null ? year : nearestYear(month, day, ref);
    return (y == null ? "XXXX" : String.format("%04d", y)) + String.format("-%02d-%02d", month, day);
  }

  /** A month named alone: last/next/this (dir -1/+1/0) or, plain, the nearest one. */
  static String monthAlone(int month, int dir, Reference ref) {
    if (ref == null || !ref.anchors(Granularity.MONTH)) {
      return String.format("XXXX-%02d", month);
    }
    YearMonth r = YearMonth.from(ref.date());
    YearMonth same = YearMonth.of(r.getYear(), month);
    if (dir == 0) {
      return month(same);
    }
    if (dir < 0 && dir != Meaning.PLAIN) {
      return month(same.isBefore(r) ? same : same.minusYears(1));
    }
    if (dir > 0) {
      return month(same.isAfter(r) ? same : same.plusYears(1));
    }
    Integer y = nearestYear(month, 15, ref);
    return month(YearMonth.of(y, month));
  }

  /**
   * A weekday: last/next/this (dir -1/+1/0), or plain: the one on or before the reference (news
   * reports the recent past), or on or after it when the sentence speaks of the future.
   */
  static String weekday(int isoDay, int dir, boolean future, Reference ref) {
    if (ref == null || !ref.anchors(Granularity.DAY)) {
      return "XXXX-WXX-" + isoDay;
    }
    DayOfWeek w = DayOfWeek.of(isoDay);
    LocalDate d = ref.date();
    LocalDate result;
    if (dir == 0) {
      result = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(isoDay - 1L);
    } else if (dir == Meaning.PLAIN) {
      result = future ? d.with(TemporalAdjusters.nextOrSame(w)) : d.with(TemporalAdjusters.previousOrSame(w));
    } else if (dir < 0) {
      result = d.with(TemporalAdjusters.previous(w));
    } else {
      result = d.with(TemporalAdjusters.next(w));
    }
    return day(result);
  }

  /** A quarter, of the given year, or the last/next one, or the nearest one. */
  static String quarter(int q, Integer year, int dir, Reference ref) {
    if (year != null) {
      return quarter(year, q);
    }
    if (ref == null || !ref.anchors(Granularity.QUARTER)) {
      return "XXXX-Q" + q;
    }
    int current = (ref.date().getMonthValue() - 1) / 3 + 1;
    int y = dir == Meaning.PLAIN ? nearestYear(3 * q - 1, 15, ref) : ref.date().getYear();
    if (dir < 0 && dir != Meaning.PLAIN && q >= current) {
      y--;
    } else if (dir > 0 && dir != Meaning.PLAIN && q <= current) {
      y++;
    }
    return quarter(y, q);
  }

  /** A season (SP, SU, FA, WI), of the given year, the reference's, or the one before/after it. */
  static String season(String code, Integer year, int dir, Reference ref) {
    if (year != null) {
      return year + "-" + code;
    }
    if (ref == null || !ref.anchors(Granularity.YEAR)) {
      return "XXXX-" + code;
    }
    int y = ref.date().getYear() + (dir == Meaning.PLAIN ? 0 : dir);
    return y + "-" + code;
  }

  /** A year written with two digits, put in the century that keeps it at most ten years after the reference. */
  static int fullYear(int twoDigits, Reference ref) {
    int base = ref == null ? 2030 : ref.date().getYear() + 10;
    int y = 2000 + twoDigits;
    return y > base ? y - 100 : y;
  }
}
