package io.storyline.app;

import io.storyline.core.Outcome;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Blocking hand-offs between the reading thread, the pipeline workers and the single writer of a run (ingest,
 * reprocess): an interrupt ends the run with an error naming it, and keeps the thread's interrupt flag.
 */
final class Handoff {
  private Handoff() {}

  static <T> void put(BlockingQueue<T> queue, T item, String run) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(run + " interrupted", e);
    }
  }

  static <T> T take(BlockingQueue<T> queue, String run) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(run + " interrupted", e);
    }
  }

  /** The next item, or null when none came within {@code nanos}. */
  static <T> T poll(BlockingQueue<T> queue, long nanos, String run) {
    try {
      return queue.poll(nanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(run + " interrupted", e);
    }
  }

  /** The pipeline's outcome for one document, or null when its worker did not finish within {@code nanos}. */
  static Outcome outcome(Future<Outcome> work, long nanos, String run) {
    try {
      return work.get(nanos, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(run + " interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("pipeline crashed: " + e.getCause(), e.getCause());
    }
  }

  /** The pipeline's outcome for one document, waiting for its worker. */
  static Outcome outcome(Future<Outcome> work, String run) {
    try {
      return work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(run + " interrupted", e);
    } catch (ExecutionException e) {
      // Pipeline.process turns stage exceptions into Outcome.Failed; anything else is a bug.
      throw new IllegalStateException("pipeline crashed: " + e.getCause(), e.getCause());
    }
  }
}
