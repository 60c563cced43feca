package io.storyline.events;

import java.util.HashMap;
import java.util.Map;

/**
 * Where merged-away group ids (events, storylines) went: a chain of ids resolved to the live one, each lookup
 * shortening the chain it walked (path compression), so resolving stays cheap however often groups merge. Not
 * thread-safe: the single writer that merges also resolves.
 */
final class Aliases implements java.io.Serializable {
  private final Map<String, String> next = new HashMap<>();

  /** Records that {@code gone} was merged into {@code into}. */
  void put(String gone, String into) {
    next.put(gone, into);
  }

  /** Every id merged away. */
  java.util.Set<String> merged() {
    return next.keySet();
  }

  /** Whether {@code id} was merged away. */
  boolean contains(String id) {
    return next.containsKey(id);
  }

  /** The live id {@code id} ended in ({@code id} itself when it was never merged away). */
  String resolve(String id) {
    String current = id;
    while (next.containsKey(current)) {
      current = next.get(current);
    }
    for (String step = id; !step.equals(current); ) {
      step = next.put(step, current);
    }
    return current;
  }
}
