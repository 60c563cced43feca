package io.storyline.events;

import io.storyline.entities.lexicon.LanguageData;
import java.util.HashMap;
import java.util.Map;

/**
 * What similarity compares: entity weights (salience), term counts, the time, and an optional dense vector, over
 * the keys a {@link DocumentFrequencies} interned. An article's features come from its profile; an event's are the
 * sums over its articles ({@link Centroid}). {@code knownNamesOnly} marks an article in a script without capitals,
 * whose entities are only the names the gazetteer knows (mostly places), a weaker sign of the same story.
 */
record Features(SparseVector entities, SparseVector terms, EventTime time, float[] vector, boolean knownNamesOnly) {

  Features(SparseVector entities, SparseVector terms, EventTime time, float[] vector) {
    this(entities, terms, time, vector, false);
  }

  /**
   * The features event clustering and storylines compare: the profile's plain terms ({@link Terms#plain}), interning
   * its entity ids and terms in {@code keys}.
   */
  static Features of(Profile p, DocumentFrequencies keys) {
    return of(p, Terms.plain(p.terms()), keys);
  }

  /** The features pairwise similarity compares: concept terms in place of the prefixes they cover ({@link Terms#pairwise}). */
  static Features pairwise(Profile p, DocumentFrequencies keys) {
    return of(p, Terms.pairwise(p.terms()), keys);
  }

  /**
   * The language-neutral features cross-lingual event clustering compares: entities, concept terms and numbers
   * ({@link Terms#neutral}).
   */
  static Features neutral(Profile p, DocumentFrequencies keys) {
    return of(p, Terms.neutral(p.terms()), keys);
  }

  /**
   * The features of the headline alone: its terms with concepts in place of the prefixes they cover, as
   * {@link #pairwise} compares the whole text.
   */
  static Features headline(Profile p, DocumentFrequencies keys) {
    return of(p, Terms.pairwise(Terms.of(p.headline(), p.language())), keys);
  }

  private static Features of(Profile p, Map<String, Integer> terms, DocumentFrequencies keys) {
    Map<Integer, Float> entities = new HashMap<>();
    for (Actor a : p.actors()) {
      entities.merge(keys.entityId(a.entityId()), (float) a.salience(), Float::sum);
    }
    int[] entityIds = new int[entities.size()];
    float[] entityWeights = new float[entities.size()];
    int n = 0;
    for (Map.Entry<Integer, Float> e : entities.entrySet()) {
      entityIds[n] = e.getKey();
      entityWeights[n++] = e.getValue();
    }
    int[] termIds = new int[terms.size()];
    float[] termWeights = new float[termIds.length];
    n = 0;
    for (Map.Entry<String, Integer> t : terms.entrySet()) {
      termIds[n] = keys.termId(t.getKey());
      termWeights[n++] = t.getValue();
    }
    return new Features(SparseVector.of(entityIds, entityWeights, entityIds.length),
        SparseVector.of(termIds, termWeights, termIds.length), p.time(), p.vector(),
        !LanguageData.of(p.language()).writesCapitals());
  }
}
