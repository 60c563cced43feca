package io.storyline.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Publication and event dates of the five foundation seeds, as far as their text supports them. */
class SeedArticlesTest {
  private static final TimeStage STAGE = new TimeStage(new TimeExpressionExtractor());

  static Article seed(String prefix, String lang) throws IOException {
    Path dir = Path.of(System.getProperty("storyline.repo", "."), "examples");
    Assumptions.assumeTrue(Files.isDirectory(dir), "seed folder " + dir + " is absent");
    try (var files = Files.list(dir)) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return Article.of(null, file.toString(), null, null, Files.readString(file), Map.of())
          .with(Layers.REMOVED, List.of()).with(Layers.LANGUAGE, new LanguageGuess(lang, 1.0, "given"));
    }
  }

  @ParameterizedTest(name = "seed {0} ({1}): published {2}, event {4}")
  @CsvSource(nullValues = "none", value = {
      // no date anywhere; the two-day visit has no year in the text
      "000, pl, none, none, XXXX-04-08/XXXX-04-09, 0.3, 0.5",
      // byline 'Текст: , 3 травня 2023, 14:30'; the lead's dates are plans (July summit, next year)
      "001, uk, 2023-05-03T14:30, text:byline, 2023-05-03, 0.45, 0.55",
      // 'giovedì' with nothing to say which Thursday
      "002, it, none, none, XXXX-WXX-4, 0.3, 0.45",
      // header 'date 2024-07': a month; the summit 'a napokban' (in recent days) is in that month
      "003, hu, 2024-07, text:byline, 2024-07, 0.3, 0.5",
      // 'vorig jaar', 'later deze maand' and no publication date: nothing anchors
      "004, nl, none, none, XXXX-XX-XX, 0.0, 0.0"})
  void seedDates(String prefix, String lang, String published, String source, String event, double minConfidence,
      double maxConfidence) throws IOException {
    Article out = STAGE.apply(seed(prefix, lang));
    Optional<PublicationDate> p = out.get(TimeLayers.PUBLISHED);
    assertThat(p.map(PublicationDate::value).orElse(null)).isEqualTo(published);
    assertThat(p.map(PublicationDate::source).orElse(null)).isEqualTo(source);
    EventDate e = out.expect(TimeLayers.EVENT_DATE);
    assertThat(e.value()).isEqualTo(event);
    assertThat(e.confidence()).isBetween(minConfidence, maxConfidence);
    assertThat(out.expect(TimeLayers.TIMES)).allMatch(t -> t.end() <= out.text().length());
  }
}
