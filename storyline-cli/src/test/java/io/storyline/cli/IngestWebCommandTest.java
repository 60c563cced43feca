package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.ingest.warc.WarcFixture;
import io.storyline.ingest.web.LocalSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/** {@code storyline ingest} with web addresses and WARC archives. */
class IngestWebCommandTest {

  @TempDir Path tmp;
  private final LocalSite site = new LocalSite();

  IngestWebCommandTest() throws IOException {
  }

  @AfterEach
  void close() {
    site.close();
  }

  @Test
  void ingestsAPageAFeedAndAWarcArchiveAndReportsWhatFailsInOneLineEach() throws IOException {
    List<String> seeds = WatchCommandTest.seeds();
    site.page("/page", "text/html; charset=utf-8", WatchCommandTest.html("Page", seeds.get(0), null), StandardCharsets.UTF_8);
    site.page("/other", "text/html; charset=utf-8", WatchCommandTest.html("Other", seeds.get(1), null), StandardCharsets.UTF_8);
    site.page("/feed.xml", "application/rss+xml", WatchCommandTest.rss(List.of(site.url("/other"), site.url("/gone"))),
        StandardCharsets.UTF_8);
    Path warc = tmp.resolve("pages.warc.gz");
    new WarcFixture().write(warc, 3, WarcCompression.GZIP);

    CliTest.Run r = CliTest.run("--data=" + tmp.resolve("data"), "ingest", WatchCommandTest.LANGS,
        "--allow-loopback", site.url("/page"), site.url("/feed.xml"), warc.toString(), "ftp://example.org/x");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("5 stored");
    assertThat(r.err().lines()).containsExactly(
        "  skipped: " + site.url("/gone") + ": HTTP 404 Not Found from " + site.url("/gone"),
        "  skipped: ftp://example.org/x: scheme ftp is not allowed (http, https)");
  }

  @Test
  void refusesLoopbackWithoutTheOption() {
    site.page("/page", "text/html", "<p>x</p>", StandardCharsets.UTF_8);

    CliTest.Run r = CliTest.run("--data=" + tmp.resolve("data"), "ingest", WatchCommandTest.LANGS, site.url("/page"));

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("resolves to 127.0.0.1, a loopback address; only public addresses are fetched (--allow-loopback");
    assertThat(site.count("/page")).isZero();
  }
}
