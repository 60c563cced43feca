package io.storyline.entities.recognition;

import io.storyline.core.AnalysisBudget;
import io.storyline.entities.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * What the passes have found so far in one text: the findings of the candidate passes, in the order they were found,
 * then the mentions the resolution pass makes of them. Each pass returns a new draft; this one is not changed.
 */
record Draft(List<Finding> findings, List<Mention> mentions) {
  static final Draft EMPTY = new Draft(List.of(), List.of());

  Draft {
    findings = List.copyOf(findings);
    mentions = List.copyOf(mentions);
  }

  /**
   * The findings, all of which must be candidates by now; a {@link Run} or {@link UnknownSegment} left unread means
   * a pass that reads them is missing before the caller.
   */
  List<Candidate> candidates() {
    List<Candidate> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (!(f instanceof Candidate c)) {
        throw new IllegalStateException("unread " + f + ": the known-names and typing passes must run before this one");
      }
      out.add(c);
    }
    return out;
  }

  /**
   * The draft with each finding of {@code kind} replaced, in its place, by the findings {@code reader} adds for it
   * (none, one or several); the other findings stay as they are.
   */
  <T extends Finding> Draft expand(Class<T> kind, BiConsumer<T, List<Finding>> reader) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      AnalysisBudget.checkpoint();
      if (kind.isInstance(f)) {
        reader.accept(kind.cast(f), out);
      } else {
        out.add(f);
      }
    }
    return withFindings(out);
  }

  Draft withFindings(List<? extends Finding> next) {
    return new Draft(List.copyOf(next), mentions);
  }

  Draft withMentions(List<Mention> next) {
    return new Draft(findings, next);
  }
}
