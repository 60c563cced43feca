package io.storyline.events.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.events.Analysed;
import io.storyline.events.PairwiseSimilarity;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The full evaluations over ../shared/evaldata (skipped when absent), excluded from the default build:
 * {@code ./mvnw -o -f storyline-events/pom.xml test -Devents.excludedGroups=none -Dgroups=eval -Dtest=EvaluationTest}.
 * Floors sit a little under the measured figures (docs/quality-events.md). Storylines are measured through the
 * ingest path by {@code ./storyline eval topics} (storyline-cli's {@code TopicStreamEvaluation}), a quality gate.
 */
@Tag("eval")
class EvaluationTest {

  @Test
  void correlatesWithTheSemEvalSimilarityJudgements() {
    Path csv = Analysed.evaldata("semeval2022-task8-news-similarity").resolve("pairs_with_text.csv");
    SimilarityEvaluation.Report report = new SimilarityEvaluation(Analysed.PIPELINE, Analysed.registry(),
        PairwiseSimilarity.Weights.bundled()).run(csv);
    System.out.println(report.table());
    String out = System.getProperty("events.scores");
    if (out != null) {
      report.writeScores(Path.of(out));
    }
    assertThat(report.overall().pearson()).as("Pearson, measured 0.683 through ingest").isGreaterThanOrEqualTo(0.65)
        .isGreaterThan(report.overall().tfidf());
    assertThat(report.row("de-en").pearson()).as("de-en Pearson, measured 0.715 through ingest").isGreaterThanOrEqualTo(0.65);
  }
}
