package io.storyline.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageSetTest {

  @Test
  void theEuSetHoldsTheOfficialLanguagesLinguaSupportsButNotMaltese() {
    LanguageSet eu = LanguageSet.parse("eu");
    assertThat(eu.codes()).hasSize(23).contains("pl", "hu", "nl", "it", "ga", "el", "bg").doesNotContain("mt", "uk");
  }

  @Test
  void theDefaultSetAddsUkrainianRussianAndTheNeighboursToTheEuSet() {
    LanguageSet set = LanguageSet.parse("default");
    assertThat(set.codes()).containsAll(LanguageSet.parse("eu").codes())
        .contains("uk", "ru", "be", "sr", "mk", "bs", "sq", "tr", "ar", "he", "fa", "hi", "zh", "ja", "ko", "id", "vi", "nb");
    assertThat(set.name()).isEqualTo("default");
  }

  @Test
  void allIsEveryLinguaLanguage() {
    assertThat(LanguageSet.parse("all").codes()).hasSize(75).isEqualTo(LanguageSet.supportedCodes());
  }

  @Test
  void aCommaListIsParsedIgnoringCaseSpacesAndDuplicates() {
    LanguageSet set = LanguageSet.parse(" PL , uk,en,pl ");
    assertThat(set.codes()).containsExactly("en", "pl", "uk");
    assertThat(set.name()).isEqualTo("en,pl,uk");
    assertThat(set.contains("uk")).isTrue();
    assertThat(set.contains("ru")).isFalse();
  }

  @Test
  void inACommaListEuIsTheCodeForBasqueNotTheEuSet() {
    assertThat(LanguageSet.parse("eu,pl").codes()).containsExactly("eu", "pl");
  }

  @ParameterizedTest(name = "''{0}'' is rejected naming the bad value and listing the choices")
  @ValueSource(strings = {"xx", "pl,xx", "polish", "pl,,en", "", "en-GB"})
  void unknownNamesAndCodesAreRejectedWithTheValidChoices(String spec) {
    assertThatThrownBy(() -> LanguageSet.parse(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("in '" + spec + "'")
        .hasMessageContaining("use default, eu, all, or a comma list")
        .hasMessageContaining("pl, pt, ro");
  }

  @Test
  void malteseIsRejectedWithTheReason() {
    assertThatThrownBy(() -> LanguageSet.parse("mt,pl"))
        .hasMessageContaining("Maltese (mt)")
        .hasMessageContaining("Lingua has no model");
  }

  @Test
  void theConstructorChecksItsCodesToo() {
    assertThatThrownBy(() -> new LanguageSet("x", List.of("pl", "qq"))).hasMessageContaining("'qq'");
    assertThatThrownBy(() -> new LanguageSet("x", List.of())).hasMessageContaining("at least one language");
  }

  @Test
  void accuracyModesParseIgnoringCase() {
    assertThat(AccuracyMode.parse(" HIGH ")).isEqualTo(AccuracyMode.HIGH);
    assertThat(AccuracyMode.parse("low")).isEqualTo(AccuracyMode.LOW);
    assertThatThrownBy(() -> AccuracyMode.parse("medium")).hasMessageContaining("'medium'").hasMessageContaining("high or low");
  }
}
