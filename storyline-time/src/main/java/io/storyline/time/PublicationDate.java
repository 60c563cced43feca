package io.storyline.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published, and where that was found.
 *
 * @param value       ISO 8601: {@code 2024-07-12T14:30}, {@code 2024-07-12} or {@code 2024-07}
 * @param granularity precision of the value (MINUTE, DAY, MONTH, YEAR)
 * @param source      {@code given}, {@code meta:<name>}, {@code jsonld:datePublished}, {@code time:datetime},
 *                    {@code url}, {@code text:byline} or {@code text:dateline}
 * @param start       first character of the date in the text, {@code -1} when not from the text
 * @param end         one past its last character, {@code -1} when not from the text
 */
public record PublicationDate(String value, Granularity granularity, String source, int start, int end) {
  public PublicationDate {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(source, "source");
    if (start < -1 || end < start) {
      throw new IllegalArgumentException("bad publication date offsets [" + start + ", " + end + ")");
    }
  }

  /** The day, when the value is at least as precise as a day. */
  public Optional<LocalDate> day() {
    return granularity.atLeastAsFineAs(Granularity.DAY)
        ? Optional.of(LocalDate.parse(value.substring(0, 10))) : Optional.empty();
  }

  /** The reference this date gives for resolving relative expressions. */
  public Reference reference() {
    return Reference.parse(value).orElseThrow(() -> new IllegalStateException("unparseable value " + value));
  }

  /** True when the date came from the article's text. */
  public boolean fromText() {
    return start >= 0;
  }
}
