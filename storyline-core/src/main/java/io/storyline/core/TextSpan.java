package io.storyline.core;

import java.util.Objects;

/** A plain span (a sentence, a title line) with its provenance. */
public record TextSpan(int start, int end, String stage) implements Span {
  public TextSpan {
    Span.checkOffsets(start, end);
    Objects.requireNonNull(stage, "stage");
  }
}
