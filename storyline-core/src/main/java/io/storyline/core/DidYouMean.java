package io.storyline.core;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Suggestions for a mistyped id or name: the known values a few edits away, or that the typed value begins.
 *
 * <pre>{@code
 * DidYouMean.hint(DidYouMean.closest("per-iens-stoltenberg", ids))   // "; did you mean per-iens-stoltenberh?"
 * }</pre>
 */
public final class DidYouMean {
  private static final int MAX = 3;

  private DidYouMean() {}

  /**
   * At most three of {@code candidates}, closest first: those within a quarter of the typed length in edits (at
   * least two), and those that start with what was typed.
   */
  public static List<String> closest(String wanted, Collection<String> candidates) {
    String w = wanted.toLowerCase(Locale.ROOT);
    int allowed = Math.max(2, w.length() / 4);
    record Scored(String value, int distance) {}
    return candidates.stream()
        .map(c -> {
          String lc = c.toLowerCase(Locale.ROOT);
          int d = lc.startsWith(w) && !w.isEmpty() ? 0 : Math.abs(lc.length() - w.length()) > allowed ? allowed + 1 : distance(w, lc);
          return new Scored(c, d);
        })
        .filter(s -> s.distance() <= allowed)
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::value))
        .limit(MAX).map(Scored::value).toList();
  }

  /** {@code "; did you mean a, b or c?"}, or nothing when there is no suggestion. */
  public static String hint(List<String> suggestions) {
    if (suggestions.isEmpty()) {
      return "";
    }
    int last = suggestions.size() - 1;
    String head = String.join(", ", suggestions.subList(0, last));
    return "; did you mean " + (last == 0 ? suggestions.get(0) : head + " or " + suggestions.get(last)) + "?";
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
