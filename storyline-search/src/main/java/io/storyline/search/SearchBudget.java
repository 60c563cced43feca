package io.storyline.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;

/**
 * The processor time one search may use: a searcher over the shared index reader that stops reading terms (fuzzy and
 * wildcard rewriting), collecting hits and highlighting once the budget is spent. It counts the CPU time of the
 * searching thread, not the time on the clock, so that a busy server answers slowly but never refuses a query for
 * the time it waited for a processor.
 */
final class SearchBudget {
  private final Duration budget;
  private final CpuTimeout timeout;
  private final IndexSearcher searcher;

  /** Starts the clock. */
  SearchBudget(IndexSearcher shared, Duration budget) throws IOException {
    this.budget = budget;
    this.timeout = new CpuTimeout(budget);
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
        + budget.toMillis() + " ms of processor time; use fewer words, fewer fuzzy or wildcard terms, or filters");
  }

  /** Expires once the thread that made it has used the budget's CPU time (or clock time, where CPU time is unknown). */
  private static final class CpuTimeout implements QueryTimeout {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final long deadline;

    CpuTimeout(Duration budget) {
      this.deadline = now() + budget.toNanos();
    }

    @Override
    public boolean shouldExit() {
      return now() > deadline;
    }

    private static long now() {
      return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
  }

  /** The query as quoted in messages: at most 200 characters. */
  static String abbreviated(String query) {
    return query.length() <= 200 ? query : query.substring(0, 200) + "…";
  }
}
