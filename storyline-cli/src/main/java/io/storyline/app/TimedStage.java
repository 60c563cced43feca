package io.storyline.app;

import io.storyline.core.Article;
import io.storyline.core.Layer;
import io.storyline.core.Stage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wraps a stage and adds up the time spent in it, wall and CPU, for the benchmark's per-stage breakdown. CPU time
 * is the one to compare between runs: it does not grow when other work shares the cores.
 */
public final class TimedStage implements Stage {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Stage inner;
  private final LongAdder nanos = new LongAdder();
  private final LongAdder cpuNanos = new LongAdder();
  private final LongAdder calls = new LongAdder();

  public TimedStage(Stage inner) {
    this.inner = inner;
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public Set<Layer<?>> requires() {
    return inner.requires();
  }

  @Override
  public Set<Layer<?>> provides() {
    return inner.provides();
  }

  @Override
  public Article apply(Article article) {
    long t = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    try {
      return inner.apply(article);
    } finally {
      cpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpu);
      nanos.add(System.nanoTime() - t);
      calls.increment();
    }
  }

  /** Mean wall milliseconds per call so far (summed over workers). */
  public double meanMillis() {
    long n = calls.sum();
    return n == 0 ? 0 : nanos.sum() / 1e6 / n;
  }

  /** Mean CPU milliseconds per call so far (summed over workers). */
  public double meanCpuMillis() {
    long n = calls.sum();
    return n == 0 ? 0 : cpuNanos.sum() / 1e6 / n;
  }

  /** CPU nanoseconds the calling thread has used so far. */
  public static long threadCpuNanos() {
    return THREADS.getCurrentThreadCpuTime();
  }
}
