package io.storyline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A huge paragraph dense with dates costs time in proportion to its length (issue 21, item 6). */
class LongParagraphTest {
  /** Generous for a shared machine (the linear work takes seconds) yet far below the quadratic choice of overlaps. */
  private static final Duration LIMIT = Duration.ofSeconds(90);

  @Test
  void aTwoMegabyteParagraphWithAYearInEveryTwelveCharactersIsReadInLinearTime() {
    String unit = "W 2023 roku ";
    String paragraph = unit.repeat(2_000_000 / unit.length());
    List<TimeExpression> found = assertTimeoutPreemptively(LIMIT,
        () -> new TimeExpressionExtractor().extract(paragraph, "pl", Reference.day(LocalDate.of(2024, 1, 10))));
    assertThat(found).hasSizeGreaterThan(100_000).allMatch(e -> e.value().equals("2023"));
  }
}
