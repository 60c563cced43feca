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

  /**
   * Ingest progress: documents done of the {@code total} counted beforehand ({@link InputCount}; -1 when unknown),
   * rate and time left, and what became of them; a bar on a terminal, a plain line every ten seconds otherwise.
   */
  static IngestRun.Listener progress(PrintWriter err, long total) {
    ProgressMeter meter = ProgressMeter.on(err, "ingest:", "documents");
    return r -> meter.update(r.read() + r.skipped().size(), total, String.format(Locale.ROOT,
        "%,d stored | %,d updated | %,d duplicate | %,d skipped | %,d failed", r.stored(), r.updated(), r.duplicates(),
        r.skipped().size(), r.failed().size()) + partly(r.partial().size()));
  }

  /** Reprocess progress: articles done of all, failures, rate and time left. */
  static Reprocess.Listener reprocessProgress(PrintWriter err) {
    ProgressMeter meter = ProgressMeter.on(err, "reprocess:", "articles");
    return r -> meter.update(r.done(), r.total(), String.format(Locale.ROOT, "%,d failed", r.failed().size()));
  }

  static void summary(PrintWriter out, PrintWriter err, ReprocessReport r) {
    ProgressMeter.endLine(err);
    out.printf(Locale.ROOT, "Reprocessed %,d of %,d articles in %.1f s (%.1f/s): %,d failed; kept %,d entity and %,d storyline corrections, %,d no longer apply%n",
        r.reprocessed(), r.total(), r.elapsed().toNanos() / 1e9, r.perSecond(), r.failed().size(), r.entityCorrections(),
        r.storylineCorrections(), r.dropped().size());
    problems(err, "failed", r.failed(), SHOW_PROBLEMS, "");
    problems(err, "partial", r.partial(), SHOW_PROBLEMS, "");
    problems(err, "no longer applies", r.dropped(), SHOW_PROBLEMS, "");
  }

  static void summary(PrintWriter out, PrintWriter err, IngestReport r) {
    summary(out, err, r, SHOW_PROBLEMS, "");
  }

  /**
   * @param show how many skipped and how many failed documents to list
   * @param hint said after "... and 8 more skipped", such as the option that lists them all
   */
  static void summary(PrintWriter out, PrintWriter err, IngestReport r, int show, String hint) {
    ProgressMeter.endLine(err);
    out.printf(Locale.ROOT, "Read %,d documents in %.1f s (%.1f/s): %,d stored, %,d updated, %,d duplicates, %,d skipped, %,d failed%s%n",
        r.read(), r.elapsed().toNanos() / 1e9, r.perSecond(), r.stored(), r.updated(), r.duplicates(), r.skipped().size(),
        r.failed().size(), r.partial().isEmpty() ? "" : String.format(Locale.ROOT, "; %,d of the stored analysed in part",
            r.partial().size()));
    problems(err, "skipped", r.skipped(), show, hint);
    problems(err, "failed", r.failed(), show, hint);
    problems(err, "partial", r.partial(), show, hint);
  }

  /** The progress line's count of articles analysed in part, shown once there is one. */
  private static String partly(int partial) {
    return partial == 0 ? "" : String.format(Locale.ROOT, " | %,d partial", partial);
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
