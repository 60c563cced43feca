package io.storyline.core;

import java.util.Objects;

/**
 * The language of an article: an ISO 639-1 code (or {@code und} when unknown), a confidence in
 * {@code [0, 1]}, and where it came from ({@code given} for metadata, otherwise the detector's name).
 */
public record LanguageGuess(String code, double confidence, String stage) {
  public static final String UNDETERMINED = "und";

  public LanguageGuess {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(stage, "stage");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], found " + confidence);
    }
  }

  public boolean isDetermined() {
    return !UNDETERMINED.equals(code);
  }
}
