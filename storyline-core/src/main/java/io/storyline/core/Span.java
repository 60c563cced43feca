package io.storyline.core;

/**
 * A stretch of an article's original text, as half-open character offsets {@code [start, end)},
 * with the name of the stage (rule or model) that produced it.
 */
public interface Span {
  int start();

  int end();

  /** Name of the stage, rule or model that produced this span: its provenance. */
  String stage();

  default int length() {
    return end() - start();
  }

  /** Checks {@code 0 <= start <= end}; called from the compact constructors of span records. */
  static void checkOffsets(int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span offsets [" + start + ", " + end + ")");
    }
  }
}
