package io.storyline.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An inverted index from salient keys (entity ids, terms) to the groups (events, storylines) that carry them. Each
 * posting list keeps only the {@code limit} most recently updated groups, so a lookup costs at most
 * {@code keys * limit} whatever the size of the corpus.
 */
final class PostingIndex implements java.io.Serializable {
  private final int limit;
  private final Map<String, ArrayDeque<String>> postings = new HashMap<>();

  PostingIndex(int limit) {
    this.limit = limit;
  }

  /** Records that {@code group} carries {@code key}, as its most recent posting. */
  void post(String key, String group) {
    ArrayDeque<String> list = postings.computeIfAbsent(key, k -> new ArrayDeque<>());
    if (group.equals(list.peekLast())) {
      return;
    }
    list.remove(group);
    list.addLast(group);
    if (list.size() > limit) {
      list.removeFirst();
    }
  }

  /**
   * The groups sharing most weighted keys with the query, at most {@code max}, best first (ties: the earlier-posted
   * first). {@code resolve} maps a group id to its current id (merged groups) or null when it is gone.
   */
  List<String> candidates(Map<String, Double> weightedKeys, int max, UnaryOperator<String> resolve) {
    Map<String, Double> hits = new LinkedHashMap<>();
    for (Map.Entry<String, Double> k : weightedKeys.entrySet()) {
      ArrayDeque<String> list = postings.get(k.getKey());
      if (list == null) {
        continue;
      }
      for (String group : list) {
        String current = resolve.apply(group);
        if (current != null) {
          hits.merge(current, k.getValue(), Double::sum);
        }
      }
    }
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(hits.entrySet());
    ranked.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue()));
    List<String> out = new ArrayList<>(Math.min(max, ranked.size()));
    for (int i = 0; i < ranked.size() && i < max; i++) {
      out.add(ranked.get(i).getKey());
    }
    return out;
  }

  /** Groups posted under {@code key} (some may since have merged into others), at most the limit. */
  int count(String key) {
    ArrayDeque<String> list = postings.get(key);
    return list == null ? 0 : list.size();
  }

  /** Keys indexed. */
  int size() {
    return postings.size();
  }
}
