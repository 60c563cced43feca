package io.storyline.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How hits are ordered; ties are broken by article id, so pages are stable. */
public enum SortOrder {
  /** Best match first; the default. */
  RELEVANCE,
  /** Newest first; articles without a date come last. */
  NEWEST,
  /** Oldest first; articles without a date come last. */
  OLDEST;

  /** The order named {@code relevance}, {@code newest} or {@code oldest}. */
  public static SortOrder parse(String name) {
    for (SortOrder o : values()) {
      if (o.name().equalsIgnoreCase(name.strip())) {
        return o;
      }
    }
    throw new IllegalArgumentException("unknown sort '" + name + "'; valid: " + Arrays.stream(values())
        .map(o -> o.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
  }
}
