package io.storyline.core;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The processor time one article's analysis may use. The {@link Pipeline} checks it between stages; long loops
 * inside a stage call {@link #checkpoint()}, which stops the stage in the middle once the time is used, so one huge
 * text cannot hold a worker for long. Processor time of the analysing thread, not the clock: on a loaded machine an
 * article is analysed slowly, not partially. Without a budget (evaluations, tests) {@link #checkpoint()} does nothing.
 */
public final class AnalysisBudget {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();
  /** Reading the thread's processor time costs a system call: it is read at most this often (by the clock). */
  private static final long READ_EVERY_NANOS = 5_000_000L;
  private static final ThreadLocal<AnalysisBudget> CURRENT = new ThreadLocal<>();

  /** Thrown by {@link #checkpoint()} when the analysis has used its time; the pipeline turns it into a partial outcome. */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded(String message) {
      super(message, null, false, false);
    }
  }

  private final Duration limit;
  private final long deadline;
  private long nextRead;

  private AnalysisBudget(Duration limit) {
    this.limit = limit;
    this.deadline = now() + limit.toNanos();
    this.nextRead = System.nanoTime() + READ_EVERY_NANOS;
  }

  /** Runs {@code work} on this thread with {@code limit} of processor time for {@link #checkpoint()} to enforce. */
  static <T> T within(Duration limit, Supplier<T> work) {
    AnalysisBudget outer = CURRENT.get();
    CURRENT.set(new AnalysisBudget(limit));
    try {
      return work.get();
    } finally {
      CURRENT.set(outer);
    }
  }

  /**
   * Throws {@link Exceeded} when the analysis running on this thread has used its time; cheap enough for the inner
   * loops of a stage (a clock read; the processor time is read every 5 ms).
   */
  public static void checkpoint() {
    AnalysisBudget b = CURRENT.get();
    if (b != null && System.nanoTime() >= b.nextRead) {
      b.nextRead = System.nanoTime() + READ_EVERY_NANOS;
      if (b.used()) {
        throw new Exceeded(b.reason());
      }
    }
  }

  /** Whether the analysis running on this thread has used its time (false without a budget). */
  static boolean spent() {
    AnalysisBudget b = CURRENT.get();
    return b != null && b.used();
  }

  /** Why the analysis running on this thread stopped. */
  static String spentReason() {
    AnalysisBudget b = CURRENT.get();
    return b == null ? "" : b.reason();
  }

  private boolean used() {
    return now() >= deadline;
  }

  private String reason() {
    long ms = limit.toMillis();
    return "its analysis used the " + (ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms")
        + " of processor time an article may take (--analysis-time)";
  }

  private static long now() {
    return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }
}
