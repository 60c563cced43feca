package io.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateSpanTest {
  @ParameterizedTest(name = "{0} spans {1} to {2} ({3})")
  @CsvSource({
      "2024-04-08, 2024-04-08, 2024-04-08, day",
      "2024-04-08T14:30, 2024-04-08, 2024-04-08, day",
      "2024-02, 2024-02-01, 2024-02-29, month",
      "2024-Q3, 2024-07-01, 2024-09-30, quarter",
      "2024-W15, 2024-04-08, 2024-04-14, week",
      "2024, 2024-01-01, 2024-12-31, year",
      "2024-04/2024-06-10, 2024-04-01, 2024-06-10, range"})
  void drawsADateAsEveryDayItMayBe(String value, LocalDate earliest, LocalDate latest, String granularity) {
    DateSpan span = DateSpan.parse(value).orElseThrow();
    assertThat(span.earliest()).isEqualTo(earliest);
    assertThat(span.latest()).isEqualTo(latest);
    assertThat(span.granularity()).isEqualTo(granularity);
  }

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource(delimiter = ';', value = {
      "2024-04-08; 8 April 2024",
      "2024-02; February 2024",
      "2024; 2024",
      "2024-W15; week 15 of 2024",
      "2025-04-08/2025-04-09; 8–9 April 2025"})
  void saysEveryDateInWordsAtItsOwnGranularity(String value, String words) {
    assertThat(DateSpan.parse(value).orElseThrow().words()).isEqualTo(words);
  }

  @ParameterizedTest
  @ValueSource(strings = {"XXXX-04-08", "PRESENT_REF", "P2Y", "2024-13", "2024-06/2024-01", ""})
  void leavesUnanchoredOrBrokenValuesUndrawn(String value) {
    assertThat(DateSpan.parse(value)).isEmpty();
  }
}
