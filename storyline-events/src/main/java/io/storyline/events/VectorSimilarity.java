package io.storyline.events;

import io.storyline.core.Article;

/**
 * A dense-vector view of articles, for the neural tier to fill (a multilingual sentence encoder). The offline tier
 * has none; when both profiles carry a vector, {@link ArticleSimilarity} blends its similarity in with the
 * {@link ArticleSimilarity.Weights#vector()} weight.
 */
public interface VectorSimilarity {

  /** The article's vector, or {@code null} when it cannot be embedded. */
  float[] embed(Article article);

  /** Similarity of two vectors in {@code [0, 1]}; by default the cosine, clipped at 0. */
  default double similarity(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors differ in dimension: " + a.length + " and " + b.length);
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : Math.max(0, dot / Math.sqrt(na * nb));
  }
}
