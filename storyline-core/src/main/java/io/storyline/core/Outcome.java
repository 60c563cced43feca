package io.storyline.core;

/** What happened to one article in the pipeline: processed, or failed at a named stage. */
public sealed interface Outcome {
  record Processed(Article article) implements Outcome {}

  record Failed(String articleId, String source, String stage, String reason) implements Outcome {}
}
