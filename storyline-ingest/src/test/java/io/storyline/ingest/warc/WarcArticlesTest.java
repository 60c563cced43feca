package io.storyline.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.ingest.CollectingSink;
import io.storyline.ingest.IngestSink;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class WarcArticlesTest {

  @TempDir Path dir;
  private final WarcFixture fixture = new WarcFixture();

  @Test
  void readsTheHtmlResponsesWithTheirTargetUrisAndDates() throws IOException {
    Path warc = dir.resolve("small.warc.gz");
    fixture.write(warc, 20, WarcCompression.GZIP);
    CollectingSink sink = new CollectingSink();

    new WarcArticles(1 << 20).read(warc, "small.warc.gz", sink);

    assertThat(sink.articles).hasSize(20);
    Article first = sink.articles.get(0);
    assertThat(first.url()).isEqualTo("https://news.example.org/a/0");
    assertThat(first.source()).isEqualTo("news.example.org");
    assertThat(first.title()).isEqualTo("Report 0");
    assertThat(first.meta()).containsEntry("warc:date", "2026-01-01T00:00:00Z")
        .containsEntry("fetch:time", "2026-01-01T00:00:00Z");
    assertThat(first.text()).doesNotContain("Home").doesNotContain("© Example");
    assertThat(sink.problems()).containsExactly("small.warc.gz: 2 responses passed over: not 2xx HTML");
  }

  @Test
  void reportsATruncatedRecordAndKeepsTheRecordsBeforeIt() throws IOException {
    Path whole = dir.resolve("whole.warc");
    fixture.write(whole, 5, WarcCompression.NONE);
    Path cut = dir.resolve("cut.warc");
    try (FileChannel in = FileChannel.open(whole); FileChannel out = FileChannel.open(cut, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      in.transferTo(0, in.size() - 300, out);
    }
    CollectingSink sink = new CollectingSink();

    new WarcArticles(1 << 20).read(cut, "cut.warc", sink);

    assertThat(sink.articles).hasSize(4);
    assertThat(sink.problems()).hasSize(1);
    assertThat(sink.problems().get(0)).startsWith("cut.warc@").contains("the rest of the archive is skipped");
  }

  @Test
  void skipsARecordOverTheSizeLimitAndReadsTheRest() throws IOException {
    Path warc = dir.resolve("limits.warc");
    fixture.write(warc, 3, WarcCompression.NONE);
    CollectingSink sink = new CollectingSink();

    new WarcArticles(100).read(warc, "limits.warc", sink);

    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems()).hasSize(3).allSatisfy(p -> assertThat(p).contains("over the limit of 100 bytes"));
  }

  /**
   * Streams an archive in constant memory: 1,000 records here, {@code -Dstoryline.warc.records=10000}
   * for the documented figure. Prints the rate and the heap; with {@code -Dstoryline.warc.out=FILE} it
   * also leaves the archive there for the command-line measurement.
   */
  @Test
  void streamsALargeArchiveInConstantMemory() throws IOException {
    int records = Integer.getInteger("storyline.warc.records", 1_000);
    Path warc = System.getProperty("storyline.warc.out") != null
        ? Path.of(System.getProperty("storyline.warc.out")) : dir.resolve("big.warc.gz");
    fixture.write(warc, records, WarcCompression.GZIP);
    var memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    long[] peak = {before};
    long[] count = {0};
    IngestSink sink = new IngestSink() {
      @Override
      public void accept(Article article) {
        if (++count[0] % 1000 == 0) {
          System.gc();
          peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
        }
      }

      @Override
      public void reject(String location, String reason) {
      }
    };
    long start = System.nanoTime();

    new WarcArticles(1 << 20).read(warc, warc.toString(), sink);

    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("WARC: %,d articles from %,d bytes (gzip) in %.1f s = %.0f articles/s; heap used after GC: "
        + "%.1f MB before, at most %.1f MB while streaming%n",
        count[0], Files.size(warc), seconds, count[0] / seconds, before / 1e6, peak[0] / 1e6);
    assertThat(count[0]).isEqualTo(records);
    assertThat(peak[0] - before).isLessThan(32L << 20);
  }
}
