package io.storyline.cli;

import io.storyline.app.IngestReport;
import io.storyline.app.IngestRun;
import io.storyline.app.Reprocess;
import io.storyline.app.ReprocessReport;
import java.io.PrintWriter;
import java.util.Locale;

/** Terminal helpers: whether output is interactive, the ingest progress line, and run summaries. */
final class Console {
  private static final int SHOW_PROBLEMS = 20;

  private Console() {}

  /** True when stderr is a terminal; the launcher passes {@code -Dstoryline.tty=true} after checking. */
  static boolean interactive() {
    return Boolean.getBoolean("storyline.tty");
  }

  /** A progress line with counts and rate, redrawn in place; silent when not on a terminal or for a few documents. */
  static IngestRun.Listener progress(PrintWriter err) {
    if (!interactive()) {
      return report -> {};
    }
    return new IngestRun.Listener() {
      private boolean drawn;

      @Override
      public void progress(IngestReport r) {
        if (r.read() + r.skipped().size() <= 5 && !drawn) {
          return;
        }
        drawn = true;
        long seconds = r.elapsed().toSeconds();
        err.printf(Locale.ROOT, "\r%s %,d read | %,d stored | %,d updated | %,d duplicate | %,d skipped | %,d failed | %.1f/s | %d:%02d ",
            bar(seconds), r.read(), r.stored(), r.updated(), r.duplicates(), r.skipped().size(), r.failed().size(),
            r.perSecond(), seconds / 60, seconds % 60);
        err.flush();
      }
    };
  }

  /** The reprocess progress line: done of total, failures and rate, with a bar; silent when not on a terminal. */
  static Reprocess.Listener reprocessProgress(PrintWriter err) {
    if (!interactive()) {
      return report -> {};
    }
    return r -> {
      if (r.total() <= 5) {
        return;
      }
      long seconds = r.elapsed().toSeconds();
      int width = 20;
      int filled = (int) (width * r.done() / Math.max(1, r.total()));
      err.printf(Locale.ROOT, "\r[%s%s] %,d of %,d articles | %,d failed | %.1f/s | %d:%02d ", "#".repeat(filled),
          "-".repeat(width - filled), r.done(), r.total(), r.failed().size(), r.perSecond(), seconds / 60, seconds % 60);
      err.flush();
    };
  }

  static void summary(PrintWriter out, PrintWriter err, ReprocessReport r) {
    if (interactive() && r.total() > 5) {
      err.println();
    }
    out.printf(Locale.ROOT, "Reprocessed %,d of %,d articles in %.1f s (%.1f/s): %,d failed; kept %,d entity and %,d storyline corrections, %,d no longer apply%n",
        r.reprocessed(), r.total(), r.elapsed().toNanos() / 1e9, r.perSecond(), r.failed().size(), r.entityCorrections(),
        r.storylineCorrections(), r.dropped().size());
    problems(err, "failed", r.failed(), SHOW_PROBLEMS, "");
    problems(err, "no longer applies", r.dropped(), SHOW_PROBLEMS, "");
  }

  /** A bouncing bar: the total is not known while a directory or a stream is being read. */
  private static String bar(long seconds) {
    int width = 12;
    int pos = (int) (seconds % (2 * width - 2));
    int at = pos < width ? pos : 2 * width - 2 - pos;
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < width; i++) {
      b.append(i == at ? '#' : '-');
    }
    return b.append(']').toString();
  }

  static void summary(PrintWriter out, PrintWriter err, IngestReport r) {
    summary(out, err, r, SHOW_PROBLEMS, "");
  }

  /**
   * @param show how many skipped and how many failed documents to list
   * @param hint said after "... and 8 more skipped", such as the option that lists them all
   */
  static void summary(PrintWriter out, PrintWriter err, IngestReport r, int show, String hint) {
    if (interactive() && r.read() + r.skipped().size() > 5) {
      err.println();
    }
    out.printf(Locale.ROOT, "Read %,d documents in %.1f s (%.1f/s): %,d stored, %,d updated, %,d duplicates, %,d skipped, %,d failed%n",
        r.read(), r.elapsed().toNanos() / 1e9, r.perSecond(), r.stored(), r.updated(), r.duplicates(), r.skipped().size(),
        r.failed().size());
    problems(err, "skipped", r.skipped(), show, hint);
    problems(err, "failed", r.failed(), show, hint);
  }

  /** The problems an ingest lists by default. */
  static int shownProblems(boolean all) {
    return all ? Integer.MAX_VALUE : SHOW_PROBLEMS;
  }

  private static void problems(PrintWriter err, String label, java.util.List<IngestReport.Problem> list, int show,
      String hint) {
    list.stream().limit(show).forEach(p -> err.println("  " + label + ": " + p.location() + ": " + p.reason()));
    if (list.size() > show) {
      err.println("  ... and " + (list.size() - show) + " more " + label + hint);
    }
  }
}
