package io.storyline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSourcesTest {

  @TempDir Path dir;

  @Test
  void readsAUrlAFileOfUrlsAndAnOpmlFile() throws IOException {
    Path list = Files.writeString(dir.resolve("feeds.txt"), "# news\nhttps://a.example/rss\n\n  https://b.example/atom  \nhttps://a.example/rss\n");
    Path opml = Files.writeString(dir.resolve("subs.opml"), """
        <?xml version="1.0"?><opml version="2.0"><body>
          <outline text="News"><outline text="A" type="rss" xmlUrl="https://a.example/rss"/></outline>
          <outline text="C" xmlUrl="https://c.example/feed.xml"/><outline text="no feed"/>
        </body></opml>""");

    assertThat(FeedSources.read("https://x.example/rss")).containsExactly("https://x.example/rss");
    assertThat(FeedSources.read(list.toString())).containsExactly("https://a.example/rss", "https://b.example/atom");
    assertThat(FeedSources.read(opml.toString())).containsExactly("https://a.example/rss", "https://c.example/feed.xml");
    assertThatThrownBy(() -> FeedSources.read(dir.resolve("missing.txt").toString()))
        .hasMessageContaining("missing.txt is neither a URL (http://, https://) nor a file of feed URLs or OPML");
  }

  @Test
  void backsOffAfterQuietAndFailedPollsAndHonoursRetryAfter() {
    Instant t = Instant.parse("2026-12-07T10:00:00Z");
    Duration interval = Duration.ofMinutes(15);
    FeedState feed = FeedState.added("https://a.example/rss", t);

    FeedState news = feed.succeeded(t, "A", "\"e\"", null, 3, 0, interval);
    FeedState quiet = news.succeeded(t, null, "\"e\"", null, 0, 0, interval).succeeded(t, null, "\"e\"", null, 0, 0, interval);
    FeedState failing = news.failed(t, "HTTP 503", interval, null);
    FeedState told = news.failed(t, "HTTP 429", interval, Duration.ofHours(2));
    FeedState longQuiet = quiet;
    for (int i = 0; i < 10; i++) {
      longQuiet = longQuiet.succeeded(t, null, null, null, 0, 0, interval);
    }

    assertThat(news.nextPoll()).isEqualTo(t.plus(interval));
    assertThat(news.articles()).isEqualTo(3);
    assertThat(quiet.nextPoll()).isEqualTo(t.plus(interval.multipliedBy(4)));
    assertThat(failing.nextPoll()).isEqualTo(t.plus(interval.multipliedBy(2)));
    assertThat(failing.lastError()).isEqualTo("HTTP 503");
    assertThat(failing.lastSuccess()).isEqualTo(t);
    assertThat(told.nextPoll()).isEqualTo(t.plus(Duration.ofHours(2)));
    assertThat(longQuiet.nextPoll()).isEqualTo(t.plus(interval.multipliedBy(PollSchedule.MAX_FACTOR)));
  }

  @Test
  void keepsTheFeedListAcrossOpeningsAndAPauseMadeDuringAPoll() throws IOException {
    Instant t = Instant.parse("2026-12-07T10:00:00Z");
    FeedList list = FeedList.open(dir);
    list.add("https://a.example/rss", t);
    list.add("https://b.example/rss", t);
    FeedState polling = list.get("https://a.example/rss").orElseThrow();

    FeedList.open(dir).pause("https://a.example/rss", true); // another process, while the poll runs
    list.update(polling.succeeded(t, "A", null, null, 1, 0, Duration.ofMinutes(15)));

    FeedList again = FeedList.open(dir);
    assertThat(again.all()).extracting(FeedState::url).containsExactly("https://a.example/rss", "https://b.example/rss");
    assertThat(again.get("https://a.example/rss").orElseThrow()).satisfies(s -> {
      assertThat(s.paused()).isTrue();
      assertThat(s.articles()).isEqualTo(1);
    });
    assertThat(again.due(t)).extracting(FeedState::url).containsExactly("https://b.example/rss");
    assertThat(again.remove("https://b.example/rss")).isTrue();
    assertThat(again.remove("https://b.example/rss")).isFalse();
    assertThat(List.copyOf(FeedList.open(dir).all())).hasSize(1);
  }
}
