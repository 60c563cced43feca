package io.storyline.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.time.eval.PubDateEvaluation;
import io.storyline.time.eval.TimexEvaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The full evaluations (tag {@code eval}, excluded from the default build). Run with
 * {@code ./mvnw -o -f storyline-time/pom.xml test -Dtime.excludedGroups=none -Dgroups=eval}.
 */
@Tag("eval")
class EvaluationTest {
  private static final TimeExpressionExtractor EXTRACTOR = new TimeExpressionExtractor();

  private static Path evalData(String folder) {
    Path dir = Path.of(System.getProperty("storyline.repo", "."), "..", "shared", "evaldata", folder).normalize();
    Assumptions.assumeTrue(Files.isDirectory(dir), "evaluation data " + dir + " is absent; skipping");
    return dir;
  }

  @ParameterizedTest(name = "TimeBank train {0}: relaxed F1 >= {1}, value accuracy >= {2}")
  @CsvSource({"en, 0.92, 0.80", "es, 0.87, 0.88"})
  void timebankTrain(String lang, double relaxedF1, double valueAccuracy) throws IOException {
    Path tsv = evalData("xtn-timex-en-es").resolve("datasets/timebank/" + lang + "/train.tsv");
    TimexEvaluation.Report report = TimexEvaluation.run(tsv, lang, EXTRACTOR);
    System.out.println(report.table());
    assertThat(report.relaxed().f1()).isGreaterThanOrEqualTo(relaxedF1);
    assertThat(report.valueAccuracy()).isGreaterThanOrEqualTo(valueAccuracy);
  }

  @ParameterizedTest(name = "htmldate {0}: accuracy >= {1}")
  @CsvSource({"gold_world.json, 0.90", "gold_default.json, 0.90"})
  void htmldatePublicationDates(String gold, double accuracy) throws IOException {
    PubDateEvaluation.Report report = PubDateEvaluation.run(evalData("htmldate-pubdate"), gold,
        PubDateEvaluation.Half.ALL, EXTRACTOR,
        new io.storyline.ingest.HtmlExtractor()::readFile);
    System.out.println(report.table());
    assertThat(report.accuracy()).isGreaterThanOrEqualTo(accuracy);
  }

  @Test
  void throughputOnTheSeeds() throws IOException {
    TimeStage stage = new TimeStage(EXTRACTOR);
    List<Article> seeds = new ArrayList<>();
    String[][] langs = {{"000", "pl"}, {"001", "uk"}, {"002", "it"}, {"003", "hu"}, {"004", "nl"}};
    for (String[] s : langs) {
      seeds.add(SeedArticlesTest.seed(s[0], s[1]));
    }
    seeds.forEach(stage::apply);
    int rounds = 400;
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      seeds.forEach(stage::apply);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double perSecond = rounds * seeds.size() / seconds;
    System.out.printf(Locale.ROOT, "time stage: %d articles in %.2f s = %.0f articles/s (one thread)%n",
        rounds * seeds.size(), seconds, perSecond);
    assertThat(perSecond).isGreaterThan(20);
  }
}
