package io.storyline.time;

import io.storyline.core.Span;
import java.util.Objects;

/**
 * A time expression found in an article's text, with its value normalised TIMEX3-style.
 *
 * <p>{@code value} is ISO 8601 where the expression is anchored ({@code 2024-04-08}, {@code 2024-W15},
 * {@code 2024-Q3}, {@code 2024-SU}, {@code 199} for the 1990s), underspecified with {@code X} where it
 * is not ({@code XXXX-04-08}, {@code XXXX-WXX-4} for a Thursday), a duration ({@code P2Y}), a set
 * ({@code P1D} for "daily") or one of {@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF}.
 *
 * @param start       first character, in the article's original text
 * @param end         one past the last character
 * @param text        the covered text
 * @param value       the normalised value (the start of a range)
 * @param granularity precision of the value (the unit of a duration)
 * @param kind        what sort of expression it is
 * @param endValue    the last value of a {@link Kind#RANGE}, else {@code null}
 * @param confidence  in {@code [0, 1]}
 * @param stage       the rule that found it ({@code times/<rule>})
 */
public record TimeExpression(
    int start,
    int end,
    String text,
    String value,
    Granularity granularity,
    Kind kind,
    String endValue,
    double confidence,
    String stage) implements Span {

  /** The TIMEX3 types plus ranges of dates. */
  public enum Kind { DATE, TIME, DURATION, SET, RANGE }

  public TimeExpression {
    Span.checkOffsets(start, end);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(stage, "stage");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], found " + confidence);
    }
    if ((kind == Kind.RANGE) != (endValue != null)) {
      throw new IllegalArgumentException("endValue must be given exactly for ranges, found kind " + kind
          + " with endValue " + endValue);
    }
  }

  /** True when the value names a calendar period (no {@code X}, not a reference word or duration). */
  public boolean anchored() {
    return (kind == Kind.DATE || kind == Kind.TIME || kind == Kind.RANGE)
        && Character.isDigit(value.charAt(0)) && !value.contains("X");
  }

  /** The value, or {@code start/end} for a range. */
  public String interval() {
    return endValue == null ? value : value + "/" + endValue;
  }
}
