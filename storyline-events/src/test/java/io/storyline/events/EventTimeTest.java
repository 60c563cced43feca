package io.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventTimeTest {

  @Test
  void measuresGapsExactlyWhenYearsAreKnownAndAroundTheYearWhenNot() {
    assertThat(EventTime.parse("2024-07").gapDays(EventTime.parse("2024-07-12"))).hasValue(0);
    assertThat(EventTime.parse("2024-07-01").gapDays(EventTime.parse("2024-07-11"))).hasValue(10);
    assertThat(EventTime.parse("XXXX-04-08/XXXX-04-09").gapDays(EventTime.parse("2025-04-10"))).hasValue(1);
    assertThat(EventTime.parse("XXXX-12-30").gapDays(EventTime.parse("XXXX-01-02"))).hasValue(3);
    assertThat(EventTime.parse("XXXX-WXX-4").gapDays(EventTime.parse("2024-07-12"))).isEmpty();
    assertThat(EventTime.parse("not a date").placed()).isFalse();
  }

  @Test
  void ordersDatedTimesFirstThenDaysOfUnknownYearsThenTheRest() {
    List<String> sorted = Stream.of("XXXX-XX-XX", "XXXX-04-08", "2024-07", "XXXX-WXX-4", "2023-05-03", "XXXX-01-02")
        .map(EventTime::parse).sorted(EventTime.TIMELINE).map(EventTime::value).toList();
    assertThat(sorted).containsExactly("2023-05-03", "2024-07", "XXXX-01-02", "XXXX-04-08", "XXXX-WXX-4", "XXXX-XX-XX");
  }
}
