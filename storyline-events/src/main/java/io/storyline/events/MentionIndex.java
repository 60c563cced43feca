package io.storyline.events;

import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An article's mentions ordered by start, for the look-ups by position that reading title phrases makes per person
 * mention: each visits only the mentions near the position (no longer than the longest mention away), so a text
 * with many mentions costs time in proportion to them rather than to their square.
 */
final class MentionIndex {
  private final Mention[] byStart;
  private final int[] order;
  private final int[] starts;
  private final int longest;

  MentionIndex(List<Mention> mentions) {
    Integer[] idx = new Integer[mentions.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, Comparator.comparingInt(i -> mentions.get(i).start())); // stable: list order among equal starts
    byStart = new Mention[idx.length];
    order = new int[idx.length];
    starts = new int[idx.length];
    int max = 0;
    for (int k = 0; k < idx.length; k++) {
      byStart[k] = mentions.get(idx[k]);
      order[k] = idx[k];
      starts[k] = byStart[k].start();
      max = Math.max(max, byStart[k].end() - byStart[k].start());
    }
    longest = max;
  }

  /** The organisation or place within {@code [from, to)} that starts first (the first listed among equals), or null. */
  Mention firstWithin(int from, int to) {
    for (int k = firstStartingAt(from); k < byStart.length && starts[k] < to; k++) {
      Mention o = byStart[k];
      if (isBody(o) && o.end() <= to) {
        return o;
      }
    }
    return null;
  }

  /** The first listed organisation or place ending at {@code end}, or null. */
  Mention ending(int end) {
    Mention found = null;
    int foundOrder = Integer.MAX_VALUE;
    for (int k = firstStartingAt(end - longest); k < byStart.length && starts[k] <= end; k++) {
      Mention o = byStart[k];
      if (isBody(o) && o.end() == end && order[k] < foundOrder) {
        found = o;
        foundOrder = order[k];
      }
    }
    return found;
  }

  /** Whether {@code [start, end)} lies in a mention of {@code type} (any organisation or place when null). */
  boolean inside(int start, int end, EntityType type) {
    for (int k = firstStartingAt(end - longest); k < byStart.length && starts[k] <= start; k++) {
      Mention o = byStart[k];
      boolean typed = type == null ? isBody(o) : o.type() == type;
      if (typed && end <= o.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBody(Mention o) {
    return o.type() == EntityType.ORGANIZATION || o.type() == EntityType.LOCATION;
  }

  private int firstStartingAt(int offset) {
    return firstAtOrAfter(starts, offset);
  }

  /** The first index of the sorted {@code starts} holding {@code offset} or more ({@code starts.length} if none). */
  static int firstAtOrAfter(int[] starts, int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
