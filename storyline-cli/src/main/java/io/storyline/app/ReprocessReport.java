package io.storyline.app;

import io.storyline.app.IngestReport.Problem;
import java.time.Duration;
import java.util.List;

/**
 * Counts of one reprocess run.
 *
 * @param total                 articles in the store
 * @param reprocessed           articles analysed again by the current pipeline
 * @param failed                articles whose analysis failed now (each keeps its previous analysis)
 * @param partial               articles analysed in part, their analysis having used its time (counted as
 *                              reprocessed: each is stored with the stages that finished), and why
 * @param entityCorrections     registry corrections (merge, split, rename, retype) that hold in the new registry
 * @param storylineCorrections  storyline corrections (merge, split) carried over
 * @param dropped               corrections that no longer apply to what the articles say now, with why
 * @param switched              whether the data directory now holds the reprocessed state; false when nothing
 *                              could be reprocessed (the directory is then as it was)
 * @param entities              entities in the new registry
 * @param events                events in the new chronicle
 * @param storylines            storylines in the new chronicle
 */
public record ReprocessReport(long total, long reprocessed, List<Problem> failed, List<Problem> partial, int entityCorrections,
    int storylineCorrections, List<Problem> dropped, boolean switched, long entities, long events, long storylines,
    Duration elapsed) {

  public ReprocessReport {
    failed = List.copyOf(failed);
    partial = List.copyOf(partial);
    dropped = List.copyOf(dropped);
  }

  /** Articles done so far, reprocessed or failed. */
  public long done() {
    return reprocessed + failed.size();
  }

  public double perSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : done() / seconds;
  }
}
