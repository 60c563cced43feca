package io.storyline.cli;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code 90s}, {@code 15m}, {@code 2h} or {@code 1d} as a duration. */
final class DurationConverter implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    var m = java.util.regex.Pattern.compile("(\\d{1,9})\\s*([smhd])").matcher(value.strip().toLowerCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      throw new TypeConversionException("'" + value + "' is not a duration; use a number and a unit: s, m, h or d (e.g. 15m)");
    }
    long n = Long.parseLong(m.group(1));
    if (n == 0) {
      throw new TypeConversionException("'" + value + "' is no time; use a number from 1 and a unit: s, m, h or d (e.g. 15m)");
    }
    return switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }
}
