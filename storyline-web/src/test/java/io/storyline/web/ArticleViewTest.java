package io.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.storyline.core.Article;
import io.storyline.core.Layer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The article JSON says its dated layers in words, so the UI never formats a date itself. */
class ArticleViewTest {
  /** The shape the time stage writes (value, confidence); this module does not depend on it. */
  public record Dated(String value, double confidence) {}

  private static final Layer<Dated> PUBLISHED = Layer.single("published", Dated.class, "times");
  private static final Layer<Dated> EVENT_DATE = Layer.single("eventDate", Dated.class, "times");

  @Test
  void publishedAndEventDatesCarryTheirWordsAndTheConfidenceWord() {
    Article a = Article.of("a1", "test", null, "Title", "Some text of the article.", Map.of())
        .with(PUBLISHED, new Dated("2024-07-12T14:30", 1.0)).with(EVENT_DATE, new Dated("XXXX-WXX-4", 0.38));
    JsonNode json = new ArticleView().render(a).path("annotations");
    assertThat(json.path("published").path("words").asText()).isEqualTo("12 July 2024, 14:30");
    assertThat(json.path("eventDate").path("value").asText()).isEqualTo("XXXX-WXX-4");
    assertThat(json.path("eventDate").path("words").asText()).isEqualTo("Thursday, date unknown");
    assertThat(json.path("eventDate").path("confidenceWord").asText()).isEqualTo("medium");
  }

  @Test
  void anUnknownEventDateSaysSoAndHasNoConfidenceWord() {
    Article a = Article.of("a2", "test", null, "Title", "Some text of the article.", Map.of())
        .with(EVENT_DATE, new Dated("XXXX-XX-XX", 0.0));
    JsonNode json = new ArticleView().render(a).path("annotations").path("eventDate");
    assertThat(json.path("words").asText()).isEqualTo("date unknown");
    assertThat(json.has("confidenceWord")).isFalse();
  }
}
