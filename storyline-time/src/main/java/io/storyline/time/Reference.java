package io.storyline.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date relative and partial expressions are resolved against (an article's publication date or a
 * corpus's document-creation date), with how much of it is known: a reference of MONTH granularity
 * resolves "last year" but leaves "yesterday" underspecified.
 *
 * @param date        the day (the first of the month or year when coarser)
 * @param granularity DAY, MONTH or YEAR
 */
public record Reference(LocalDate date, Granularity granularity) {
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");

  public Reference {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(granularity, "granularity");
    if (granularity != Granularity.DAY && granularity != Granularity.MONTH && granularity != Granularity.YEAR) {
      throw new IllegalArgumentException("a reference is a day, a month or a year, not " + granularity);
    }
  }

  /** A reference known to the day. */
  public static Reference day(LocalDate date) {
    return new Reference(date, Granularity.DAY);
  }

  /** Parses {@code 2024}, {@code 2024-07}, {@code 2024-07-12} or {@code 2024-07-12T14:30}. */
  public static Optional<Reference> parse(String value) {
    Matcher m = ISO.matcher(value == null ? "" : value.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return Optional.of(new Reference(LocalDate.of(year, 1, 1), Granularity.YEAR));
    }
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      return Optional.empty();
    }
    if (m.group(3) == null) {
      return Optional.of(new Reference(LocalDate.of(year, month, 1), Granularity.MONTH));
    }
    try {
      return Optional.of(day(LocalDate.of(year, month, Integer.parseInt(m.group(3)))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** True when this reference can anchor a value of granularity {@code g} (a DAY reference anchors a WEEK). */
  public boolean anchors(Granularity g) {
    return switch (granularity) {
      case DAY -> true;
      case MONTH -> !g.atLeastAsFineAs(Granularity.WEEK);
      default -> !g.atLeastAsFineAs(Granularity.SEASON);
    };
  }
}
