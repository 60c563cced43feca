package io.storyline.web;

import java.io.InputStream;
import java.util.List;

/**
 * Takes documents posted to {@code POST /api/ingest} through the analysis pipeline into the store and
 * the search index. {@link #NONE} refuses; the application plugs in the real pipeline.
 */
public interface IngestHandler {
  /** No ingest configured: every request is answered 503. */
  IngestHandler NONE = new IngestHandler() {
    @Override
    public boolean available() {
      return false;
    }

    @Override
    public IngestSummary ingest(InputStream body, String name) {
      throw new IllegalStateException("ingest is not configured on this server");
    }
  };

  default boolean available() {
    return true;
  }

  /**
   * Reads, analyses, stores and indexes the documents in {@code body}; returns once they are durable.
   *
   * @param body the bytes posted (already limited in size): JSON Lines, HTML or plain text
   * @param name the uploaded file's name, or {@code upload.jsonl} / {@code upload.txt} for a plain body
   */
  IngestSummary ingest(InputStream body, String name);

  /**
   * What one ingest request did.
   *
   * @param ids      ids of the articles stored or updated
   * @param rejected inputs (or JSON lines) that could not be read or analysed, with why
   * @param partial  articles stored but analysed only in part (their analysis time ran out), with the stage
   *                 that stopped and the stages not run
   */
  record IngestSummary(int stored, int duplicates, List<String> ids, List<Rejection> rejected, List<Rejection> partial) {
    public IngestSummary {
      ids = List.copyOf(ids);
      rejected = List.copyOf(rejected);
      partial = List.copyOf(partial);
    }

    /** A summary of an upload in which every stored article was analysed whole. */
    public IngestSummary(int stored, int duplicates, List<String> ids, List<Rejection> rejected) {
      this(stored, duplicates, ids, rejected, List.of());
    }
  }

  /** One input that was not stored, or stored in part: where ({@code upload.jsonl:3}) and why. */
  record Rejection(String location, String reason) {}
}
