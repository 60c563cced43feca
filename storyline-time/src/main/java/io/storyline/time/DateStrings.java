package io.storyline.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date in a metadata value or a URL: ISO 8601 variants ({@code 2024-07-12T14:30:00+02:00},
 * {@code 20240712}), RFC 1123 ({@code Fri, 12 Jul 2024 14:30:00 GMT}), {@code 12.07.2024}, Unix
 * timestamps, and written dates in the page's language.
 */
final class DateStrings {
  /** A date read from a string: ISO value and precision. */
  record Parsed(String value, Granularity granularity) {}

  private static final Pattern ISO = Pattern.compile(
      "^\\s*(1[89]\\d\\d|20\\d\\d)([-/.]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?:[T ,]+([01]\\d|2[0-3]):([0-5]\\d))?");
  private static final Pattern ISO_MONTH = Pattern.compile("^\\s*(1[89]\\d\\d|20\\d\\d)-(0[1-9]|1[0-2])\\s*$");
  private static final Pattern EPOCH = Pattern.compile("^\\s*(\\d{10}|\\d{13})\\s*$");
  private static final Pattern URL_DAY = Pattern.compile(
      "(?<!\\d)(20\\d\\d|19\\d\\d)([/_-]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?!\\d)");
  /** Separated components, mixed separators and one-digit months and days too: {@code /2012-06/04/}, {@code /2024/7/9/}. */
  private static final Pattern URL_DAY_SHORT = Pattern.compile(
      "/(20\\d\\d|19\\d\\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\\d|3[01])(?=[/_.-])");
  private static final Pattern URL_MONTH = Pattern.compile("/(20\\d\\d|19\\d\\d)/(0?[1-9]|1[0-2])/");

  private DateStrings() {}

  /** The date a metadata value gives, written in any of the common forms. */
  static Optional<Parsed> parse(String raw, String lang, TimeExpressionExtractor extractor) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    Matcher iso = ISO.matcher(raw);
    if (iso.find()) {
      String day = iso.group(1) + "-" + iso.group(3) + "-" + iso.group(4);
      return Optional.of(iso.group(5) == null ? new Parsed(day, Granularity.DAY)
          : new Parsed(day + "T" + iso.group(5) + ":" + iso.group(6), Granularity.MINUTE));
    }
    Matcher month = ISO_MONTH.matcher(raw);
    if (month.find()) {
      return Optional.of(new Parsed(month.group(1) + "-" + month.group(2), Granularity.MONTH));
    }
    Matcher epoch = EPOCH.matcher(raw);
    if (epoch.find()) {
      long n = Long.parseLong(epoch.group(1));
      LocalDateTime t = LocalDateTime.ofInstant(n > 9_999_999_999L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n),
          ZoneOffset.UTC);
      return t.getYear() < 1995 || t.getYear() > 2100 ? Optional.empty()
          : Optional.of(new Parsed(t.toLocalDate() + "T" + String.format("%02d:%02d", t.getHour(), t.getMinute()),
              Granularity.MINUTE));
    }
    Optional<Parsed> written = written(raw, lang, extractor);
    return written.isPresent() || "en".equals(lang) ? written : written(raw, "en", extractor);
  }

  /** The first full written date in the string, with the time of day that follows it. */
  private static Optional<Parsed> written(String raw, String lang, TimeExpressionExtractor extractor) {
    List<TimeExpression> found = extractor.extract(raw, lang, null);
    for (int i = 0; i < found.size(); i++) {
      TimeExpression e = found.get(i);
      if (e.kind() == TimeExpression.Kind.DATE && e.granularity() == Granularity.DAY && e.anchored()) {
        return Optional.of(withTime(e, i + 1 < found.size() ? found.get(i + 1) : null, raw));
      }
    }
    return Optional.empty();
  }

  /** A day with the clock time written just after it ("3 травня 2023, 14:30"). */
  static Parsed withTime(TimeExpression day, TimeExpression next, String text) {
    if (next != null && next.kind() == TimeExpression.Kind.TIME && next.value().startsWith("T")
        && next.start() - day.end() <= 8 && text.substring(day.end(), next.start()).matches("[\\s,.|/–-]*(?:\\p{L}{1,4}\\.?\\s+)?")) {
      return new Parsed(day.value() + next.value(), Granularity.MINUTE);
    }
    return new Parsed(day.value(), Granularity.DAY);
  }

  /** The date in a URL path: {@code /2024/07/12/}, {@code /20240712/}, {@code -2024-07-12-}, {@code /2024-07/12/}, or a month. */
  static Optional<Parsed> fromUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher day = URL_DAY.matcher(url);
    if (day.find()) {
      return Optional.of(new Parsed(day.group(1) + "-" + day.group(3) + "-" + day.group(4), Granularity.DAY));
    }
    Matcher shortDay = URL_DAY_SHORT.matcher(url);
    if (shortDay.find()) {
      return Optional.of(new Parsed(String.format("%s-%02d-%02d", shortDay.group(1), Integer.parseInt(shortDay.group(2)),
          Integer.parseInt(shortDay.group(3))), Granularity.DAY));
    }
    Matcher month = URL_MONTH.matcher(url);
    if (month.find()) {
      return Optional.of(new Parsed(String.format("%s-%02d", month.group(1), Integer.parseInt(month.group(2))),
          Granularity.MONTH));
    }
    return Optional.empty();
  }
}
