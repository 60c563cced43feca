package io.storyline.search;

import java.util.List;
import java.util.Objects;

/**
 * A search: Lucene query syntax (terms, {@code "phrases"}, {@code AND OR NOT}, {@code +must -not},
 * {@code prefix*}; all terms are required unless joined by {@code OR}), expansions, filters, order and page.
 *
 * <pre>{@code
 * SearchQuery.of("Stoltenberg").withExpansions(List.of(new Expansion("Stoltenberg", "Q57", List.of("Столтенберг"))))
 * }</pre>
 *
 * @param text       the query; blank matches every article
 * @param expansions other names of what the query names, found as well and reported per hit
 * @param filters    restrictions, {@link Filters#NONE} for none
 * @param sort       the order of hits
 * @param limit      hits per page, 1 to {@value #MAX_LIMIT}
 * @param cursor     {@link SearchResult#nextCursor()} of the previous page, or {@code null} for the first
 */
public record SearchQuery(String text, List<Expansion> expansions, Filters filters, SortOrder sort, int limit, String cursor) {
  public static final int MAX_LIMIT = 100;
  public static final int DEFAULT_LIMIT = 20;

  public SearchQuery {
    text = text == null ? "" : text.strip();
    expansions = expansions == null ? List.of() : List.copyOf(expansions);
    filters = filters == null ? Filters.NONE : filters;
    Objects.requireNonNull(sort, "sort");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", found " + limit);
    }
  }

  /** The first page of hits for {@code text}, by relevance, without filters or expansions. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, List.of(), Filters.NONE, SortOrder.RELEVANCE, DEFAULT_LIMIT, null);
  }

  public SearchQuery withExpansions(List<Expansion> newExpansions) {
    return new SearchQuery(text, newExpansions, filters, sort, limit, cursor);
  }

  public SearchQuery withFilters(Filters newFilters) {
    return new SearchQuery(text, expansions, newFilters, sort, limit, cursor);
  }

  public SearchQuery withSort(SortOrder newSort) {
    return new SearchQuery(text, expansions, filters, newSort, limit, cursor);
  }

  public SearchQuery withLimit(int newLimit) {
    return new SearchQuery(text, expansions, filters, sort, newLimit, cursor);
  }

  /** The page after the one that returned {@code nextCursor}. */
  public SearchQuery after(String nextCursor) {
    return new SearchQuery(text, expansions, filters, sort, limit, nextCursor);
  }
}
