package io.storyline.events.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SimilarityEvaluationHalfTest {

  private static SimilarityEvaluation.Pair pair(String id) {
    return new SimilarityEvaluation.Pair(id, "de-en", -1, null, 0);
  }

  @Test
  void theTuningHalfHoldsThePairsWhoseIdEndsInAnEvenDigitAndTheReportedHalfTheOthers() {
    assertThat(SimilarityEvaluation.Half.of("tuning").covers(pair("1484152927_1483963364"))).isTrue();
    assertThat(SimilarityEvaluation.Half.of("reported").covers(pair("1484152927_1483963364"))).isFalse();
    assertThat(SimilarityEvaluation.Half.of("Reported").covers(pair("1586893419_1587582551"))).isTrue();
    assertThat(SimilarityEvaluation.Half.of("all").covers(pair("1586893419_1587582551"))).isTrue();
  }

  @Test
  void anUnknownHalfIsRejectedNamingTheChoices() {
    assertThatThrownBy(() -> SimilarityEvaluation.Half.of("odd"))
        .hasMessageContaining("unknown half 'odd'").hasMessageContaining("all, tuning").hasMessageContaining("reported");
  }
}
