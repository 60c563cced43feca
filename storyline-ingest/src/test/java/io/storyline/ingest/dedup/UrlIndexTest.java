package io.storyline.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrlIndexTest {

  @TempDir Path data;

  @Test
  void forgetsOnOpeningTheAddressesWhoseArticleTheStoreNeverCommitted() throws IOException {
    int[] signature = NearDuplicates.signature(NearDuplicatesTest.seeds().get(0)).orElseThrow();
    try (UrlIndex index = UrlIndex.open(data, id -> true, NearDuplicates.DEFAULT_THRESHOLD)) {
      index.stored("committed", List.of("https://a.example/1", "https://a.example/1?utm_source=rss"), signature);
      index.checkpoint();
      index.stored("lost", List.of("https://a.example/2"), null);
      index.alias("https://m.a.example/2", "lost");
      index.stored("kept", List.of("https://a.example/3"), null);
      index.failed("https://a.example/4", "HTTP 500");
      index.flush(); // written before the store's commit, which the kill prevented for "lost"
    }
    Files.writeString(data.resolve("sources/urls.log"), "A\thalf a li", java.nio.file.StandardOpenOption.APPEND);

    try (UrlIndex index = UrlIndex.open(data, Set.of("committed", "kept")::contains, NearDuplicates.DEFAULT_THRESHOLD)) {
      assertThat(index.idFor("https://www.a.example/1/")).contains("committed");
      assertThat(index.idFor("https://a.example/2")).isEmpty();
      assertThat(index.idFor("https://a.example/2?fbclid=x")).isEmpty();
      assertThat(index.idFor("https://a.example/3")).contains("kept");
      assertThat(index.failures("https://a.example/4")).isEqualTo(1);
      assertThat(index.settled("https://a.example/4")).isFalse();
      assertThat(index.nearDuplicate(signature)).contains("committed");
    }
    assertThat(Files.readAllLines(data.resolve("sources/urls.log"))).last().isEqualTo("C");
  }
}
