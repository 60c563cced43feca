package io.storyline.search;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;

/**
 * The time one search may take: a searcher over the shared index reader that stops reading terms (fuzzy and wildcard
 * rewriting) and collecting hits once the budget is spent.
 */
final class SearchBudget {
  private final Duration budget;
  private final QueryTimeoutImpl timeout;
  private final IndexSearcher searcher;

  /** Starts the clock. */
  SearchBudget(IndexSearcher shared, Duration budget) throws IOException {
    this.budget = budget;
    this.timeout = new QueryTimeoutImpl(budget.toMillis());
    IndexReader reader = shared.getIndexReader();
    this.searcher = new IndexSearcher(reader instanceof DirectoryReader d ? ExitableDirectoryReader.wrap(d, timeout) : reader);
    searcher.setSimilarity(shared.getSimilarity());
    searcher.setTimeout(timeout);
  }

  IndexSearcher searcher() {
    return searcher;
  }

  /** Throws {@link #exceeded} when the budget ran out while collecting, which leaves the hits incomplete. */
  void check(String query) {
    if (searcher.timedOut() || timeout.shouldExit()) {
      throw exceeded(query);
    }
  }

  /** The refusal of a query that ran out of time, for a caller to throw. */
  IllegalArgumentException exceeded(String query) {
    return new IllegalArgumentException("the query '" + abbreviated(query) + "' ran over its time budget of "
        + budget.toMillis() + " ms; use fewer words, fewer fuzzy or wildcard terms, or filters");
  }

  /** The query as quoted in messages: at most 200 characters. */
  static String abbreviated(String query) {
    return query.length() <= 200 ? query : query.substring(0, 200) + "…";
  }
}
