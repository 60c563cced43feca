package io.storyline.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published, and where that was found.
 *
 * @param value       ISO 8601: {@code 2024-07-12T14:30}, {@code 2024-07-12} or {@code 2024-07}
 * @param granularity precision of the value (MINUTE, DAY, MONTH, YEAR)
 * @param source      where exactly: {@code given}, {@code feed}, {@code url}, {@code jsonld:datePublished},
 *                    {@code meta:<name>}, {@code time:datetime}, {@code html:byline}, {@code html:dateline},
 *                    {@code text:byline}, {@code text:dateline} or {@code script:published};
 *                    {@link #origin()} groups them
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

  /** The kinds of place a publication date is read from. */
  public enum Origin {
    /** The {@code published} field the input gave. */
    GIVEN,
    /** The date of the feed entry that linked the page. */
    FEED,
    /** A date in the page's address. */
    URL,
    /** A JSON-LD object of the page. */
    JSON_LD,
    /** An Open Graph {@code og:} or {@code article:} meta tag. */
    META_OG,
    /** Another meta tag (Dublin Core, {@code itemprop}, {@code date}, ...). */
    META,
    /** A {@code <time datetime>} element. */
    TIME_ELEMENT,
    /** The date line printed by the headline or in an element classed as a date or byline. */
    BYLINE,
    /** The first lines of the article text. */
    TEXT,
    /** The data a page's scripts render from (not JSON-LD). */
    SCRIPT,
    /** The most frequent full date anywhere in the page's visible text: the last resort. */
    PAGE
  }

  /** The kind of place the date was read from. */
  public Origin origin() {
    if (source.startsWith("jsonld:")) {
      return Origin.JSON_LD;
    }
    if (source.startsWith("meta:og:") || source.startsWith("meta:article:")) {
      return Origin.META_OG;
    }
    if (source.startsWith("meta:")) {
      return Origin.META;
    }
    if (source.equals("html:pagedates")) {
      return Origin.PAGE;
    }
    if (source.startsWith("html:") || source.equals("text:byline")) {
      return Origin.BYLINE;
    }
    return switch (source) {
      case "given" -> Origin.GIVEN;
      case "feed" -> Origin.FEED;
      case "url" -> Origin.URL;
      case "time:datetime" -> Origin.TIME_ELEMENT;
      case "script:published" -> Origin.SCRIPT;
      default -> Origin.TEXT;
    };
  }

  /** True when the date came from the article's text. */
  public boolean fromText() {
    return start >= 0;
  }
}
