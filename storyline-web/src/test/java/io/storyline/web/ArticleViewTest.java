package io.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.storyline.core.Article;
import io.storyline.core.Layer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  void aGivenPublicationDateIsSaidInWordsWithItsPrecisionAndSource() {
    Article a = Article.of("a3", "test", null, "Title", "Some text.", Map.of("published", "2024-07"));
    JsonNode published = new ArticleView().render(a).path("published");
    assertThat(published.path("words").asText()).isEqualTo("July 2024");
    assertThat(published.path("granularity").asText()).isEqualTo("month");
    assertThat(published.path("source").asText()).isEqualTo("given");
  }

  @Test
  void theEventStorylineAndQuotesOfTheArticleComeWithIt() {
    Article a = Article.of("a4", "test", null, "Title", "\"We will stay\", Rutte said.", Map.of());
    StorylineDirectory.EventCard event = new StorylineDirectory.EventCard("e1", "s1", DateSpan.parse("2025-04-08").orElseThrow(),
        "8 April 2025", "2025-04-08", 0.8, "Rutte visits Japan.", List.of("en"), List.of(), List.of("a4"));
    StorylineDirectory.StorylineSummary storyline = new StorylineDirectory.StorylineSummary("s1", "NATO and Japan", null,
        List.of("en"), 1, 1);
    StorylineDirectory one = new StorylineDirectory() {
      @Override public Page<StorylineDirectory.StorylineSummary> storylines(String cursor, int limit) {
        return new Page<>(List.of(storyline), null);
      }
      @Override public Optional<StorylineDirectory.StorylineSummary> storyline(String id) {
        return Optional.of(storyline).filter(s -> s.id().equals(id));
      }
      @Override public Page<StorylineDirectory.EventCard> events(String storylineId, String cursor, int limit) {
        return new Page<>(List.of(event), null);
      }
      @Override public Optional<StorylineDirectory.EventCard> event(String id) {
        return Optional.of(event).filter(e -> e.id().equals(id));
      }
      @Override public Optional<StorylineDirectory.EventCard> eventOf(String articleId) {
        return event.articleIds().contains(articleId) ? Optional.of(event) : Optional.empty();
      }
      @Override public List<StorylineDirectory.QuoteRef> quotesOf(String articleId) {
        return List.of(new StorylineDirectory.QuoteRef(1, 13, "We will stay", "mark-rutte", "Rutte"));
      }
    };
    JsonNode json = new ArticleView(EntityDirectory.NONE, one).render(a);
    assertThat(json.path("event").path("gist").asText()).isEqualTo("Rutte visits Japan.");
    assertThat(json.path("storyline").path("label").asText()).isEqualTo("NATO and Japan");
    assertThat(json.path("quotes").get(0).path("speakerName").asText()).isEqualTo("Rutte");
    assertThat(json.path("quotes").get(0).path("text").asText()).isEqualTo("We will stay");
    assertThat(new ArticleView().render(a).path("event").isNull()).isTrue();
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
