package io.storyline.ingest.feed;

import java.time.Duration;

/**
 * When a feed is polled next: after the base interval when it had something new; twice as long
 * after each quiet poll (not modified, or nothing new) and after each failure, up to
 * {@value #MAX_FACTOR} times the interval; never sooner than a server's Retry-After.
 */
public final class PollSchedule {

  /** The longest wait, as a multiple of the base interval. */
  public static final int MAX_FACTOR = 16;

  private PollSchedule() {
  }

  static Duration afterSuccess(Duration interval, int quietPolls) {
    return scaled(interval, quietPolls);
  }

  static Duration afterFailure(Duration interval, int failures, Duration retryAfter) {
    Duration wait = scaled(interval, failures);
    return retryAfter != null && retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
  }

  private static Duration scaled(Duration interval, int steps) {
    long factor = Math.min(MAX_FACTOR, 1L << Math.min(Math.max(steps, 0), 30));
    return interval.multipliedBy(factor);
  }
}
