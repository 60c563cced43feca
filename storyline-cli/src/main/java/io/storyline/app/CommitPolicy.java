package io.storyline.app;

/**
 * When the single writer of an ingest commits: once {@code every} articles wait, or once the oldest waiting one
 * has waited {@code maxWaitNanos}, whether or not more input arrives. Not thread-safe: the writer's alone.
 */
final class CommitPolicy {
  private final int every;
  private final long maxWaitNanos;
  private int pending;
  private long oldestPending;

  CommitPolicy(int every, long maxWaitNanos) {
    if (every < 1 || maxWaitNanos < 1) {
      throw new IllegalArgumentException("commit every " + every + " articles or " + maxWaitNanos + " ns: both must be positive");
    }
    this.every = every;
    this.maxWaitNanos = maxWaitNanos;
  }

  /** Counts one more article waiting for the next commit. */
  void added(long now) {
    if (pending++ == 0) {
      oldestPending = now;
    }
  }

  /** True when what waits should be committed now. */
  boolean due(long now) {
    return pending >= every || (pending > 0 && now - oldestPending >= maxWaitNanos);
  }

  /** How long the writer may wait for input before a commit falls due; {@link Long#MAX_VALUE} when nothing waits. */
  long nanosUntilDue(long now) {
    return pending == 0 ? Long.MAX_VALUE : Math.max(0, oldestPending + maxWaitNanos - now);
  }

  /** Records a commit of everything that waited. */
  void committed() {
    pending = 0;
  }
}
