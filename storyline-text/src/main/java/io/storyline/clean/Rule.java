package io.storyline.clean;

import io.storyline.core.RemovedSpan;
import java.util.function.Predicate;

/**
 * A cleanup rule that judges one line on its own.
 *
 * @param name         the rule's name, recorded on what it removes as {@code clean:<name>}
 * @param reason       the reason code it reports (see {@link CleanStage})
 * @param test         whether the whole line is debris
 * @param needsCompany whether the rule is weak evidence, trusted only when a specific rule found debris in the
 *                     same zone (a short unpunctuated last line of a clean article is kept)
 */
record Rule(String name, String reason, Predicate<Line> test, boolean needsCompany) {

  /** A rule that is evidence enough on its own. */
  Rule(String name, String reason, Predicate<Line> test) {
    this(name, reason, test, false);
  }

  /** A rule trusted only next to other debris (see {@link #needsCompany()}). */
  static Rule weak(String name, String reason, Predicate<Line> test) {
    return new Rule(name, reason, test, true);
  }

  boolean matches(Line line) {
    return test.test(line);
  }

  /** The span removing the whole line. */
  RemovedSpan remove(Line line) {
    return span(line.start(), line.end());
  }

  RemovedSpan span(int start, int end) {
    return new RemovedSpan(start, end, reason, CleanStage.NAME + ":" + name);
  }
}
