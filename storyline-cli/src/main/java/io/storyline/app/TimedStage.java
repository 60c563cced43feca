package io.storyline.app;

import io.storyline.core.Article;
import io.storyline.core.Layer;
import io.storyline.core.Stage;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/** Wraps a stage and adds up the time spent in it, for the benchmark's per-stage breakdown. */
public final class TimedStage implements Stage {
  private final Stage inner;
  private final LongAdder nanos = new LongAdder();
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
    try {
      return inner.apply(article);
    } finally {
      nanos.add(System.nanoTime() - t);
      calls.increment();
    }
  }

  /** Mean milliseconds per call so far (thread time summed over workers). */
  public double meanMillis() {
    long n = calls.sum();
    return n == 0 ? 0 : nanos.sum() / 1e6 / n;
  }
}
