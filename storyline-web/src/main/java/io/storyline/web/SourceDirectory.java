package io.storyline.web;

import java.time.Instant;
import java.util.List;

/**
 * The followed feeds behind {@code /api/sources}: listed, added, removed, paused and resumed. The
 * application plugs in the data directory's feed list; {@link #NONE} answers every request 503.
 */
public interface SourceDirectory {
  /** No feed list configured. */
  SourceDirectory NONE = new SourceDirectory() {
    @Override
    public boolean available() {
      return false;
    }

    @Override
    public boolean watching() {
      return false;
    }

    @Override
    public List<Source> list() {
      return List.of();
    }

    @Override
    public boolean add(String url) {
      throw new IllegalStateException("no feed list on this server");
    }

    @Override
    public boolean remove(String url) {
      throw new IllegalStateException("no feed list on this server");
    }

    @Override
    public boolean pause(String url, boolean paused) {
      throw new IllegalStateException("no feed list on this server");
    }
  };

  default boolean available() {
    return true;
  }

  /** Whether this process polls the feeds (serve --watch); otherwise another process or nobody does. */
  boolean watching();

  /** Every followed feed, in the order added. */
  List<Source> list();

  /** Follows an http(s) feed URL, due at once; false when it is followed already. */
  boolean add(String url);

  /** Stops following a feed (its articles stay); false when it is not followed. */
  boolean remove(String url);

  /** Pauses or resumes a feed; false when it is not followed. */
  boolean pause(String url, boolean paused);

  /**
   * One followed feed.
   *
   * @param state       {@code new} (never polled), {@code ok}, {@code failing} (the last poll failed) or {@code paused}
   * @param articles    articles stored from it
   * @param problems    its pages that could not be read
   * @param lastSuccess the last poll that read it (or heard it had not changed), or null
   * @param lastError   the last poll's problem, or null when it succeeded
   * @param nextPoll    when it is due next, or null while paused
   */
  record Source(String url, String title, String state, long articles, long problems, Instant added, Instant lastPoll,
      Instant lastSuccess, String lastError, Instant nextPoll) {}
}
