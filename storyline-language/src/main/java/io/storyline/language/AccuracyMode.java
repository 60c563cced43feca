package io.storyline.language;

import java.util.Locale;

/**
 * Lingua's accuracy mode. {@code HIGH} loads 1- to 5-gram models and uses them on texts shorter
 * than 120 characters; {@code LOW} loads trigram models only. On longer texts both use trigrams
 * only and give the same answer, so for article-length text {@code LOW} costs nothing in accuracy
 * (see docs/quality-langid.md).
 */
public enum AccuracyMode {
  HIGH,
  LOW;

  /** The mode Storyline uses unless told otherwise, chosen by the measurements in docs/quality-langid.md. */
  public static final AccuracyMode DEFAULT = LOW;

  /** Parses {@code high} or {@code low} (case-insensitive). */
  public static AccuracyMode parse(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "high" -> HIGH;
      case "low" -> LOW;
      default -> throw new IllegalArgumentException("unknown accuracy mode '" + value + "'; use high or low");
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
