package io.storyline.events.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.events.eval.EventDateEvaluation.Gold;
import io.storyline.events.eval.EventDateEvaluation.Result;
import org.junit.jupiter.api.Test;

/** How a system's event date is scored against the hand-annotated gold. */
class EventDateEvaluationTest {
  private static Result score(String gold, String granularity, String system) {
    return EventDateEvaluation.compare(new Gold("id", gold, granularity), system, 0.5, "basis");
  }

  @Test
  void aDayWithoutItsYearMatchesTheSameDayInAnyYearButNotExactly() {
    Result r = score("XXXX-03-23", "day", "2018-03-23");
    assertThat(r.exact()).isFalse();
    assertThat(r.atGranularity()).isTrue();
    assertThat(r.incidentalYear()).isTrue();
  }

  @Test
  void aWeekdayMatchesAFullDateFallingOnIt() {
    assertThat(score("XXXX-WXX-3", "weekday", "2020-05-06").atGranularity()).isTrue();
    assertThat(score("XXXX-WXX-3", "weekday", "2020-05-07").atGranularity()).isFalse();
    assertThat(score("XXXX-WXX-3", "weekday", "XXXX-WXX-3").exact()).isTrue();
  }

  @Test
  void unknownMatchesOnlyADateTheSystemAlsoCallsUnknown() {
    assertThat(score("unknown", "unknown", "XXXX-XX-XX").exact()).isTrue();
    assertThat(score("unknown", "unknown", "XXXX-WXX-4").atGranularity()).isFalse();
    Result year = score("unknown", "unknown", "1850");
    assertThat(year.atGranularity()).isFalse();
    assertThat(year.incidentalYear()).isTrue();
  }

  @Test
  void aRangeIsComparedByItsStartAndAFinerSystemDateMatchesACoarserGold() {
    assertThat(score("XXXX-02-12/XXXX-02-13", "day", "XXXX-02-12").atGranularity()).isTrue();
    assertThat(score("2016", "year", "2016-05").atGranularity()).isTrue();
    assertThat(score("2016", "year", "2017").incidentalYear()).isTrue();
  }
}
