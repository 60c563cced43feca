package io.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import io.storyline.core.RemovedSpan;
import io.storyline.core.TextSpan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {
  private final ArticleJson json = new ArticleJson();

  private final Article article = Article.of("doc-1", "feed.jsonl", "https://example.org/a", null,
          "RU\nНАТО планує відкрити офіс у Японії.", Map.of("published", "2023-05-03", "charset", "UTF-8"))
      .with(Layers.REMOVED, List.of(new RemovedSpan(0, 2, "language-switcher", "clean:switcher")))
      .with(Layers.TITLE, new TextSpan(3, 38, "clean"))
      .with(Layers.LANGUAGE, new LanguageGuess("uk", 0.991, "language"))
      .with(Layers.SENTENCES, List.of(new TextSpan(3, 38, "sentences")));

  @Test
  void writesTheDocumentedExportFields() {
    ObjectNode o = json.toTree(article);
    assertThat(o.get("id").asText()).isEqualTo("doc-1");
    assertThat(o.get("source").asText()).isEqualTo("feed.jsonl");
    assertThat(o.get("url").asText()).isEqualTo("https://example.org/a");
    assertThat(o.get("title").asText()).isEqualTo("НАТО планує відкрити офіс у Японії.");
    assertThat(o.get("text").asText()).startsWith("RU\n");
    assertThat(o.get("lang").asText()).isEqualTo("uk");
    assertThat(o.get("langConfidence").asDouble()).isEqualTo(0.991);
    assertThat(o.get("removed").get(0).toString()).isEqualTo("{\"start\":0,\"end\":2,\"reason\":\"language-switcher\",\"stage\":\"clean:switcher\"}");
  }

  @Test
  void readingWhatWasWrittenGivesBackAnEqualArticle() {
    assertThat(json.read(json.write(article))).isEqualTo(article);
    assertThat(json.read(json.writeBytes(article))).isEqualTo(article);
  }

  @Test
  void anArticleWithoutLayersRoundTripsWithoutInventingALanguage() {
    Article bare = Article.of(null, "a.txt", null, null, "Plain text.", Map.of());
    Article back = json.read(json.write(bare));
    assertThat(back.text()).isEqualTo(bare.text());
    assertThat(back.id()).isEqualTo(bare.id());
    assertThat(back.removed()).isEmpty();
    assertThat(back.has(Layers.LANGUAGE)).isFalse();
    assertThat(json.toTree(bare).get("lang").isNull()).isTrue();
  }

  @Test
  void rejectsTextThatIsNotJsonWithTheParsersReason() {
    assertThatThrownBy(() -> json.read("{not json")).hasMessageStartingWith("not an article in the export format");
  }

  /** A layer a later capability might add: a list of records with an enum and a nested record. */
  record Stamp(int start, int end, String value, Kind kind, TextSpan evidence, String stage) implements io.storyline.core.Span {
    enum Kind { DAY, MONTH }
  }

  static final io.storyline.core.Layer<List<Stamp>> STAMPS = io.storyline.core.Layer.list("stamps", Stamp.class, "stamper");

  @Test
  void registeredLayersAreWrittenUnderTheirNameAndReadBack() {
    ArticleJson withStamps = new ArticleJson(List.of(STAMPS));
    Article stamped = article.with(STAMPS, List.of(new Stamp(3, 7, "2023-05", Stamp.Kind.MONTH, new TextSpan(3, 7, "x"), "stamper")));
    ObjectNode o = withStamps.toTree(stamped);
    assertThat(o.get("stamps").get(0).get("value").asText()).isEqualTo("2023-05");
    assertThat(o.get("stamps").get(0).get("kind").asText()).isEqualTo("MONTH");
    assertThat(withStamps.read(withStamps.write(stamped))).isEqualTo(stamped);
    assertThat(json.toTree(stamped).has("stamps")).as("a codec without the layer leaves it out").isFalse();
  }
}
