package io.storyline.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.time.TimeExpression.Kind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeExpressionExtractorTest {
  private static final TimeExpressionExtractor EXTRACTOR = new TimeExpressionExtractor();
  private static final Reference FRIDAY_12_JULY_2024 = Reference.day(LocalDate.of(2024, 7, 12));

  private static List<TimeExpression> find(String text, String lang, Reference ref) {
    return EXTRACTOR.extract(text, lang, ref);
  }

  private static TimeExpression only(String text, String lang, Reference ref) {
    List<TimeExpression> found = find(text, lang, ref);
    assertThat(found).as("expressions in '%s'", text).hasSize(1);
    return found.get(0);
  }

  @Test
  void resolvesPolishGenitiveMonthWithoutYear() {
    TimeExpression e = only("Spotkanie odbyło się 8 kwietnia w Tokio.", "pl", Reference.day(LocalDate.of(2025, 4, 11)));
    assertThat(e.value()).isEqualTo("2025-04-08");
    assertThat(e.granularity()).isEqualTo(Granularity.DAY);
    assertThat(e.text()).isEqualTo("8 kwietnia");
  }

  @Test
  void leavesYearUnderspecifiedWithoutReference() {
    assertThat(only("Зустріч відбулася 3 травня.", "uk", null).value()).isEqualTo("XXXX-05-03");
  }

  @Test
  void keepsMonthGranularityForMonthYear() {
    TimeExpression e = only("tra maggio 2023 e", "it", null);
    assertThat(e.value()).isEqualTo("2023-05");
    assertThat(e.granularity()).isEqualTo(Granularity.MONTH);
  }

  @Test
  void twoDayRangeInPolish() {
    TimeExpression e = only("W dniach 8-9 kwietnia sekretarz generalny przebywał w Japonii.", "pl", null);
    assertThat(e.kind()).isEqualTo(Kind.RANGE);
    assertThat(e.interval()).isEqualTo("XXXX-04-08/XXXX-04-09");
  }

  @Test
  void rangeTakesTheNearestYearOfTheReference() {
    TimeExpression e = only("до саміту НАТО у Вільнюсі 11-12 липня.", "uk", Reference.day(LocalDate.of(2023, 5, 3)));
    assertThat(e.interval()).isEqualTo("2023-07-11/2023-07-12");
  }

  @Test
  void weekdayResolvesToPreviousThursday() {
    TimeExpression e = only("I ministri hanno concordato giovedì di rafforzare la cooperazione.", "it",
        Reference.day(LocalDate.of(2024, 10, 18)));
    assertThat(e.value()).isEqualTo("2024-10-17");
  }

  @Test
  void weekdayInAFutureSentenceResolvesForward() {
    assertThat(only("The ministers will meet on Thursday.", "en", FRIDAY_12_JULY_2024).value()).isEqualTo("2024-07-18");
  }

  @Test
  void doesNotReportAmountsAsYears() {
    assertThat(find("The fine was 2024 euros, paid by 1850 people.", "en", null)).isEmpty();
    assertThat(find("Call +1 555 2024 1234 or pay $2024.", "en", null)).isEmpty();
    assertThat(find("a 32 tagú szövetséget", "hu", null)).isEmpty();
  }

  @Test
  void reportsYearsWithTheirMarkers() {
    TimeExpression e = only("яку сторони підписали у 2014 році.", "uk", null);
    assertThat(e.value()).isEqualTo("2014");
    assertThat(e.text()).isEqualTo("у 2014 році");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"en, 31 February 2024", "pl, 31 lutego 2024", "en, 2024-13-01", "de, 31.02.2024", "en, 12 March 1750",
      "en, 30 June 2190"})
  void rejectsImpossibleAndImplausibleDates(String lang, String text) {
    assertThat(find(text, lang, null)).noneMatch(e -> e.granularity() == Granularity.DAY);
  }

  @ParameterizedTest(name = "{0}: 03/04/2024 is {1}")
  @CsvSource({"en, 2024-03-04", "de, 2024-04-03", "it, 2024-04-03", "pl, 2024-04-03", "fr, 2024-04-03"})
  void ambiguousNumericDateFollowsLocale(String lang, String expected) {
    assertThat(only("03/04/2024", lang, null).value()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"pl, wczoraj, 2024-07-11", "nl, vorig jaar, 2023", "uk, минулого року, 2023", "hu, tegnap, 2024-07-11",
      "it, l'anno scorso, 2023", "it, l’anno scorso, 2023", "es, el mes pasado, 2024-06", "en, next week, 2024-W29",
      "de, morgen, 2024-07-13", "fr, hier, 2024-07-11"})
  void resolvesCldrRelativeVocabulary(String lang, String text, String expected) {
    assertThat(only(text, lang, FRIDAY_12_JULY_2024).value()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"hu, júliusban, 2024-07", "uk, у квітні, 2024-04", "pl, w kwietniu, 2024-04", "uk, наприкінці січня, 2024-01",
      "pl, na początku roku, 2024", "nl, later deze maand, 2024-07", "it, all'inizio della giornata, 2024-07-12"})
  void resolvesInflectedAndResourcePhrases(String lang, String text, String expected) {
    assertThat(only(text, lang, FRIDAY_12_JULY_2024).value()).isEqualTo(expected);
  }

  @Test
  void readsHungarianYearFirstDates() {
    assertThat(only("2024. július 12.", "hu", null).value()).isEqualTo("2024-07-12");
    assertThat(only("július 12-én", "hu", FRIDAY_12_JULY_2024).value()).isEqualTo("2024-07-12");
  }

  @Test
  void readsTimesOfDay() {
    TimeExpression e = only("о 14:30", "uk", null);
    assertThat(e.value()).isEqualTo("T14:30");
    assertThat(e.kind()).isEqualTo(Kind.TIME);
    assertThat(only("at 2 p.m.", "en", FRIDAY_12_JULY_2024).value()).isEqualTo("2024-07-12T14:00");
  }

  @Test
  void readsDurations() {
    TimeExpression e = only("for the past two years", "en", null);
    assertThat(e.value()).isEqualTo("P2Y");
    assertThat(e.kind()).isEqualTo(Kind.DURATION);
  }

  @Test
  void lowerCaseMayIsNotAMonthInEnglish() {
    assertThat(find("Prices may rise.", "en", null)).isEmpty();
  }

  @Test
  void randomInputNeverFailsAndKeepsSpansInsideTheText() {
    Random random = new Random(42);
    String alphabet = "0123456789 -./:,ąęłóśżźкийтрвнязjulyMayaplikwe\n'’";
    long start = System.nanoTime();
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(400); n > 0; n--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      for (String lang : List.of("en", "pl", "uk", "hu", "und")) {
        for (TimeExpression e : find(text, lang, i % 2 == 0 ? FRIDAY_12_JULY_2024 : null)) {
          assertThat(e.end()).isLessThanOrEqualTo(text.length());
          assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
        }
      }
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }
}
