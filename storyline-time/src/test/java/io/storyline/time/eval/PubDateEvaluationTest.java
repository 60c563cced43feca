package io.storyline.time.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.time.Granularity;
import io.storyline.time.PublicationDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PubDateEvaluationTest {
  private static final List<String> URLS = IntStream.range(0, 200).mapToObj(i -> "https://example.com/news/" + i).toList();

  @Test
  void putsEveryPageInExactlyOneHalf() {
    for (String url : URLS) {
      assertThat(PubDateEvaluation.Half.DEV.contains(url)).isNotEqualTo(PubDateEvaluation.Half.TEST.contains(url));
      assertThat(PubDateEvaluation.Half.ALL.contains(url)).isTrue();
    }
  }

  @Test
  void splitsPagesIntoHalvesOfSimilarSize() {
    long dev = URLS.stream().filter(PubDateEvaluation.Half.DEV::contains).count();
    assertThat(dev).isBetween(70L, 130L);
  }

  @ParameterizedTest(name = "{0} for gold {1} is \"{2}\"")
  @CsvSource({"2024-07-11T23:00, 2024-07-12, one day off", "2024-07-02, 2024-07-12, within a month",
      "2024-01-02, 2024-07-12, same year", "2023-07-12, 2024-07-12, other year", "2024-07, 2024-07-12, month only"})
  void classifiesAWrongDateByItsDistanceToTheGold(String value, String gold, String errorClass) {
    Granularity granularity = value.length() == 7 ? Granularity.MONTH
        : value.length() == 10 ? Granularity.DAY : Granularity.MINUTE;
    assertThat(PubDateEvaluation.errorClass(new PublicationDate(value, granularity, "url", -1, -1), gold))
        .isEqualTo(errorClass);
  }
}
