package io.storyline.cli;

import io.storyline.core.Article;
import io.storyline.core.DateWords;
import io.storyline.core.TextMask;
import io.storyline.time.PublicationDate;
import io.storyline.time.TimeLayers;

/** Small text helpers for terminal output. */
final class Text {
  private Text() {}

  static String clip(String s, int max) {
    if (s == null) {
      return "";
    }
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }

  /** The publication date in words ("12 July 2024, 14:30"), or "date unknown". */
  static String published(Article a) {
    return DateWords.of(a.get(TimeLayers.PUBLISHED).map(PublicationDate::value).orElse(null));
  }

  /** The date an article is about: its event date when the year is known, else its publication date, else null. */
  static String date(Article a) {
    return a.get(TimeLayers.EVENT_DATE).map(io.storyline.time.EventDate::value).filter(Text::dated)
        .or(() -> a.get(TimeLayers.PUBLISHED).map(PublicationDate::value)).orElse(null);
  }

  /** A date's confidence as a word and number ("medium 0.62"), or "-" for an unknown date, which has none. */
  static String confidence(String dateValue, double confidence) {
    return DateWords.of(dateValue).equals(DateWords.UNKNOWN) ? "-"
        : String.format(java.util.Locale.ROOT, "%s %.2f", DateWords.confidenceWord(confidence), confidence);
  }

  /**
   * Orders by a date value, oldest or newest first; values whose year is unknown come last either way, and ties
   * keep their order.
   */
  static <T> java.util.Comparator<T> byDate(java.util.function.Function<T, String> value, boolean newest) {
    java.util.Comparator<String> dated = newest ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder();
    java.util.Comparator<String> byValue = java.util.Comparator.comparing((String v) -> !dated(v))
        .thenComparing(v -> dated(v) ? v : "", dated);
    return (x, y) -> byValue.compare(value.apply(x), value.apply(y));
  }

  /** Whether a date value's year is known: it opens with four digits (no regular expression: called per sort step). */
  static boolean dated(String value) {
    if (value == null || value.length() < 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The title, or the first words of the clean text when the article has none. */
  static String headline(Article a) {
    String title = a.displayTitle();
    return title != null ? title : clip(TextMask.readable(a), 80);
  }
}
