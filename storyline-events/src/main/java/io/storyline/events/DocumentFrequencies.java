package io.storyline.events;

import java.util.HashMap;
import java.util.Map;

/**
 * How many profiles carry each entity and term, kept incrementally as profiles arrive, for IDF weights: rarer
 * entities and terms weigh more. Not thread-safe: the single writer that clusters also counts.
 */
public final class DocumentFrequencies {
  private final Map<String, Integer> entities = new HashMap<>();
  private final Map<String, Integer> terms = new HashMap<>();
  private int documents;

  /** Counts one profile's entities and terms once each. */
  public void add(Profile profile) {
    documents++;
    for (Actor a : profile.actors()) {
      entities.merge(a.entityId(), 1, Integer::sum);
    }
    for (String t : profile.terms().keySet()) {
      terms.merge(t, 1, Integer::sum);
    }
  }

  public int documents() {
    return documents;
  }

  /** Profiles carrying {@code key} ({@link #entityKey} or {@link #termKey}). */
  public int count(String key) {
    return key.startsWith("e:") ? entities.getOrDefault(key.substring(2), 0)
        : key.startsWith("t:") ? terms.getOrDefault(key.substring(2), 0) : 0;
  }

  /**
   * Smoothed inverse document frequency {@code ln(1 + (N + 1) / (df + 0.5))}: about {@code ln N} for a key seen
   * once, never below {@code ln 2}, so a key every profile carries still counts a little.
   */
  public double idf(String key) {
    return idf(count(key));
  }

  /** The IDF of an entity id. */
  double entityIdf(String entityId) {
    return idf(entities.getOrDefault(entityId, 0));
  }

  /** The IDF of a term. */
  double termIdf(String term) {
    return idf(terms.getOrDefault(term, 0));
  }

  private double idf(int count) {
    return Math.log(1 + (documents + 1.0) / (count + 0.5));
  }

  static String entityKey(String entityId) {
    return "e:" + entityId;
  }

  static String termKey(String term) {
    return "t:" + term;
  }
}
