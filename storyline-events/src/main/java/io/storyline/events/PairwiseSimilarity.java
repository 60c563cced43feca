package io.storyline.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * How similar two articles are, from their stored profiles, across languages and scripts: a blend of four views of
 * the same two texts, each the square root of an IDF-weighted cosine ({@link ArticleSimilarity}), times the time
 * factor of their event dates:
 * <ul>
 *   <li><b>entities</b>: registry entities (the same ids in every language and script), 0 when either text is in a
 *       script without capitals ({@link ArticleSimilarity});</li>
 *   <li><b>concepts</b>: terms with translingual concepts in place of the word prefixes they cover
 *       ({@link Terms#pairwise}: {@code szczyt} and {@code summit} meet);</li>
 *   <li><b>words</b>: the word prefixes and numbers themselves ({@link Terms#plain}: cognates and names meet, and a
 *       word counts even where a concept covers it);</li>
 *   <li><b>headline</b>: the concept terms of the two headlines alone, what the story is about before the body's
 *       background.</li>
 * </ul>
 * {@code total = time * (we sqrt(entities) + wc sqrt(concepts) + ww sqrt(words) + wh sqrt(headline)) / (we + wc + ww +
 * wh)}, where the entity view counts 0 when it is left out. The weights are in
 * {@code pairwise-similarity.properties} beside this class, with how they were chosen. Event clustering and
 * storylines do not use this blend: they compare profiles with events through {@link ArticleSimilarity} directly.
 */
public final class PairwiseSimilarity {
  private static final String RESOURCE = "pairwise-similarity.properties";

  private final Weights weights;
  private final DocumentFrequencies frequencies;
  private final ArticleSimilarity parts;

  /**
   * The weights of the four views and of the time factor.
   *
   * @param entities      weight of the entity view
   * @param concepts      weight of the concept-term view
   * @param words         weight of the word-prefix view
   * @param headline      weight of the headline view
   * @param timePenalty   how much a distant date can take off, in {@code [0, 1]}
   * @param timeScaleDays days over which the time factor falls by {@code 1 - 1/e} of the penalty
   */
  public record Weights(double entities, double concepts, double words, double headline, double timePenalty,
      double timeScaleDays) {
    public Weights {
      for (double w : List.of(entities, concepts, words, headline)) {
        if (!(w >= 0)) {
          throw new IllegalArgumentException("weights must be >= 0, found entities " + entities + ", concepts "
              + concepts + ", words " + words + ", headline " + headline);
        }
      }
      if (concepts + words + headline == 0) {
        throw new IllegalArgumentException("at least one of the concepts, words and headline weights must be > 0");
      }
      new ArticleSimilarity.Weights(1, 1, 0, timePenalty, timeScaleDays); // checks the time parameters, naming them
    }

    /** The weights that ship, read from {@code pairwise-similarity.properties}. */
    public static Weights bundled() {
      Properties p = new Properties();
      try (InputStream in = PairwiseSimilarity.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the resource " + RESOURCE + " is missing beside " + PairwiseSimilarity.class);
        }
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
      return new Weights(number(p, "entities"), number(p, "concepts"), number(p, "words"), number(p, "headline"),
          number(p, "timePenalty"), number(p, "timeScaleDays"));
    }

    private static double number(Properties p, String key) {
      String value = p.getProperty(key);
      if (value == null) {
        throw new IllegalArgumentException(RESOURCE + ": '" + key + "' is missing; it needs entities, concepts, "
            + "words, headline, timePenalty and timeScaleDays");
      }
      try {
        return Double.parseDouble(value.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(RESOURCE + ": '" + key + "' must be a number, found '" + value + "'", e);
      }
    }
  }

  /**
   * The views (each a cosine in {@code [0, 1]} before its square root), the time factor and the total.
   *
   * @param entities the entity cosine (counted 0 in the total when the entity view is left out)
   */
  public record Score(double entities, double concepts, double words, double headline, double time, double total) {}

  /** A similarity with {@code weights}, whose IDF comes from {@code frequencies} (which the caller keeps up to date). */
  public PairwiseSimilarity(Weights weights, DocumentFrequencies frequencies) {
    this.weights = Objects.requireNonNull(weights, "weights");
    this.frequencies = Objects.requireNonNull(frequencies, "frequencies");
    // only its parts are read (the cosines and the time factor), not its total: the blend is this class's
    this.parts = new ArticleSimilarity(new ArticleSimilarity.Weights(1, 1, 0, weights.timePenalty(),
        weights.timeScaleDays()), frequencies);
  }

  public Weights weights() {
    return weights;
  }

  /** How similar the two articles are. */
  public Score compare(Profile a, Profile b) {
    Features ca = Features.pairwise(a, frequencies);
    Features cb = Features.pairwise(b, frequencies);
    ArticleSimilarity.Score concepts = parts.compare(ca, cb);
    double words = parts.compare(Features.of(a, frequencies), Features.of(b, frequencies)).terms();
    double headline = parts.compare(Features.headline(a, frequencies), Features.headline(b, frequencies)).terms();
    boolean withEntities = !ca.knownNamesOnly() && !cb.knownNamesOnly();
    double we = withEntities ? weights.entities() : 0;
    double sum = we * Math.sqrt(concepts.entities()) + weights.concepts() * Math.sqrt(concepts.terms())
        + weights.words() * Math.sqrt(words) + weights.headline() * Math.sqrt(headline);
    double norm = weights.entities() + weights.concepts() + weights.words() + weights.headline();
    return new Score(concepts.entities(), concepts.terms(), words, headline, concepts.time(),
        concepts.time() * sum / norm);
  }
}
