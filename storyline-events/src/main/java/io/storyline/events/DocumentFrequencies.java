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
 *
 * <p>Rarity is judged within each language too. In a corpus of several languages a word every Slovene text
 * writes ("lahko", "can") is carried by a tenth of all profiles and looked rare, and so did the home country of
 * each language's press: both tied articles together by language rather than by story. A key's document count for
 * IDF is therefore the larger of its count and its share of the profiles of the language that carries it most,
 * scaled to the whole corpus ({@link #MIN_LANGUAGE_PROFILES} profiles of a language before its share counts). The
 * two languages that carry each key most are tracked with a Misra-Gries summary of two counters per key, so memory
 * stays linear in the number of keys whatever the number of languages.
 */
public final class DocumentFrequencies implements java.io.Serializable {
  /** Profiles of a language needed before a key's share of them says how common it is in that language. */
  static final int MIN_LANGUAGE_PROFILES = 50;

  private final Keys entities = new Keys();
  private final Keys terms = new Keys();
  private final Map<String, Integer> languageIds = new HashMap<>();
  /** Profiles per language, by language id + 1 (0: no language). */
  private int[] languageProfiles = new int[8];
  private int documents;

  /** Counts one profile's entities and terms once each. */
  public void add(Profile profile) {
    documents++;
    int language = languageId(profile.language());
    languageProfiles[language]++;
    int[] seen = new int[profile.actors().size()];
    int n = 0;
    for (Actor a : profile.actors()) {
      seen[n++] = entities.id(a.entityId());
    }
    Arrays.sort(seen, 0, n);
    for (int i = 0; i < n; i++) {
      if (i == 0 || seen[i] != seen[i - 1]) {
        entities.count(seen[i], language);
      }
    }
    for (String t : profile.terms().keySet()) {
      terms.count(terms.id(t), language);
    }
  }

  private int languageId(String language) {
    int id = languageIds.computeIfAbsent(language, k -> languageIds.size() + 1);
    if (id >= languageProfiles.length) {
      languageProfiles = Arrays.copyOf(languageProfiles, languageProfiles.length * 2);
    }
    return id;
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
    if (key.startsWith("e:") || key.startsWith("t:")) {
      Keys keys = key.startsWith("e:") ? entities : terms;
      Integer id = keys.ids.get(key.substring(2));
      return id == null ? idf(0) : idf(keys.effectiveCount(id, languageProfiles, documents));
    }
    return idf(0);
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
    return idf(entities.effectiveCount(id, languageProfiles, documents));
  }

  /** The IDF of an interned term. */
  double termIdf(int id) {
    return idf(terms.effectiveCount(id, languageProfiles, documents));
  }

  private double idf(double count) {
    return Math.log(1 + (documents + 1.0) / (count + 0.5));
  }

  static String entityKey(String entityId) {
    return "e:" + entityId;
  }

  static String termKey(String term) {
    return "t:" + term;
  }

  /**
   * Interned strings with their document counts, and per key the two languages that carry it most: a Misra-Gries
   * summary with two counters, in which a language writing more than a third of the profiles that carry the key
   * keeps its counter, short by at most a third of those profiles.
   */
  private static final class Keys implements java.io.Serializable {
    final Map<String, Integer> ids = new HashMap<>();
    final List<String> names = new ArrayList<>();
    int[] counts = new int[1024];
    /** Language ids + 1 of the two counters per key (0: free). */
    int[] firstLanguage = new int[1024];
    int[] secondLanguage = new int[1024];
    int[] firstCount = new int[1024];
    int[] secondCount = new int[1024];

    int id(String name) {
      Integer id = ids.get(name);
      if (id != null) {
        return id;
      }
      int next = names.size();
      ids.put(name, next);
      names.add(name);
      if (next == counts.length) {
        int size = counts.length * 2;
        counts = Arrays.copyOf(counts, size);
        firstLanguage = Arrays.copyOf(firstLanguage, size);
        secondLanguage = Arrays.copyOf(secondLanguage, size);
        firstCount = Arrays.copyOf(firstCount, size);
        secondCount = Arrays.copyOf(secondCount, size);
      }
      return next;
    }

    /** Counts one more profile of {@code language} carrying key {@code id}. */
    void count(int id, int language) {
      counts[id]++;
      if (firstLanguage[id] == language) {
        firstCount[id]++;
      } else if (secondLanguage[id] == language) {
        secondCount[id]++;
      } else if (firstCount[id] == 0) {
        firstLanguage[id] = language;
        firstCount[id] = 1;
      } else if (secondCount[id] == 0) {
        secondLanguage[id] = language;
        secondCount[id] = 1;
      } else {
        firstCount[id]--;
        secondCount[id]--;
      }
    }

    /**
     * The count IDF uses: the key's document count, or its share of the profiles of a tracked language scaled to
     * all {@code documents}, whichever is larger.
     */
    double effectiveCount(int id, int[] languageProfiles, int documents) {
      double count = counts[id];
      count = Math.max(count, share(firstCount[id], firstLanguage[id], languageProfiles) * documents);
      return Math.max(count, share(secondCount[id], secondLanguage[id], languageProfiles) * documents);
    }

    private static double share(int count, int language, int[] languageProfiles) {
      int profiles = count == 0 ? 0 : languageProfiles[language];
      return profiles < MIN_LANGUAGE_PROFILES ? 0 : (double) count / profiles;
    }

    int count(String name) {
      Integer id = ids.get(name);
      return id == null ? 0 : counts[id];
    }
  }
}
