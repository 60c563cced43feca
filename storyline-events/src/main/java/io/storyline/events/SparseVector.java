package io.storyline.events;

import java.util.Arrays;

/**
 * Weights over interned keys ({@link DocumentFrequencies} ids), ids ascending: two arrays instead of a map of boxed
 * numbers, so a centroid of 300 keys takes about 2.4 KB and comparing two vectors is one merge pass. The keys and
 * weights never change ({@link #sum} makes a new vector); the cached norm does, so a vector belongs to one thread.
 */
final class SparseVector implements java.io.Serializable {
  static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);
  /** Sums at or below this are dropped (a member removed again). */
  private static final double ZERO = 1e-6;

  final int[] ids;
  final float[] weights;
  /** The IDF-weighted norm last computed, and the number of documents it was computed at (-1: never). */
  double norm;
  int normDocuments = -1;

  private SparseVector(int[] ids, float[] weights) {
    this.ids = ids;
    this.weights = weights;
  }

  /** A vector from unsorted ids (distinct, not negative) and their weights. */
  static SparseVector of(int[] ids, float[] weights, int size) {
    long[] order = new long[size]; // id in the high half, position in the low half: one primitive sort
    for (int i = 0; i < size; i++) {
      order[i] = (long) ids[i] << 32 | i;
    }
    Arrays.sort(order);
    int[] sortedIds = new int[size];
    float[] sortedWeights = new float[size];
    for (int i = 0; i < size; i++) {
      sortedIds[i] = (int) (order[i] >>> 32);
      sortedWeights[i] = weights[(int) order[i]];
    }
    return new SparseVector(sortedIds, sortedWeights);
  }

  int size() {
    return ids.length;
  }

  boolean isEmpty() {
    return ids.length == 0;
  }

  /**
   * {@code a + sign * b}, dropping keys that fall to zero; when more than {@code 2 * maxKeys} remain, only the
   * {@code maxKeys} heaviest are kept (ties: the lower id), so a growing group's vector stays bounded.
   */
  static SparseVector sum(SparseVector a, SparseVector b, int sign, int maxKeys) {
    int[] ids = new int[a.size() + b.size()];
    float[] weights = new float[ids.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.size() || j < b.size()) {
      int id;
      double w;
      if (j == b.size() || i < a.size() && a.ids[i] < b.ids[j]) {
        id = a.ids[i];
        w = a.weights[i++];
      } else if (i == a.size() || b.ids[j] < a.ids[i]) {
        id = b.ids[j];
        w = sign * b.weights[j++];
      } else {
        id = a.ids[i];
        w = a.weights[i++] + sign * b.weights[j++];
      }
      if (w > ZERO) {
        ids[n] = id;
        weights[n++] = (float) w;
      }
    }
    SparseVector out = new SparseVector(Arrays.copyOf(ids, n), Arrays.copyOf(weights, n));
    return n > 2 * maxKeys ? out.heaviest(maxKeys) : out;
  }

  /** The {@code n} heaviest keys (ties: the lower id), ids ascending. */
  private SparseVector heaviest(int n) {
    Integer[] order = new Integer[size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> weights[x] != weights[y] ? Float.compare(weights[y], weights[x]) : Integer.compare(x, y));
    int[] keep = new int[n];
    for (int i = 0; i < n; i++) {
      keep[i] = order[i];
    }
    Arrays.sort(keep);
    int[] outIds = new int[n];
    float[] outWeights = new float[n];
    for (int i = 0; i < n; i++) {
      outIds[i] = ids[keep[i]];
      outWeights[i] = weights[keep[i]];
    }
    return new SparseVector(outIds, outWeights);
  }
}
