package io.storyline.events;

import java.util.Map;
import java.util.TreeMap;

/**
 * What similarity compares: entity weights (salience), term counts, the time, and an optional dense vector. An
 * article's features come from its profile; an event's are the sums over its articles.
 */
record Features(Map<String, Double> entities, Map<String, Double> terms, EventTime time, float[] vector) {

  static Features of(Profile p) {
    Map<String, Double> entities = new TreeMap<>();
    for (Actor a : p.actors()) {
      entities.merge(a.entityId(), a.salience(), Double::sum);
    }
    Map<String, Double> terms = new TreeMap<>();
    p.terms().forEach((t, n) -> terms.put(t, (double) n));
    return new Features(entities, terms, p.time(), p.vector());
  }
}
