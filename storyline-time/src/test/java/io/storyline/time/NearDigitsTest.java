package io.storyline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Running the rules that need a digit only near digits finds exactly what a scan of the whole text finds. */
class NearDigitsTest {
  private static final TimeExpressionExtractor NEAR_DIGITS = new TimeExpressionExtractor();
  private static final TimeExpressionExtractor WHOLE_TEXT = new TimeExpressionExtractor(false);
  private static final Reference REFERENCE = Reference.day(LocalDate.of(2024, 7, 11));

  /** Words of every rule (lexicon words of several languages), digits and separators, in random order. */
  private static final String[] PIECES = {
      "March", "of", "the", "2020", "8", "9", "-", "–", ",", ", ", "  ", "\n", "\n\n", " ", " ", " ", " ", "el", "pasado",
      "día", "de", "septiembre", "kwietnia", "w", "dniach", "roku", "r.", "травня", "2023", "14:30", "13.30", "Uhr",
      "p.m.", "Q3", "third", "quarter", "fiscal", "1990s", "years", "ago", "three", "last", "Monday", "giovedì", "július",
      "-ban", "2024-07", "2024-07-11", "11.07.2024", "7/11/24", "in", "since", "year", "€", "1999", "%", "12", "31",
      "a.m.", "del", "º", "8th", "next", "week", "summer", "until", "(", ")", "\"", "x", "since 1999", "1.5"};

  @ParameterizedTest(name = "random texts in {0} give the same expressions near digits as over the whole text")
  @ValueSource(strings = {"en", "es", "pl", "uk", "hu"})
  void randomTextsGiveTheSameExpressions(String lang) {
    Random random = new Random(lang.hashCode());
    for (int t = 0; t < 120; t++) {
      StringBuilder text = new StringBuilder();
      int words = 1 + random.nextInt(120);
      for (int w = 0; w < words; w++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(3) > 0) {
          text.append(' ');
        }
      }
      assertSame(text.toString(), lang);
    }
  }

  @Test
  void theSeedArticlesGiveTheSameExpressions() throws IOException {
    Path dir = Path.of(System.getProperty("storyline.repo", "."), "examples");
    Assumptions.assumeTrue(Files.isDirectory(dir), "seed folder " + dir + " is absent");
    List<Path> seeds;
    try (Stream<Path> files = Files.list(dir)) {
      seeds = files.sorted().toList();
    }
    for (Path seed : seeds) {
      String text = Files.readString(seed);
      for (String lang : List.of("pl", "uk", "it", "hu", "nl", "en")) {
        assertSame(text, lang);
      }
    }
  }

  @Test
  void aPhraseSpreadOverManySpacesAndLinesBeforeItsDigitIsStillFound() {
    String text = "x ".repeat(50) + "el   pasado\n\n día   8 de septiembre de 2020" + " y".repeat(50);
    assertSame(text, "es");
    assertThat(NEAR_DIGITS.extract(text, "es", REFERENCE)).extracting(TimeExpression::value).contains("2020-09-08");
  }

  @Test
  void aTextWithoutDigitsHasNoWindowAndNearbyRunsShareOne() {
    assertThat(DigitWindows.of("no digits here, only words").size()).isZero();
    assertThat(DigitWindows.of("a 1 b 2 c").size()).isOne();
  }

  private static void assertSame(String text, String lang) {
    List<TimeExpression> whole = new ArrayList<>(WHOLE_TEXT.extract(text, lang, REFERENCE));
    assertThat(NEAR_DIGITS.extract(text, lang, REFERENCE)).as("%s: %s", lang, text).isEqualTo(whole);
  }
}
