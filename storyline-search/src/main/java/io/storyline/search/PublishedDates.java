package io.storyline.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads publication dates as given in metadata: ISO 8601 (full or partial) or RFC 1123; times without a zone are UTC. */
public final class PublishedDates {
  private static final List<Function<String, Instant>> READERS = List.of(
      s -> OffsetDateTime.parse(s).toInstant(),
      s -> LocalDateTime.parse(s).toInstant(ZoneOffset.UTC),
      s -> LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant(),
      s -> YearMonth.parse(s).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
      s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());

  private PublishedDates() {}

  /** The instant the value names, or empty when it is null or in no known form. */
  public static Optional<Instant> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String s = value.strip();
    for (Function<String, Instant> reader : READERS) {
      try {
        return Optional.of(reader.apply(s));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }
}
