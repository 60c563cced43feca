package io.storyline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.storyline.time.Grammar.Found;
import io.storyline.time.TimeExpressionExtractor.Candidate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A huge paragraph dense with dates costs time in proportion to its length (issue 21, item 6). */
class LongParagraphTest {
  /** Generous for a shared machine (the linear work takes a second or two) yet far below any quadratic blow-up. */
  private static final Duration LIMIT = Duration.ofSeconds(60);

  @Test
  void choosingAmongAMillionOverlappingCandidatesTakesLinearithmicTime() {
    Found year = Found.date("2023", Granularity.YEAR, 0.7);
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < 500_000; i++) {
      candidates.add(new Candidate(12 * i + 2, 12 * i + 6, year, "year", 1)); // "2023"
      candidates.add(new Candidate(12 * i + 2, 12 * i + 11, year, "year", 1)); // "2023 roku", longer: wins
    }
    List<Candidate> chosen = assertTimeoutPreemptively(LIMIT, () -> TimeExpressionExtractor.choose(candidates));
    assertThat(chosen).hasSize(500_000).allMatch(c -> c.length() == 9);
  }

  @Test
  void aParagraphOfAHalfMegabyteWithAYearInEveryTwelveCharactersGivesEveryYear() {
    String unit = "W 2023 roku ";
    String paragraph = unit.repeat(500_000 / unit.length());
    List<TimeExpression> found = assertTimeoutPreemptively(LIMIT,
        () -> new TimeExpressionExtractor().extract(paragraph, "pl", Reference.day(LocalDate.of(2024, 1, 10))));
    assertThat(found).hasSize(500_000 / unit.length()).allMatch(e -> e.value().equals("2023"));
  }
}
