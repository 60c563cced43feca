package io.storyline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicationDateFinderTest {
  private final PublicationDateFinder finder = new PublicationDateFinder(new TimeExpressionExtractor());

  @Test
  void prefersPublishedOverModifiedMetadata() {
    PublicationDate d = finder.find(Map.of("meta:article:modified_time", "2024-07-14T10:00:00Z",
        "meta:article:published_time", "2024-07-12T08:15:00+02:00"), null, "", "en").orElseThrow();
    assertThat(d.value()).isEqualTo("2024-07-12T08:15");
    assertThat(d.source()).isEqualTo("meta:article:published_time");
  }

  @Test
  void givenPublishedWins() {
    PublicationDate d = finder.find(Map.of("published", "2024-07-01", "jsonld:datePublished", "2024-07-02"), null, "", "en")
        .orElseThrow();
    assertThat(d.source()).isEqualTo("given");
    assertThat(d.value()).isEqualTo("2024-07-01");
  }

  @Test
  void readsRfc1123AndDottedDates() {
    assertThat(finder.find(Map.of("meta:date", "Fri, 12 Jul 2024 14:30:00 GMT"), null, "", "en").orElseThrow().value())
        .isEqualTo("2024-07-12T14:30");
    assertThat(finder.find(Map.of("meta:date", "12.07.2024"), null, "", "de").orElseThrow().value()).isEqualTo("2024-07-12");
  }

  @Test
  void readsTheUrlPath() {
    PublicationDate d = finder.find(Map.of(), "https://example.com/news/2024/07/12/story.html", "", "en").orElseThrow();
    assertThat(d.value()).isEqualTo("2024-07-12");
    assertThat(d.source()).isEqualTo("url");
    assertThat(finder.find(Map.of(), "https://example.com/a/20240712/story", "", "en").orElseThrow().value())
        .isEqualTo("2024-07-12");
  }

  @Test
  void readsAnEnglishByline() {
    String text = "Japan and NATO step up ties\nPublished 12 July 2024\nTokyo and the alliance agreed on Thursday...";
    PublicationDate d = finder.find(Map.of(), null, text, "en").orElseThrow();
    assertThat(d.value()).isEqualTo("2024-07-12");
    assertThat(d.source()).isEqualTo("text:byline");
    assertThat(text.substring(d.start(), d.end())).isEqualTo("12 July 2024");
  }

  @Test
  void ignoresDatesInTheBodyFarBelowTheHeader() {
    String text = "Title\n" + "A long paragraph of prose without any date at all, repeated.\n".repeat(30)
        + "Related: 3 May 2021\n";
    assertThat(finder.find(Map.of(), null, text, "en")).isEmpty();
  }
}
