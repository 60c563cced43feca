package io.storyline.app;

import io.storyline.core.Pipeline;
import io.storyline.ingest.feed.FeedList;
import io.storyline.ingest.feed.FeedParser;
import io.storyline.ingest.feed.FeedState;
import io.storyline.ingest.web.FetchResult;
import io.storyline.ingest.web.Fetcher;
import io.storyline.ingest.web.Validators;
import io.storyline.ingest.web.WebReader;
import io.storyline.ingest.dedup.UrlIndex;
import io.storyline.ingest.dedup.UrlNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Follows feeds: polls each when it is due (conditional requests, back-off when quiet or failing),
 * reads the pages of new entries through the ingest pipeline, and records every outcome, so that a
 * restarted watch goes on where the last one stopped. Pages already read, under any of their
 * addresses or as a near-duplicate text, are not stored again ({@link WatchBatch}).
 */
public final class Watch {

  /**
   * @param interval    the base time between two polls of a feed
   * @param maxPages    new pages read per poll of one feed at most; the rest wait for the next poll
   */
  public record Options(Duration interval, int maxPages) {
    public Options {
      if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
        throw new IllegalArgumentException("poll interval must be at least 1 s, got " + interval);
      }
      if (maxPages < 1) {
        throw new IllegalArgumentException("pages per poll must be at least 1, got " + maxPages);
      }
    }
  }

  /** What the watch tells its user: one line per poll and per problem. */
  public interface Events {
    void polled(FeedState state, String summary);

    void problem(String location, String reason);

    /** An article stored but analysed only in part: its analysis time ran out ({@code --analysis-time}). */
    void partial(String location, String reason);
  }

  private static final Duration LONGEST_SLEEP = Duration.ofSeconds(1);

  private final Workspace workspace;
  private final Pipeline pipeline;
  private final int threads;
  private final Fetcher fetcher;
  private final WebReader web;
  private final FeedList feeds;
  private final UrlIndex urls;
  private final Options options;
  private final Clock clock;
  private final FeedParser parser = new FeedParser();

  public Watch(Workspace workspace, Pipeline pipeline, int threads, Fetcher fetcher, FeedList feeds, UrlIndex urls,
      Options options, Clock clock) {
    this.workspace = workspace;
    this.pipeline = pipeline;
    this.threads = threads;
    this.fetcher = fetcher;
    this.web = new WebReader(fetcher);
    this.feeds = feeds;
    this.urls = urls;
    this.options = options;
    this.clock = clock;
  }

  /**
   * Polls due feeds until {@code stop} says so; with {@code once}, polls every due feed once and returns.
   *
   * @return feeds polled
   */
  public int run(BooleanSupplier stop, boolean once, Events events) throws InterruptedException, IOException {
    int polled = 0;
    while (!stop.getAsBoolean()) {
      List<FeedState> due = feeds.due(clock.instant());
      for (FeedState feed : due) {
        if (stop.getAsBoolean()) {
          return polled;
        }
        poll(feed, events);
        polled++;
      }
      if (once) {
        return polled;
      }
      Duration wait = feeds.nextDue().map(next -> Duration.between(clock.instant(), next)).orElse(LONGEST_SLEEP);
      Thread.sleep(Math.max(10, Math.min(wait.toMillis(), LONGEST_SLEEP.toMillis())));
    }
    return polled;
  }

  /** Polls one feed now and stores what is new; returns its state after. */
  public FeedState poll(FeedState feed, Events events) {
    Instant now = clock.instant();
    FeedState after = switch (fetcher.fetch(feed.url(), new Validators(feed.etag(), feed.lastModified()))) {
      case FetchResult.NotModified n -> feed.succeeded(now, null, feed.etag(), feed.lastModified(), 0, 0, options.interval());
      case FetchResult.Failure f -> feed.failed(now, f.reason(), options.interval(), f.retryAfter());
      case FetchResult.Body body -> read(feed, body, now, events);
    };
    try {
      feeds.update(after);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the feed list: " + e.getMessage(), e);
    }
    if (after.lastError() != null) {
      events.problem(feed.url(), after.lastError());
    }
    events.polled(after, after.lastError() != null ? "failed" : summary(feed, after));
    return after;
  }

  private static String summary(FeedState before, FeedState after) {
    long stored = after.articles() - before.articles();
    long problems = after.problems() - before.problems();
    return stored + " new article" + (stored == 1 ? "" : "s") + (problems > 0 ? ", " + problems + " page problem" + (problems == 1 ? "" : "s") : "");
  }

  private FeedState read(FeedState feed, FetchResult.Body body, Instant now, Events events) {
    FeedParser.Feed parsed;
    try {
      parsed = parser.parse(body.bytes(), body.charset() == null ? body.contentType() : body.contentType() + "; charset=" + body.charset());
    } catch (FeedParser.NotAFeed e) {
      return feed.failed(now, e.getMessage(), options.interval(), null);
    }
    List<FeedParser.Entry> fresh = new ArrayList<>();
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (FeedParser.Entry entry : parsed.entries()) {
      // one page per address key: a tracking variant of an entry waits for the next poll, which finds it read
      if (!urls.settled(entry.link()) && keys.add(UrlNormalizer.key(entry.link())) && fresh.size() < options.maxPages()) {
        fresh.add(entry);
      }
    }
    if (fresh.isEmpty()) {
      return feed.succeeded(now, parsed.title(), body.etag(), body.lastModified(), 0, 0, options.interval());
    }
    WatchBatch batch = new WatchBatch(urls, workspace.articles());
    IngestRun run = IngestRun.into(workspace, pipeline, (inputs, stdin, sink) -> {
      for (FeedParser.Entry entry : fresh) {
        web.readPage(entry.link(), WebReader.entryMeta(body.finalUrl(), parsed, entry), batch.sink(entry.link(), sink));
      }
    }, threads, batch);
    // the only writer while it runs: uploads and corrections of a serving process wait (serve --watch)
    IngestReport report = workspace.writing(() -> run.run(List.of(), InputStream.nullInputStream(), soFar -> {}));
    batch.finish();
    report.skipped().forEach(p -> events.problem(p.location(), p.reason()));
    report.failed().forEach(p -> events.problem(p.location(), p.reason()));
    report.partial().forEach(p -> events.partial(p.location(), p.reason()));
    return feed.succeeded(now, parsed.title(), body.etag(), body.lastModified(), report.stored() + report.updated(),
        batch.problems(), options.interval());
  }
}
