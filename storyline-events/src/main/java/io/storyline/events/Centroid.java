package io.storyline.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;

/**
 * Summed features of a group (an event's articles, a storyline's events), with entities and terms each kept to a
 * bounded number (the heaviest), so comparing with a group costs the same however large it grows.
 */
final class Centroid implements java.io.Serializable {
  private final int maxKeys;
  private SparseVector entities = SparseVector.EMPTY;
  private SparseVector terms = SparseVector.EMPTY;
  private float[] vector;

  /** A centroid keeping at most about {@code maxKeys} entities and as many terms. */
  Centroid(int maxKeys) {
    this.maxKeys = maxKeys;
  }

  /** Adds ({@code sign} 1) or removes ({@code sign} -1) one member's features. */
  void add(Features f, int sign) {
    entities = SparseVector.sum(entities, f.entities(), sign, maxKeys);
    terms = SparseVector.sum(terms, f.terms(), sign, maxKeys);
    if (f.vector() != null) {
      if (vector == null) {
        vector = new float[f.vector().length];
      }
      for (int i = 0; i < vector.length && i < f.vector().length; i++) {
        vector[i] += sign * f.vector()[i];
      }
    }
  }

  /** Adds another centroid (a merged group). */
  void add(Centroid other) {
    add(other.features(null), 1);
  }

  /** The current sums as features dated {@code time}; later additions do not change them. */
  Features features(EventTime time) {
    return new Features(entities, terms, time, vector == null ? null : vector.clone());
  }

  /** The {@code n} entities of most weight times IDF, best first (ties: by name). */
  List<String> topEntities(int n, DocumentFrequencies df) {
    return top(entities, n, df::entityIdf, df::entityName);
  }

  /** The {@code n} terms of most weight times IDF, best first (ties: alphabetical). */
  List<String> topTerms(int n, DocumentFrequencies df) {
    return top(terms, n, df::termIdf, df::term);
  }

  private static List<String> top(SparseVector v, int n, IntToDoubleFunction idf, IntFunction<String> name) {
    Integer[] order = new Integer[v.size()];
    double[] score = new double[v.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      score[i] = v.weights[i] * idf.applyAsDouble(v.ids[i]);
    }
    Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a])
        : name.apply(v.ids[a]).compareTo(name.apply(v.ids[b])));
    List<String> out = new ArrayList<>(Math.min(n, order.length));
    for (int i = 0; i < order.length && i < n; i++) {
      out.add(name.apply(v.ids[order[i]]));
    }
    return out;
  }
}
