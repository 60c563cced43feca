package io.storyline.entities.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishRomanisationTest {

  @ParameterizedTest(name = "{0} ({1}) reads {2}")
  @CsvSource(delimiter = '|', value = {
      "Джон Болтон            | ru | Dzhon Bolton",
      "Сергей Шойгу           | ru | Sergey Shoygu",
      "Хрущёв                 | ru | Khrushchyov",
      "Володимир Зеленський   | uk | Volodymyr Zelenskyy",
      "Денис Шмигаль          | uk | Denys Shmyhal",
      "Върховния съд          | bg | Varhovniya sad",
      "Бойко Борисов          | bg | Boyko Borisov",
      "ЩАТИТЕ                 | bg | SHTATITE",
      "Joe Biden              | pl | Joe Biden",
  })
  void aCyrillicNameIsSpeltWithTheDigraphsOfEnglishTransliteration(String name, String language, String expected) {
    assertThat(EnglishRomanisation.of(name, language)).isEqualTo(expected);
  }
}
