package io.storyline.events;

import io.storyline.time.Granularity;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the event layer keeps of one article: enough to compare it, cluster it and describe its event, without the
 * text. Profiles are what the {@link EventLog} stores, so clustering can be replayed after a restart.
 *
 * @param articleId      the article's id
 * @param language       ISO 639-1 code, {@code und} when unknown
 * @param headline       the original headline, or the first line
 * @param dateValue      the article's event date ({@link EventTime#UNKNOWN} when it has none)
 * @param granularity    precision of {@code dateValue}
 * @param dateConfidence confidence of {@code dateValue}, in {@code [0, 1]}
 * @param kind           the kind of happening its title and lead name ({@link EventKinds})
 * @param actors         its entities, most salient first; at most {@link Profiler#MAX_ACTORS}
 * @param terms          normalised terms ({@link Terms}) with counts, title words counted twice; at most
 *                       {@link Profiler#MAX_TERMS}
 * @param quotes         its direct quotations
 * @param vector         a dense vector from the neural tier, or {@code null}
 */
public record Profile(String articleId, String language, String headline, String dateValue, Granularity granularity,
    double dateConfidence, String kind, List<Actor> actors, Map<String, Integer> terms, List<Quote> quotes,
    float[] vector) implements java.io.Serializable {

  public Profile {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(dateValue, "dateValue");
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(kind, "kind");
    headline = headline == null ? "" : headline;
    actors = List.copyOf(actors);
    terms = Collections.unmodifiableMap(new TreeMap<>(terms));
    quotes = List.copyOf(quotes);
  }

  /** When the article says its happening took place. */
  public EventTime time() {
    return EventTime.parse(dateValue);
  }
}
