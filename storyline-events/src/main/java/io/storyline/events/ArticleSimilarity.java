package io.storyline.events;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Cross-lingual similarity of an article and an event (or of two events, or one view of two articles for
 * {@link PairwiseSimilarity}) without translation:
 * <ul>
 *   <li><b>entities</b>: cosine of the registry-entity vectors, each entity weighted by salience times IDF, so
 *       shared rare entities count most; canonical ids are the same in every language and script;</li>
 *   <li><b>terms</b>: cosine of the normalised-term vectors ({@link Terms}: romanised, reduced, prefix-cut, numbers
 *       kept, or the concept terms that the {@link Features} compared carry), weighted by {@code 1 + ln tf} times
 *       IDF;</li>
 *   <li><b>vector</b>: the dense-vector similarity, when both sides carry a vector;</li>
 *   <li><b>time</b>: a factor from the gap between the event dates, {@code 1 - timePenalty * (1 - e^(-gap/timeScaleDays))};
 *       1 when either date places nothing (an unknown year still compares days of the year).</li>
 * </ul>
 * {@code total = time * (sqrt(entities) * we + sqrt(terms) * wt [+ vector * wv]) / (we + wt [+ wv])}: cosines of
 * sparse vectors crowd near 0, and the square root spreads them so the total grows more evenly with relatedness
 * (Pearson with human judgements 0.65 rather than 0.62). The entity part counts 0 when either side is written without
 * capitals, whose entities are only the names the gazetteer knows. IDF comes from the given
 * {@link DocumentFrequencies}, which the caller keeps up to date.
 */
public final class ArticleSimilarity implements java.io.Serializable {
  /** Share by which the corpus may grow before a cached norm is recomputed. */
  private static final double NORM_REFRESH = 1.0 / 64;

  private final Weights weights;
  private final DocumentFrequencies frequencies;
  private final VectorSimilarity vectors;

  /**
   * The weights of the parts of the similarity.
   *
   * @param entities      weight of the entity cosine
   * @param terms         weight of the term cosine
   * @param vector        weight of the dense-vector similarity (used only when both sides have vectors)
   * @param timePenalty   how much a distant date can take off, in {@code [0, 1]}
   * @param timeScaleDays days over which the time factor falls by {@code 1 - 1/e} of the penalty
   */
  public record Weights(double entities, double terms, double vector, double timePenalty, double timeScaleDays) implements java.io.Serializable {
    /**
     * Article-to-event similarity for clustering: entities weigh more, since reports of one happening in two
     * languages share entities but few terms; a date gap lowers the score.
     */
    public static final Weights CLUSTERING = new Weights(0.6, 0.4, 1.0, 0.5, 10);
    /**
     * Language-neutral similarity of an article and an event in other languages ({@link Features#neutral}: entities,
     * concept terms, numbers): the concepts weigh as much as the entities, since the same people in two languages
     * are as often two happenings of one story as one happening (chosen on the tuning half of the topic stream,
     * docs/quality-events.md).
     */
    public static final Weights CROSS_LINGUAL = new Weights(0.5, 0.5, 1.0, 0.5, 10);

    public Weights {
      if (entities < 0 || terms < 0 || vector < 0 || entities + terms == 0) {
        throw new IllegalArgumentException("weights must be >= 0 with entities + terms > 0, found entities " + entities
            + ", terms " + terms + ", vector " + vector);
      }
      if (timePenalty < 0 || timePenalty > 1 || timeScaleDays <= 0) {
        throw new IllegalArgumentException("timePenalty must be in [0, 1] and timeScaleDays > 0, found " + timePenalty
            + " and " + timeScaleDays);
      }
    }
  }

  /**
   * The parts and the total of one comparison, each in {@code [0, 1]}.
   *
   * @param time   the time factor (1 when the dates say nothing)
   * @param vector the dense-vector similarity, or -1 when not both sides have vectors
   */
  public record Score(double entities, double terms, double vector, double time, double total) {}

  public ArticleSimilarity(Weights weights, DocumentFrequencies frequencies) {
    this(weights, frequencies, null);
  }

  /** A similarity that also blends in {@code vectors} (may be null) when both profiles carry a vector. */
  public ArticleSimilarity(Weights weights, DocumentFrequencies frequencies, VectorSimilarity vectors) {
    this.weights = Objects.requireNonNull(weights, "weights");
    this.frequencies = Objects.requireNonNull(frequencies, "frequencies");
    this.vectors = vectors;
  }

  public Weights weights() {
    return weights;
  }

  Score compare(Features a, Features b) {
    double entities = cosine(a.entities(), b.entities(), true);
    double terms = cosine(a.terms(), b.terms(), false);
    // known names alone (the places of an Arabic or Chinese text) do not tell stories apart: Arabic news name the
    // same few countries whatever the story (SemEval ar-ar Pearson 0.447 without them, 0.435 at a quarter weight)
    double we = a.knownNamesOnly() || b.knownNamesOnly() ? 0 : weights.entities();
    double sum = we * Math.sqrt(entities) + weights.terms() * Math.sqrt(terms);
    double norm = weights.entities() + weights.terms();
    double vector = -1;
    if (vectors != null && a.vector() != null && b.vector() != null && weights.vector() > 0) {
      vector = vectors.similarity(a.vector(), b.vector());
      sum += weights.vector() * vector;
      norm += weights.vector();
    }
    double time = timeFactor(a.time(), b.time());
    return new Score(entities, terms, vector, time, time * sum / norm);
  }

  /** The time factor of two dates (1 when either places nothing). */
  double timeFactor(EventTime a, EventTime b) {
    OptionalLong gap = a.gapDays(b);
    return gap.isEmpty() ? 1.0
        : 1.0 - weights.timePenalty() * (1.0 - Math.exp(-gap.getAsLong() / weights.timeScaleDays()));
  }

  /** The IDF-weighted cosine of two sparse vectors: one merge pass over their ascending ids. */
  private double cosine(SparseVector a, SparseVector b, boolean entities) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      if (a.ids[i] < b.ids[j]) {
        i++;
      } else if (b.ids[j] < a.ids[i]) {
        j++;
      } else {
        double idf = idf(a.ids[i], entities);
        dot += weight(a.weights[i++], entities) * weight(b.weights[j++], entities) * idf * idf;
      }
    }
    return dot == 0 ? 0 : Math.min(1, dot / (norm(a, entities) * norm(b, entities)));
  }

  /**
   * The IDF-weighted norm of {@code v}, cached in it until the corpus grows by more than {@link #NORM_REFRESH} of
   * its size: an event is compared with many articles, and recomputing its norm (a logarithm per key) each time
   * was most of the cost of clustering. Staleness changes IDF by well under one percent.
   */
  private double norm(SparseVector v, boolean entities) {
    int documents = frequencies.documents();
    if (v.normDocuments >= 0 && documents - v.normDocuments <= v.normDocuments * NORM_REFRESH) {
      return v.norm;
    }
    double sum = 0;
    for (int k = 0; k < v.size(); k++) {
      double x = weight(v.weights[k], entities) * idf(v.ids[k], entities);
      sum += x * x;
    }
    v.norm = Math.sqrt(sum);
    v.normDocuments = documents;
    return v.norm;
  }

  private double idf(int id, boolean entities) {
    return entities ? frequencies.entityIdf(id) : frequencies.termIdf(id);
  }

  private static double weight(double raw, boolean entities) {
    return entities ? raw : 1 + Math.log(raw);
  }
}
