package io.storyline.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long command with a known total: on a terminal a bar redrawn in place with counts, rate and time
 * left; otherwise a plain line every {@link #PLAIN_EVERY_NANOS ten seconds}, so logs stay readable.
 *
 * <pre>{@code
 * ProgressMeter meter = ProgressMeter.on(err, "exported", "articles");
 * meter.update(done, total);   // as often as you like: it draws at most a few times a second
 * meter.finish();
 * }</pre>
 */
final class ProgressMeter {
  static final long PLAIN_EVERY_NANOS = 10_000_000_000L;
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 20;
  /** The meter that drew last, so a summary can end its line without holding the meter. */
  private static final java.util.concurrent.atomic.AtomicReference<ProgressMeter> LAST = new java.util.concurrent.atomic.AtomicReference<>();

  private final PrintWriter err;
  private final String verb;
  private final String unit;
  private final boolean terminal;
  /** When the first update came and how much was done then: the rate leaves out the time spent setting up. */
  private long start = -1;
  private long doneAtStart;
  private long lastDrawn;
  private boolean drawn;

  private ProgressMeter(PrintWriter err, String verb, String unit, boolean terminal) {
    this.err = err;
    this.verb = verb;
    this.unit = unit;
    this.terminal = terminal;
  }

  /** A meter on standard error: a bar when it is a terminal ({@link Console#interactive()}), else plain lines. */
  static ProgressMeter on(PrintWriter err, String verb, String unit) {
    return new ProgressMeter(err, verb, unit, Console.interactive());
  }

  synchronized void update(long done, long total) {
    update(done, total, null);
  }

  /** As {@link #update(long, long)}, with more to say after the rate ("12 failed"). */
  synchronized void update(long done, long total, String more) {
    long now = System.nanoTime();
    if (start < 0) {
      start = now;
      lastDrawn = now;
      doneAtStart = done;
    }
    if (now - lastDrawn < (terminal ? REDRAW_NANOS : PLAIN_EVERY_NANOS) || !terminal && total > 0 && done >= total) {
      return;
    }
    lastDrawn = now;
    drawn = true;
    LAST.set(this);
    String line = line(done, doneAtStart, total, unit, now - start) + (more == null ? "" : " | " + more);
    if (terminal) {
      int filled = total <= 0 ? 0 : (int) Math.min(WIDTH, WIDTH * done / total);
      err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + line + " ");
    } else {
      err.println(verb + " " + line);
    }
    err.flush();
  }

  /** Ends the bar's line, if one was drawn. */
  synchronized void finish() {
    if (terminal && drawn) {
      err.println();
      err.flush();
      drawn = false;
    }
  }

  /** Ends the line of the last bar drawn on {@code err}, if any, before a summary is printed. */
  static void endLine(PrintWriter err) {
    ProgressMeter last = LAST.get();
    if (last != null && last.err == err) {
      last.finish();
    }
  }

  /**
   * "1,234 of 10,000 articles | 812.3/s | 0:11 left" (without a total: no time left); the rate counts from
   * {@code doneBefore}, what was done when the clock started.
   */
  static String line(long done, long doneBefore, long total, String unit, long elapsedNanos) {
    double seconds = elapsedNanos / 1e9;
    double rate = seconds <= 0 ? 0 : (done - doneBefore) / seconds;
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%,d", done));
    if (total > 0) {
      b.append(String.format(Locale.ROOT, " of %,d", total));
    }
    b.append(' ').append(unit).append(String.format(Locale.ROOT, " | %.1f/s", rate));
    if (total > 0 && rate > 0 && done < total) {
      long left = Math.round((total - done) / rate);
      b.append(String.format(Locale.ROOT, " | %d:%02d left", left / 60, left % 60));
    }
    return b.toString();
  }
}
