package io.storyline.app;

import java.time.Duration;
import java.util.List;

/**
 * Counts of one ingest run; {@code writing} is the time spent in the single writer (linking entities,
 * placing events, indexing, storing, committing). {@code stored}, {@code updated} and {@code duplicates} count only
 * committed articles: what is reported here as stored survives a crash. {@code partial} lists the articles stored
 * with part of their analysis, which used its time (counted as stored or updated too), and why.
 */
public record IngestReport(long read, long stored, long updated, long duplicates, List<Problem> skipped,
    List<Problem> failed, List<Problem> partial, Duration elapsed, Duration writing) {

  /** A document that could not be read ({@code location} is a path, or {@code path:line}) or processed. */
  public record Problem(String location, String reason) {}

  public IngestReport {
    skipped = List.copyOf(skipped);
    failed = List.copyOf(failed);
    partial = List.copyOf(partial);
  }

  /** Articles that are in the store after this run (newly stored, updated, or already there). */
  public long inStore() {
    return stored + updated + duplicates;
  }

  public double perSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : read / seconds;
  }
}
