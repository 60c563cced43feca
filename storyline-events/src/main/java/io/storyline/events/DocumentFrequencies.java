package io.storyline.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many profiles carry each entity and term, kept incrementally as profiles arrive, for IDF weights: rarer
 * entities and terms weigh more. Also interns them: each entity id and term gets a small int id, which
 * {@link Features} and {@link Centroid} use instead of the strings. Not thread-safe: the single writer that
 * clusters also counts.
 */
public final class DocumentFrequencies {
  private final Keys entities = new Keys();
  private final Keys terms = new Keys();
  private int documents;

  /** Counts one profile's entities and terms once each. */
  public void add(Profile profile) {
    documents++;
    int[] seen = new int[profile.actors().size()];
    int n = 0;
    for (Actor a : profile.actors()) {
      seen[n++] = entities.id(a.entityId());
    }
    Arrays.sort(seen, 0, n);
    for (int i = 0; i < n; i++) {
      if (i == 0 || seen[i] != seen[i - 1]) {
        entities.counts[seen[i]]++;
      }
    }
    for (String t : profile.terms().keySet()) {
      int id = terms.id(t); // may grow the counts array: look it up afterwards
      terms.counts[id]++;
    }
  }

  public int documents() {
    return documents;
  }

  /** Profiles carrying {@code key} ({@link #entityKey} or {@link #termKey}). */
  public int count(String key) {
    return key.startsWith("e:") ? entities.count(key.substring(2))
        : key.startsWith("t:") ? terms.count(key.substring(2)) : 0;
  }

  /**
   * Smoothed inverse document frequency {@code ln(1 + (N + 1) / (df + 0.5))}: about {@code ln N} for a key seen
   * once, never below {@code ln 2}, so a key every profile carries still counts a little.
   */
  public double idf(String key) {
    return idf(count(key));
  }

  /** The interned id of an entity id (interned now if new, with count 0). */
  int entityId(String entityId) {
    return entities.id(entityId);
  }

  /** The interned id of a term (interned now if new, with count 0). */
  int termId(String term) {
    return terms.id(term);
  }

  String entityName(int id) {
    return entities.names.get(id);
  }

  String term(int id) {
    return terms.names.get(id);
  }

  /** The IDF of an interned entity. */
  double entityIdf(int id) {
    return idf(entities.counts[id]);
  }

  /** The IDF of an interned term. */
  double termIdf(int id) {
    return idf(terms.counts[id]);
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

  /** Interned strings with their document counts. */
  private static final class Keys {
    final Map<String, Integer> ids = new HashMap<>();
    final List<String> names = new ArrayList<>();
    int[] counts = new int[1024];

    int id(String name) {
      Integer id = ids.get(name);
      if (id != null) {
        return id;
      }
      int next = names.size();
      ids.put(name, next);
      names.add(name);
      if (next == counts.length) {
        counts = Arrays.copyOf(counts, counts.length * 2);
      }
      return next;
    }

    int count(String name) {
      Integer id = ids.get(name);
      return id == null ? 0 : counts[id];
    }
  }
}
