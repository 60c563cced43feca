package io.storyline.search;

import java.time.Duration;
import java.util.Objects;

/**
 * What one search may cost: words in the query, of which how many are fuzzy ({@code word~2}), prefix
 * ({@code word*}), wildcard or regular-expression terms, how many index terms each such term may expand to per field,
 * and the processor time a search may use. A query over a limit is refused with an
 * {@link IllegalArgumentException} saying which limit and how to make the query cheaper (the REST API answers 400).
 *
 * @param maxTerms      words and phrases in the query as written
 * @param maxExpanding  fuzzy, prefix, wildcard and regular-expression terms among them
 * @param maxExpansions index terms one fuzzy term expands to in each field
 * @param timeBudget    the CPU time a search may use, rewriting, collecting and highlighting included (time spent
 *                      waiting for a processor on a busy machine does not count)
 */
public record QueryLimits(int maxTerms, int maxExpanding, int maxExpansions, Duration timeBudget) {
  /** 64 words, 8 of them fuzzy or wildcard terms of 16 expansions each, 5 seconds of CPU time. */
  public static final QueryLimits DEFAULT = new QueryLimits(64, 8, 16, Duration.ofSeconds(5));

  public QueryLimits {
    Objects.requireNonNull(timeBudget, "timeBudget");
    if (maxTerms < 1 || maxExpanding < 0 || maxExpansions < 1 || timeBudget.isNegative() || timeBudget.isZero()) {
      throw new IllegalArgumentException("query limits must be positive (expanding terms may be 0), found " + maxTerms
          + " terms, " + maxExpanding + " expanding terms, " + maxExpansions + " expansions, " + timeBudget);
    }
  }

  /** The same limits with another time budget. */
  public QueryLimits withTimeBudget(Duration budget) {
    return new QueryLimits(maxTerms, maxExpanding, maxExpansions, budget);
  }
}
