package io.storyline.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dates in the words a reader uses, as precise as known: one test per granularity. */
class DateWordsTest {
  @Test
  void aDayReadsAsDayMonthAndYear() {
    assertThat(DateWords.of("2024-07-11")).isEqualTo("11 July 2024");
  }

  @Test
  void aMonthReadsAsMonthAndYearWithNoMadeUpDay() {
    assertThat(DateWords.of("2024-07")).isEqualTo("July 2024");
  }

  @Test
  void aYearReadsAsTheYearAloneNeverAsItsFirstOfJanuary() {
    assertThat(DateWords.of("1850")).isEqualTo("1850");
    assertThat(DateWords.of("2020")).isEqualTo("2020");
  }

  @Test
  void aWeekReadsAsItsNumberAndYear() {
    assertThat(DateWords.of("2024-W27")).isEqualTo("week 27 of 2024");
  }

  @Test
  void aWeekdayAloneSaysTheDateIsUnknown() {
    assertThat(DateWords.of("XXXX-WXX-4")).isEqualTo("Thursday, date unknown");
  }

  @Test
  void aPartOfTheDayReadsAsMorningOfTheDay() {
    assertThat(DateWords.of("2023-11-02TMO")).isEqualTo("morning of 2 November 2023");
    assertThat(DateWords.of("XXXX-XX-XXTNI")).isEqualTo("a night, date unknown");
  }

  @Test
  void aClockTimeFollowsTheDay() {
    assertThat(DateWords.of("2023-05-03T14:30")).isEqualTo("3 May 2023, 14:30");
  }

  @Test
  void aDayWithoutItsYearSaysTheYearIsUnknown() {
    assertThat(DateWords.of("XXXX-03-23")).isEqualTo("23 March, year unknown");
    assertThat(DateWords.of("XXXX-07")).isEqualTo("July, year unknown");
  }

  @Test
  void quartersSeasonsAndDecadesReadInWords() {
    assertThat(DateWords.of("2024-Q3")).isEqualTo("the third quarter of 2024");
    assertThat(DateWords.of("2024-SU")).isEqualTo("summer 2024");
    assertThat(DateWords.of("199")).isEqualTo("the 1990s");
  }

  @Test
  void aRangeWithinAMonthSharesItsMonthAndYear() {
    assertThat(DateWords.of("2025-04-08/2025-04-09")).isEqualTo("8–9 April 2025");
    assertThat(DateWords.of("XXXX-04-08/XXXX-04-09")).isEqualTo("8–9 April, year unknown");
    assertThat(DateWords.of("2024-07/2025-04-09")).isEqualTo("July 2024 – 9 April 2025");
  }

  @Test
  void anUnknownOrUnreadableValueSaysDateUnknownNeverARawCode() {
    assertThat(DateWords.of("XXXX-XX-XX")).isEqualTo("date unknown");
    assertThat(DateWords.of(null)).isEqualTo("date unknown");
    assertThat(DateWords.of("PRESENT_REF")).isEqualTo("date unknown");
    assertThat(DateWords.of("2024-06-31")).isEqualTo("date unknown");
  }

  @Test
  void aSpanReadsFromItsFirstToItsLastDate() {
    assertThat(DateWords.span("2023-05", "2025-04-09")).isEqualTo("May 2023 – 9 April 2025");
    assertThat(DateWords.span("2024", "2024")).isEqualTo("2024");
    assertThat(DateWords.span("XXXX-XX-XX", "XXXX-XX-XX")).isEqualTo("date unknown");
  }

  @Test
  void theConfidenceIsShownWithTheDateButNotWithAnUnknownOne() {
    assertThat(DateWords.withConfidence("2024-07", 0.62)).isEqualTo("July 2024 (confidence 0.62)");
    assertThat(DateWords.withConfidence("XXXX-XX-XX", 0.0)).isEqualTo("date unknown");
    assertThat(DateWords.confidenceWord(0.2)).isEqualTo("low");
    assertThat(DateWords.confidenceWord(0.5)).isEqualTo("medium");
    assertThat(DateWords.confidenceWord(0.9)).isEqualTo("high");
  }
}
