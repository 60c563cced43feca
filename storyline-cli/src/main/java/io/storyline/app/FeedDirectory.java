package io.storyline.app;

import io.storyline.ingest.feed.FeedList;
import io.storyline.ingest.feed.FeedState;
import io.storyline.web.SourceDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * The data directory's followed feeds ({@code sources/feeds.json}) for {@code /api/sources}: the same
 * list {@code storyline sources} and {@code storyline watch} read and change, under the same file lock.
 */
public final class FeedDirectory implements SourceDirectory {
  private final FeedList feeds;
  private final boolean watching;
  private final Clock clock;

  /** @param watching whether this process runs the watch that polls the feeds */
  public FeedDirectory(FeedList feeds, boolean watching, Clock clock) {
    this.feeds = feeds;
    this.watching = watching;
    this.clock = clock;
  }

  @Override
  public boolean watching() {
    return watching;
  }

  @Override
  public List<Source> list() {
    return unchecked(() -> feeds.all().stream().map(FeedDirectory::view).toList());
  }

  @Override
  public boolean add(String url) {
    return unchecked(() -> feeds.add(url, clock.instant()));
  }

  @Override
  public boolean remove(String url) {
    return unchecked(() -> feeds.remove(url));
  }

  @Override
  public boolean pause(String url, boolean paused) {
    return unchecked(() -> feeds.pause(url, paused));
  }

  private interface FileCall<T> {
    T call() throws IOException;
  }

  /** The feed list's own I/O errors name its file; they reach the API as 500s. */
  private static <T> T unchecked(FileCall<T> call) {
    try {
      return call.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  private static Source view(FeedState f) {
    return new Source(f.url(), f.title(), f.status(), f.articles(), f.problems(), f.added(), f.lastPoll(), f.lastSuccess(),
        f.lastError(), f.paused() ? null : f.nextPoll());
  }
}
