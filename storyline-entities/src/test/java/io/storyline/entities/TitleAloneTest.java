package io.storyline.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A title written with capitals but without a name is no name. */
class TitleAloneTest {

  @ParameterizedTest(name = "{1}: no name \"{2}\" in \"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "The Secretary General said on Monday that the alliance is ready.     | en | Secretary General",
      "Генеральний Секретар заявив у понеділок, що альянс готовий.          | uk | Генеральний Секретар",
      "Nie mogę się doczekać współpracy z Panem i Pana zespołem.            | pl | Panem",
      "Заступник Міністра повідомив про нові правила.                       | uk | Заступник Міністра"})
  void aTitleWithoutANameIsNoName(String text, String language, String surface) {
    assertThat(Recognizers.SHARED.recognise(text.strip(), language)).extracting(Mention::surface)
        .doesNotContain(surface);
  }

  @ParameterizedTest(name = "{1}: \"{2}\" in \"{0}\" is still a person")
  @CsvSource(delimiter = '|', value = {
      "The Secretary General Mark Rutte said on Monday that NATO is ready.   | en | Mark Rutte",
      "Генеральний секретар НАТО Марк Рютте заявив, що альянс готовий.       | uk | Марк Рютте"})
  void aNameAfterItsTitleIsStillFound(String text, String language, String surface) {
    assertThat(Recognizers.SHARED.recognise(text.strip(), language)).extracting(Mention::surface).contains(surface);
  }
}
