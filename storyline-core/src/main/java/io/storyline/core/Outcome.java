package io.storyline.core;

import java.util.List;

/** What happened to one article in the pipeline: processed, processed in part, or failed at a named stage. */
public sealed interface Outcome {
  record Processed(Article article) implements Outcome {}

  /**
   * Analysed in part: the analysis used its time ({@link AnalysisBudget}) at {@code stage}; the article carries the
   * layers of the stages that finished and, from {@code stage} on ({@code skipped}), each stage's "nothing found"
   * ({@link Stage#skip}), so everything downstream takes it as any article. Its meta {@value #META} says so.
   */
  record Partial(Article article, String stage, List<String> skipped, String reason) implements Outcome {
    /** The meta key of a partly analysed article: which stages did not run, and why. */
    public static final String META = "analysis";

    public Partial {
      skipped = List.copyOf(skipped);
    }
  }

  record Failed(String articleId, String source, String stage, String reason) implements Outcome {}
}
