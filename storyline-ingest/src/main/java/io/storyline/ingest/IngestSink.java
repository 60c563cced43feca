package io.storyline.ingest;

import io.storyline.core.Article;

/** Receives what {@link Ingestor} read, in input order, on the thread that called it. */
public interface IngestSink {

  /** One document read successfully. */
  void accept(Article article);

  /**
   * One input, or one line of it, could not be read.
   *
   * @param location the input and, for JSON Lines, the line: {@code data/a.jsonl:17}
   * @param reason   why, e.g. {@code invalid JSON: Unexpected character ...}
   */
  void reject(String location, String reason);
}
