package io.storyline.ingest.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Per-host politeness: at most a fixed number of requests in flight to one host, and starts at
 * least a delay apart.
 */
final class HostGate {

  private final int connections;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();

  private static final class Host {
    final Semaphore inFlight;
    long nextStartNanos;

    Host(int connections) {
      inFlight = new Semaphore(connections, true);
    }
  }

  HostGate(int connections) {
    this.connections = connections;
  }

  /**
   * Waits for a turn at the host, no later than the deadline; false when the deadline comes first.
   * A true answer must be followed by {@link #release}.
   */
  boolean acquire(String host, Duration delay, long deadlineNanos) throws InterruptedException {
    Host h = hosts.computeIfAbsent(host, k -> new Host(connections));
    long remaining = deadlineNanos - System.nanoTime();
    if (!h.inFlight.tryAcquire(Math.max(0, remaining), TimeUnit.NANOSECONDS)) {
      return false;
    }
    long wait;
    synchronized (h) {
      long now = System.nanoTime();
      long start = Math.max(now, h.nextStartNanos);
      if (start > deadlineNanos) {
        h.inFlight.release();
        return false;
      }
      h.nextStartNanos = start + delay.toNanos();
      wait = start - now;
    }
    if (wait > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        h.inFlight.release();
        throw e;
      }
    }
    return true;
  }

  void release(String host) {
    Host h = hosts.get(host);
    if (h != null) {
      h.inFlight.release();
    }
  }
}
