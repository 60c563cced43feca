package io.storyline.search;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

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
 * @param merged    ids of entities merged into {@code entity} after articles were indexed: an article that names one
 *                  of them names {@code entity}
 */
public record Filters(Set<String> languages, LocalDate from, LocalDate to, String entity, String event,
    String storyline, String source, Set<String> merged) {
  /** No restriction. */
  public static final Filters NONE = new Filters(Set.of(), null, null, null, null, null, null);

  public Filters(Set<String> languages, LocalDate from, LocalDate to, String entity, String event, String storyline,
      String source) {
    this(languages, from, to, entity, event, storyline, source, Set.of());
  }

  public Filters {
    languages = languages == null ? Set.of() : Set.copyOf(languages);
    merged = merged == null ? Set.of() : Set.copyOf(merged);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("date range from " + from + " to " + to + " is empty: 'from' is after 'to'");
    }
  }

  /** These filters, with the entity filter also matching the ids of the entities merged into it. */
  public Filters withMerged(Set<String> ids) {
    return new Filters(languages, from, to, entity, event, storyline, source, ids);
  }

  /** The ids the entity filter matches: the entity's and those merged into it; empty without an entity filter. */
  public Set<String> entityIds() {
    if (entity == null || entity.isBlank()) {
      return Set.of();
    }
    Set<String> ids = new TreeSet<>(merged);
    ids.add(entity);
    return ids;
  }
}
