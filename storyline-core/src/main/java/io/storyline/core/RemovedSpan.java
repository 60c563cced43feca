package io.storyline.core;

import java.util.Objects;

/**
 * Scraping debris found in an article: the span stays in the original text and is only marked, so
 * nothing is lost and {@code show} can display it. {@code reason} is a short code such as
 * {@code ad-label}, {@code photo-credit} or {@code duplicate}; {@code rule} names the rule that fired.
 */
public record RemovedSpan(int start, int end, String reason, String stage) implements Span {
  public RemovedSpan {
    Span.checkOffsets(start, end);
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(stage, "stage");
  }
}
