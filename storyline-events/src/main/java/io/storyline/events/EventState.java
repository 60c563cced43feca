package io.storyline.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The mutable state of one event inside the clusterer: its articles' profiles (without terms), their sums, the sums
 * of their language-neutral features ({@link Features#neutral}) and their languages.
 */
final class EventState implements java.io.Serializable {
  /** Entities and terms kept per event centroid, each. */
  static final int MAX_KEYS = 300;
  private static final Comparator<Profile> BEST_DATE = Comparator
      .comparingInt((Profile p) -> p.time().yearKnown() ? 0 : p.time().placed() ? 1 : 2)
      .thenComparingDouble(p -> -p.dateConfidence());

  final String id;
  final long seq;
  final List<Profile> members = new ArrayList<>();
  final Centroid centroid = new Centroid(MAX_KEYS);
  private final Centroid neutral = new Centroid(MAX_KEYS);
  private final Set<String> languages = new TreeSet<>();
  private final Map<String, Integer> kinds = new TreeMap<>();
  private Profile dated;

  EventState(String id, long seq) {
    this.id = id;
    this.seq = seq;
  }

  void add(Profile light, Features features, Features neutralFeatures) {
    members.add(light);
    languages.add(light.language());
    kinds.merge(light.kind(), 1, Integer::sum);
    centroid.add(features, 1);
    neutral.add(neutralFeatures, 1);
    if (dated == null || BEST_DATE.compare(light, dated) < 0) {
      dated = light;
    }
  }

  void absorb(EventState other) {
    for (Profile p : other.members) {
      members.add(p);
      languages.add(p.language());
      kinds.merge(p.kind(), 1, Integer::sum);
      if (BEST_DATE.compare(p, dated) < 0) {
        dated = p;
      }
    }
    centroid.add(other.centroid);
    neutral.add(other.neutral);
  }

  /** Whether an article of {@code language} is among the event's. */
  boolean speaks(String language) {
    return languages.contains(language);
  }

  /** Whether the event shares a language with {@code other}. */
  boolean sharesLanguage(EventState other) {
    for (String l : other.languages) {
      if (languages.contains(l)) {
        return true;
      }
    }
    return false;
  }

  /** The most frequent kind other than {@code report}, ties broken by {@link EventKinds#ALL} order. */
  String kind() {
    String best = EventKinds.REPORT;
    int votes = 0;
    for (String k : EventKinds.ALL) {
      int n = kinds.getOrDefault(k, 0);
      if (n > votes) {
        best = k;
        votes = n;
      }
    }
    return best;
  }

  /** The member whose event date is the most precise and confident. */
  Profile dated() {
    return dated;
  }

  EventTime time() {
    return dated.time();
  }

  Features features() {
    return centroid.features(time());
  }

  /** The summed language-neutral features (entities, concept terms, numbers), dated as the event. */
  Features neutralFeatures() {
    return neutral.features(time());
  }
}
