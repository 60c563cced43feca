package io.storyline.web;

import io.storyline.core.DateWords;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as it is known, drawn as the days it may fall on: {@code 2024-04} spans April; {@code words}
 * says it as readers do ("April 2024", {@link DateWords}), so no client formats dates itself.
 *
 * @param value       the ISO 8601 / TIMEX3 value as given ({@code 2024-04-08}, {@code 2024-04}, {@code 2024-Q2},
 *                    {@code 2024-W15}, {@code 2024}, or {@code start/end})
 * @param earliest    the first day it may be
 * @param latest      the last day it may be
 * @param granularity {@code day}, {@code week}, {@code month}, {@code quarter}, {@code year} or {@code range}
 * @param words       the date in words at its own granularity: "8–9 April 2025", "July 2024", "2020"
 */
public record DateSpan(String value, LocalDate earliest, LocalDate latest, String granularity, String words) {
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  public DateSpan {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(words, "words");
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException("date span " + value + " ends (" + latest + ") before it starts (" + earliest + ")");
    }
  }

  /** The span a value names, or empty when it is not anchored (contains {@code X}) or in no known form. */
  public static Optional<DateSpan> parse(String value) {
    if (value == null || value.isBlank() || value.contains("X")) {
      return Optional.empty();
    }
    String v = value.strip();
    int slash = v.indexOf('/');
    if (slash > 0) {
      Optional<DateSpan> from = parse(v.substring(0, slash));
      Optional<DateSpan> to = parse(v.substring(slash + 1));
      return from.isPresent() && to.isPresent() && !to.get().latest().isBefore(from.get().earliest())
          ? Optional.of(new DateSpan(v, from.get().earliest(), to.get().latest(), "range",
              DateWords.of(v))) : Optional.empty();
    }
    try {
      return Optional.of(single(v));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static DateSpan single(String v) {
    Matcher q = QUARTER.matcher(v);
    if (q.matches()) {
      YearMonth first = YearMonth.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1);
      return new DateSpan(v, first.atDay(1), first.plusMonths(2).atEndOfMonth(), "quarter", DateWords.of(v));
    }
    Matcher w = WEEK.matcher(v);
    if (w.matches()) {
      LocalDate monday = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2))).with(java.time.DayOfWeek.MONDAY);
      return new DateSpan(v, monday, monday.plusDays(6), "week", DateWords.of(v));
    }
    return switch (v.length()) {
      case 4 -> new DateSpan(v, Year.parse(v).atDay(1), Year.parse(v).atMonth(12).atEndOfMonth(), "year", DateWords.of(v));
      case 7 -> new DateSpan(v, YearMonth.parse(v).atDay(1), YearMonth.parse(v).atEndOfMonth(), "month", DateWords.of(v));
      default -> {
        LocalDate day = LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        yield new DateSpan(v, day, day, "day", DateWords.of(v));
      }
    };
  }
}
