package io.storyline.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Summed features of a group (an event's articles, a storyline's events), with entities and terms each kept to a
 * bounded number (the heaviest), so comparing with a group costs the same however large it grows.
 */
final class Centroid {
  private final int maxKeys;
  final Map<String, Double> entities = new HashMap<>();
  final Map<String, Double> terms = new HashMap<>();
  float[] vector;

  /** A centroid keeping at most about {@code maxKeys} entities and as many terms. */
  Centroid(int maxKeys) {
    this.maxKeys = maxKeys;
  }

  /** Adds ({@code sign} 1) or removes ({@code sign} -1) one member's features. */
  void add(Features f, int sign) {
    merge(entities, f.entities(), sign);
    merge(terms, f.terms(), sign);
    if (terms.size() > 2 * maxKeys) {
      prune(terms);
    }
    if (entities.size() > 2 * maxKeys) {
      prune(entities);
    }
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
    add(new Features(other.entities, other.terms, null, other.vector), 1);
  }

  Features features(EventTime time) {
    return new Features(entities, terms, time, vector);
  }

  /** The {@code n} entities of most weight times IDF, best first. */
  List<String> topEntities(int n, DocumentFrequencies df) {
    return top(entities, n, df::entityIdf);
  }

  /** The {@code n} terms of most weight times IDF, best first. */
  List<String> topTerms(int n, DocumentFrequencies df) {
    return top(terms, n, df::termIdf);
  }

  private static List<String> top(Map<String, Double> weights, int n, ToDoubleFunction<String> idf) {
    List<Map.Entry<String, Double>> all = new ArrayList<>(weights.entrySet());
    all.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue() * idf.applyAsDouble(e.getKey()))
        .thenComparing(Map.Entry::getKey));
    return all.stream().limit(n).map(Map.Entry::getKey).toList();
  }

  /** Keeps the {@code maxKeys} heaviest keys. */
  private void prune(Map<String, Double> weights) {
    List<Map.Entry<String, Double>> all = new ArrayList<>(weights.entrySet());
    all.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue()).thenComparing(Map.Entry::getKey));
    for (Map.Entry<String, Double> e : all.subList(maxKeys, all.size())) {
      weights.remove(e.getKey());
    }
  }

  private static void merge(Map<String, Double> into, Map<String, Double> from, int sign) {
    for (Map.Entry<String, Double> e : from.entrySet()) {
      double v = into.getOrDefault(e.getKey(), 0.0) + sign * e.getValue();
      if (v > 1e-9) {
        into.put(e.getKey(), v);
      } else {
        into.remove(e.getKey());
      }
    }
  }
}
