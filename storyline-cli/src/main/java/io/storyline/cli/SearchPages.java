package io.storyline.cli;

import io.storyline.search.Hit;
import io.storyline.search.SearchIndex;
import io.storyline.search.SearchQuery;
import io.storyline.search.SearchResult;
import java.util.ArrayList;
import java.util.List;

/** Hits of a search beyond one page: {@code offset} skipped, then up to {@code limit}, read a page at a time. */
record SearchPages(List<Hit> hits, long total, boolean totalExact, String next) {
  static SearchPages of(SearchIndex index, SearchQuery query, int offset, int limit) {
    List<Hit> hits = new ArrayList<>();
    SearchQuery page = query.withLimit(SearchQuery.MAX_LIMIT);
    SearchResult r;
    int seen = 0;
    do {
      r = index.search(page);
      for (Hit h : r.hits()) {
        if (seen++ >= offset && hits.size() < limit) {
          hits.add(h);
        }
      }
      page = page.after(r.nextCursor());
    } while (r.nextCursor() != null && hits.size() < limit);
    return new SearchPages(hits, r.total(), r.totalExact(), r.nextCursor());
  }
}
