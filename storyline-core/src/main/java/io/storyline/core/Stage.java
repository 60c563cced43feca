package io.storyline.core;

import java.util.Set;

/**
 * One step of the analysis: an article in, an annotated article out.
 *
 * <p>A stage declares the layers it {@link #requires()} and the ones it {@link #provides()}; the
 * {@link Pipeline} builder rejects an order in which a requirement is not met. Stages hold no
 * mutable global state and must be safe to call from several threads: load models and resources
 * once, in the constructor.
 */
public interface Stage {
  /** Short, stable name recorded as provenance on everything this stage produces. */
  String name();

  Set<Layer<?>> requires();

  Set<Layer<?>> provides();

  /** Annotates the article. Throwing marks this article as failed at this stage; others go on. */
  Article apply(Article article);

  /**
   * The article with this stage's layers as when it finds nothing, for an analysis cut short before or during this
   * stage ({@link AnalysisBudget}): what later stages and the writer need, at a cost independent of the text's size.
   * By default the article as it is, for stages whose layers everything downstream may lack.
   */
  default Article skip(Article article) {
    return article;
  }
}
