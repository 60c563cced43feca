package io.storyline.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

  static List<String> seeds() throws IOException {
    Path examples = Path.of(System.getProperty("storyline.repo", "..")).resolve("examples");
    try (Stream<Path> files = Files.list(examples)) {
      return files.sorted().map(f -> {
        try {
          return Files.readString(f);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
  }

  @Test
  void findsTheOriginalOfAnEditedCopyAndNothingForADifferentArticle() throws IOException {
    List<String> seeds = seeds();
    NearDuplicates index = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD);
    for (int i = 0; i < seeds.size() - 1; i++) {
      index.add("seed" + i, NearDuplicates.signature(seeds.get(i)).orElseThrow());
    }

    for (int i = 0; i < seeds.size() - 1; i++) {
      String copy = Edits.syndicatedCopy(seeds.get(i), new Random(i), 0.03);
      assertThat(index.find(NearDuplicates.signature(copy).orElseThrow())).contains("seed" + i);
    }
    String other = seeds.get(seeds.size() - 1);
    assertThat(index.find(NearDuplicates.signature(other).orElseThrow())).isEmpty();
  }

  @Test
  void leavesShortTextsAlone() {
    assertThat(NearDuplicates.signature("Too short to tell a copy from chance.")).isEmpty();
  }

  @Test
  void encodesAndDecodesSignatures() throws IOException {
    int[] signature = NearDuplicates.signature(seeds().get(0)).orElseThrow();

    assertThat(NearDuplicates.decode(NearDuplicates.encode(signature))).hasValueSatisfying(s -> assertThat(s).isEqualTo(signature));
    assertThat(NearDuplicates.decode("zz")).isEmpty();
  }

  @Test
  void givesOneKeyToTrackingAmpAndMobileVariantsOfAUrl() {
    String key = UrlNormalizer.key("https://www.example.com/news/story-1");

    assertThat(List.of(
        "https://example.com/news/story-1/",
        "http://m.example.com/news/story-1?utm_source=rss&utm_medium=feed",
        "https://amp.example.com/news/story-1/amp",
        "https://www.example.com/news/story-1?fbclid=abc#comments",
        "https://EXAMPLE.com:443/news/story-1"))
        .allSatisfy(url -> assertThat(UrlNormalizer.key(url)).isEqualTo(key));
    assertThat(UrlNormalizer.key("https://example.com/news/story-2")).isNotEqualTo(key);
    assertThat(UrlNormalizer.key("https://example.com/article?id=2&page=1"))
        .isEqualTo(UrlNormalizer.key("https://example.com/article?page=1&id=2"))
        .isNotEqualTo(UrlNormalizer.key("https://example.com/article?id=3&page=1"));
  }
}
