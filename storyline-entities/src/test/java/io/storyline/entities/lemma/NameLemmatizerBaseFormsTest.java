package io.storyline.entities.lemma;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Base forms of content words, for translingual concepts. */
class NameLemmatizerBaseFormsTest {
  private final NameLemmatizer lemmatizer = new NameLemmatizer();

  @ParameterizedTest(name = "[{1}] ''{0}'' has the base form ''{2}''")
  @CsvSource({"szczytu, pl, szczyt", "gipfels, de, gipfel", "elezioni, it, elezione", "саміту, uk, саміт",
      "elections, en, election"})
  void anInflectedWordHasItsDictionaryBaseFormInLowerCase(String word, String language, String base) {
    assertThat(lemmatizer.baseForms(word, language)).contains(base);
  }

  @ParameterizedTest(name = "[{1}] ''{0}'' has no base form")
  @CsvSource({"qwzrtx, pl", "summit, xx", "szczytu, cs"})
  void anUnknownWordOrALanguageWithoutDictionaryHasNone(String word, String language) {
    assertThat(lemmatizer.baseForms(word, language)).isEmpty();
  }
}
