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
 * @param scope     the merges and splits made since articles were indexed that change which articles name
 *                  {@code entity}
 */
public record Filters(Set<String> languages, LocalDate from, LocalDate to, String entity, String event,
    String storyline, String source, EntityScope scope) {
  /** No restriction. */
  public static final Filters NONE = new Filters(Set.of(), null, null, null, null, null, null);

  public Filters(Set<String> languages, LocalDate from, LocalDate to, String entity, String event, String storyline,
      String source) {
    this(languages, from, to, entity, event, storyline, source, EntityScope.NONE);
  }

  public Filters {
    languages = languages == null ? Set.of() : Set.copyOf(languages);
    scope = scope == null ? EntityScope.NONE : scope;
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("date range from " + from + " to " + to + " is empty: 'from' is after 'to'");
    }
  }

  /** These filters, with the entity filter following the merges and splits made since indexing. */
  public Filters withScope(EntityScope corrections) {
    return new Filters(languages, from, to, entity, event, storyline, source, corrections);
  }

  /** The ids the entity filter matches: the entity's and those merged into it; empty without an entity filter. */
  public Set<String> entityIds() {
    if (entity == null || entity.isBlank()) {
      return Set.of();
    }
    Set<String> ids = new TreeSet<>(scope.merged());
    ids.add(entity);
    return ids;
  }
}
