package io.storyline.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LemmaTest {

  @ParameterizedTest(name = "{1}: {0} -> {3}")
  @CsvSource({
      "Ishibą, pl, PERSON, Ishiba",
      "Japánnal, hu, LOCATION, Japán",
      "Koreával, hu, LOCATION, Korea",
      "Японії, uk, LOCATION, Японія",
      "Столтенбергом, uk, PERSON, Столтенберг",
      "Кісідою, uk, PERSON, Кісіда",
      "Japonii, pl, LOCATION, Japonia",
      "Putina, pl, PERSON, Putin",
      "России, ru, LOCATION, Россия",
      "Зеленского, ru, PERSON, Зеленский"})
  void reducesOneWordToItsBaseForm(String word, String language, EntityType type, String lemma) {
    assertThat(Recognizers.SHARED.lemmatizer().lemma(word, language, type)).isEqualTo(lemma);
  }

  @ParameterizedTest(name = "{1}: {0} -> {3}")
  @CsvSource({
      "Wielkiej Brytanii, pl, LOCATION, Wielka Brytania",
      "Partii Niepodległości Wielkiej Brytanii, pl, ORGANIZATION, Partia Niepodległości Wielkiej Brytanii",
      "Йєнсом Столтенбергом, uk, PERSON, Йєнс Столтенберг",
      "Azji Wschodniej, pl, LOCATION, Azja Wschodnia",
      "Мадридському саміті, uk, EVENT, Мадридський саміт",
      "Верховного суда, ru, ORGANIZATION, Верховный суд"})
  void reducesMultiWordNamesInTheirHeadPhrase(String name, String language, EntityType type, String lemma) {
    assertThat(Recognizers.SHARED.lemmatizer().lemma(List.of(name.split(" ")), language, type)).isEqualTo(lemma);
  }
}
