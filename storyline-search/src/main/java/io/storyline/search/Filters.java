package io.storyline.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * Restrictions on which articles a search returns; {@code null} or empty means no restriction.
 *
 * @param languages ISO 639-1 codes; an article in any of them passes
 * @param from      first publication day (UTC), inclusive; articles without a date fail a date filter
 * @param to        last publication day (UTC), inclusive
 * @param entity    an entity id the article mentions
 * @param event     an event id the article reports
 * @param storyline a storyline id the article belongs to
 * @param source    the article's source, exactly
 */
public record Filters(Set<String> languages, LocalDate from, LocalDate to, String entity, String event,
    String storyline, String source) {
  /** No restriction. */
  public static final Filters NONE = new Filters(Set.of(), null, null, null, null, null, null);

  public Filters {
    languages = languages == null ? Set.of() : Set.copyOf(languages);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("date range from " + from + " to " + to + " is empty: 'from' is after 'to'");
    }
  }
}
