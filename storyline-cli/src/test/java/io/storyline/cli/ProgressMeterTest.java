package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressMeterTest {
  @Test
  void aLineShowsTheCountOfTheTotalTheRateAndTheTimeLeft() {
    assertThat(ProgressMeter.line(1_500, 500, 10_000, "articles", 10_000_000_000L))
        .isEqualTo("1,500 of 10,000 articles | 100.0/s | 1:25 left");
  }

  @Test
  void withoutATotalThereIsNoTimeLeftToShow() {
    assertThat(ProgressMeter.line(42, 0, -1, "documents", 2_000_000_000L)).isEqualTo("42 documents | 21.0/s");
  }
}
