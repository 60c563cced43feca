package io.storyline.cli;

import io.storyline.ingest.IngestOptions;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses sizes such as {@code 10MB}, {@code 512KB}, {@code 2000000}. */
final class SizeConverter implements ITypeConverter<Long> {
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)?");

  @Override
  public Long convert(String value) {
    Matcher m = SIZE.matcher(value.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new TypeConversionException("'" + value + "' is not a size; use a number with an optional unit B, KB, MB or GB, e.g. 10MB");
    }
    String unit = m.group(2) == null ? "B" : m.group(2);
    int shift = switch (unit) {
      case "KB" -> 10;
      case "MB" -> 20;
      case "GB" -> 30;
      default -> 0;
    };
    long ceiling = IngestOptions.MAX_BYTES_CEILING;
    long n = m.group(1).length() > 12 ? Long.MAX_VALUE : Long.parseLong(m.group(1));
    if (n < 1 || n > ceiling >> shift) {
      throw new TypeConversionException("'" + value + "' is not a size from 1B to " + (ceiling >> 20)
          + "MB (an input is read into memory at once), e.g. 10MB or 1GB");
    }
    return n << shift;
  }
}
