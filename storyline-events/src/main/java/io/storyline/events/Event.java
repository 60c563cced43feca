package io.storyline.events;

import io.storyline.core.DateWords;
import io.storyline.time.Granularity;
import java.util.List;
import java.util.Objects;

/**
 * One happening, reported by one or more articles, possibly in several languages.
 *
 * @param id             stable id ({@code ev-} and 12 hex digits derived from the first article's id)
 * @param dateValue      TIMEX3-style date of the happening: {@code 2023-05-03}, {@code 2024-07},
 *                       {@code XXXX-04-08/XXXX-04-09} when the year is unknown, {@code XXXX-XX-XX} when nothing is known
 * @param granularity    precision of {@code dateValue}
 * @param dateConfidence in {@code [0, 1]}, the best of its articles' event-date confidences
 * @param languages      ISO 639-1 codes of its articles, sorted
 * @param articleIds     its articles, in the order they joined
 * @param keyEntityIds   the most salient entities, most salient first
 * @param headlines      the original headlines of its articles, in article order
 * @param kind           what sort of happening: {@code visit}, {@code meeting}, {@code summit}... ({@link EventKinds})
 * @param gist           an English line built from the facts: kind, who, where
 * @param quotes         direct quotations found in its articles
 */
public record Event(String id, String dateValue, Granularity granularity, double dateConfidence,
    List<String> languages, List<String> articleIds, List<String> keyEntityIds, List<String> headlines, String kind,
    String gist, List<Quote> quotes) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(dateValue, "dateValue");
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(gist, "gist");
    languages = List.copyOf(languages);
    articleIds = List.copyOf(articleIds);
    keyEntityIds = List.copyOf(keyEntityIds);
    headlines = List.copyOf(headlines);
    quotes = List.copyOf(quotes);
    if (!(dateConfidence >= 0.0 && dateConfidence <= 1.0)) {
      throw new IllegalArgumentException("dateConfidence must be in [0, 1], found " + dateConfidence);
    }
    if (articleIds.isEmpty()) {
      throw new IllegalArgumentException("event " + id + " has no article");
    }
  }

  /** The date in words, as precise as known ("8–9 April, year unknown", "Thursday, date unknown"). */
  public String displayDate() {
    return DateWords.of(dateValue);
  }
}
