package io.storyline.ingest.feed;

import java.time.Duration;
import java.time.Instant;

/**
 * What is known about one followed feed: its validators for conditional requests, the outcome of
 * its polls, counts, and when it is next due.
 *
 * @param lastSuccess  the last poll that read the feed (or heard it had not changed), or null
 * @param lastError    the last poll's problem, or null when the last poll succeeded
 * @param failures     polls failed in a row
 * @param quietPolls   polls in a row that found nothing new
 * @param articles     articles stored from the feed
 * @param problems     pages of the feed that could not be read
 */
public record FeedState(String url, String title, boolean paused, Instant added, String etag, String lastModified,
    Instant lastPoll, Instant lastSuccess, String lastError, int failures, int quietPolls, long articles, long problems,
    Instant nextPoll) {

  /** A feed just added: due at once. */
  public static FeedState added(String url, Instant now) {
    return new FeedState(url, null, false, now, null, null, null, null, null, 0, 0, 0, 0, now);
  }

  /** {@code paused}, {@code failing} (the last poll failed), {@code new} (never polled) or {@code ok}. */
  public String status() {
    return paused ? "paused" : lastError != null ? "failing" : lastPoll == null ? "new" : "ok";
  }

  public FeedState paused(boolean paused) {
    return new FeedState(url, title, paused, added, etag, lastModified, lastPoll, lastSuccess, lastError, failures,
        quietPolls, articles, problems, nextPoll);
  }

  /**
   * After a poll that read the feed (or got "not modified").
   *
   * @param newArticles articles stored from it this time; {@code newProblems} pages that failed
   */
  public FeedState succeeded(Instant now, String title, String etag, String lastModified, long newArticles, long newProblems,
      Duration interval) {
    int quiet = newArticles > 0 ? 0 : quietPolls + 1;
    FeedState next = new FeedState(url, title == null ? this.title : title, paused, added, etag, lastModified, now, now, null,
        0, quiet, articles + newArticles, problems + newProblems, null);
    return next.dueAt(now.plus(PollSchedule.afterSuccess(interval, quiet)));
  }

  /** After a poll that failed; {@code retryAfter} (or null) is how long the server asked to wait. */
  public FeedState failed(Instant now, String error, Duration interval, Duration retryAfter) {
    FeedState next = new FeedState(url, title, paused, added, etag, lastModified, now, lastSuccess, error, failures + 1,
        quietPolls, articles, problems, null);
    return next.dueAt(now.plus(PollSchedule.afterFailure(interval, failures + 1, retryAfter)));
  }

  public FeedState dueAt(Instant when) {
    return new FeedState(url, title, paused, added, etag, lastModified, lastPoll, lastSuccess, lastError, failures,
        quietPolls, articles, problems, when);
  }
}
