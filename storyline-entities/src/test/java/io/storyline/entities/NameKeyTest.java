package io.storyline.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.entities.key.NameKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

  @ParameterizedTest(name = "{0} ({1}) and {2} ({3}) share a key")
  @CsvSource({
      "Столтенберг, uk, Stoltenberg, nl",
      "Столтенберг, ru, Stoltenberg, hu",
      "Кісіда, uk, Kishida, nl",
      "Кісіда, uk, Kisida, hu",
      "Рютте, ru, Rutte, pl",
      "Зеленський, uk, Zelenskyj, it",
      "Зеленський, uk, Zelensky, en",
      "Зеленский, ru, Zełenski, pl",
      "Йєнс, uk, Jens, nl",
      "Єнс, uk, Jens, hu",
      "Путін, uk, Putin, en",
      "Ishiba, pl, Ісіба, uk"})
  void romanisedKeysTolerateTranscriptionDifferences(String a, String langA, String b, String langB) {
    assertThat(NameKey.of(a, EntityType.PERSON, langA)).isEqualTo(NameKey.of(b, EntityType.PERSON, langB));
  }

  @ParameterizedTest(name = "{0} and {1} are the same person")
  @CsvSource({"Kisida Fumio, Fumio Kishida", "Йєнс Столтенберг, Jens Stoltenberg"})
  void personKeysIgnoreNameOrder(String a, String b) {
    assertThat(NameKey.of(a, EntityType.PERSON, "uk")).isEqualTo(NameKey.of(b, EntityType.PERSON, "hu"));
  }

  @ParameterizedTest(name = "{0} and {1} differ")
  @CsvSource({"Mark Rutte, Mark Twain", "Kishida, Kisielewski"})
  void differentNamesKeepDifferentKeys(String a, String b) {
    assertThat(NameKey.of(a, EntityType.PERSON, "en")).isNotEqualTo(NameKey.of(b, EntityType.PERSON, "en"));
  }

  @ParameterizedTest(name = "{0} skeleton equals {1}")
  @CsvSource({"Трамп, Trump", "Джо Байден, Joe Biden", "Борис Джонсон, Boris Johnson"})
  void skeletonsBridgeVowelDifferences(String a, String b) {
    assertThat(NameKey.skeleton(NameKey.of(a, EntityType.PERSON, "ru")))
        .isEqualTo(NameKey.skeleton(NameKey.of(b, EntityType.PERSON, "en")));
  }
}
