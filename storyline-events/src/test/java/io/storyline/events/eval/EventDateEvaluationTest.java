package io.storyline.events.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.events.Analysed;
import io.storyline.events.eval.EventDateEvaluation.Gold;
import io.storyline.events.eval.EventDateEvaluation.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  @Test
  void aWebPageIsReadByItsFileNameAndItsWeekdayIsAnchoredOnItsPublicationDate() {
    Article page = Article.of("p", "https://example.org/news/arrest", null, null,
        "Football player arrested\n\nFederal agents took the player into custody at a home Monday, a spokesman said.",
        Map.of("published", "2020-09-30"));
    EventDateEvaluation.Report report = new EventDateEvaluation(Analysed.PIPELINE).run(List.of(
            new Gold("html:arrest.html", "2020-09-28", "day"), new Gold("html:absent.html", "2020-09-28", "day")),
        Path.of("."), file -> file.equals("arrest.html") ? Optional.of(page) : Optional.empty());
    assertThat(report.results()).singleElement().satisfies(r -> assertThat(r.exact()).as(r.basis()).isTrue());
    assertThat(report.missing()).containsExactly("html:absent.html");
  }
}
