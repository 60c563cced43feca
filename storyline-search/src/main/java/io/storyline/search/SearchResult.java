package io.storyline.search;

import java.util.List;

/**
 * One page of hits.
 *
 * @param hits       the page, in order
 * @param total      how many articles match ({@code totalExact} false: at least that many)
 * @param totalExact whether {@code total} is exact
 * @param nextCursor pass to {@link SearchQuery#after} for the next page; {@code null} on the last page
 * @param tookMillis time spent searching and highlighting
 */
public record SearchResult(List<Hit> hits, long total, boolean totalExact, String nextCursor, long tookMillis) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
