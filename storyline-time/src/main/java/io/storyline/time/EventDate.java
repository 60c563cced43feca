package io.storyline.time;

import io.storyline.core.TextSpan;
import java.util.List;
import java.util.Objects;

/**
 * The date of the main happening an article reports.
 *
 * @param value       TIMEX3-style value, {@code start/end} for a range, with {@code X} where unknown
 * @param granularity precision of the value
 * @param confidence  in {@code [0, 1]}; low when nothing anchors the date
 * @param evidence    the text spans the date was read from (empty when it comes from metadata)
 * @param basis       a short explanation of the choice, for people reading the export
 */
public record EventDate(String value, Granularity granularity, double confidence, List<TextSpan> evidence,
    String basis) {
  public EventDate {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(basis, "basis");
    evidence = List.copyOf(evidence);
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], found " + confidence);
    }
  }
}
