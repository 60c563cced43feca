package io.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The per-language trigger lexicons and term normalisation. */
class LanguageDataTest {

  @ParameterizedTest(name = "[{0}] ''{1}'' is a {2}")
  @CsvSource({
      "pl, Premier z wizytą w Japonii, visit",
      "uk, Візит генсека до Токіо, visit",
      "it, In visita a Tokyo, visit",
      "hu, Látogatás Tokióban, visit",
      "nl, Bezoek aan Japan, visit",
      "en, Rutte's visit to Japan, visit",
      "de, Besuch in Japan, visit",
      "es, Visita a Japón, visit",
      "fr, Visite au Japon, visit",
      "cs, Návštěva v Japonsku, visit",
      "ru, Визит в Японию, visit",
      "pl, Spotkanie ministrów, meeting",
      "uk, Зустріч міністрів, meeting",
      "it, Incontro dei ministri, meeting",
      "hu, Találkozó Brüsszelben, meeting",
      "nl, Ontmoeting in Brussel, meeting",
      "pl, Szczyt NATO w Wilnie, summit",
      "uk, Саміт НАТО у Вільнюсі, summit",
      "it, Vertice NATO, summit",
      "hu, NATO-csúcs Washingtonban, summit",
      "nl, De NAVO-top in Vilnius, summit",
      "pl, Wywiad z sekretarzem, interview",
      "uk, Інтерв'ю генсека, interview",
      "it, Intervista al segretario, interview",
      "hu, Interjú a főtitkárral, interview",
      "pl, Wspólne ćwiczenia wojskowe, exercise",
      "uk, Спільні навчання флотів, exercise",
      "it, Esercitazioni congiunte, exercise",
      "hu, Közös hadgyakorlat, exercise",
      "nl, Gezamenlijke oefening, exercise",
      "pl, Umowa o partnerstwie, agreement",
      "uk, Угода про партнерство, agreement",
      "it, Accordo di partenariato, agreement",
      "hu, Megállapodás született, agreement",
      "nl, Akkoord over samenwerking, agreement",
      "en, Sanctions on Russia, sanctions",
      "de, Gipfel in Brüssel, summit",
      "fr, Sommet de l'OTAN, summit",
      "es, Cumbre de la OTAN, summit",
      "cs, Summit NATO ve Vilniusu, summit",
      "en, Markets close higher, report"})
  void readsTheKindOfHappeningFromTriggerWords(String language, String title, String kind) {
    assertThat(EventKinds.of(language).kind(title, "")).isEqualTo(kind);
  }

  @Test
  void countsTitleTriggersTwiceAndBreaksTiesByKindOrder() {
    assertThat(EventKinds.of("en").kind("Summit opens", "a visit and a meeting")).isEqualTo("summit");
    assertThat(EventKinds.of("en").kind("", "a visit and an interview")).isEqualTo("interview");
  }

  @Test
  void aLanguageWithoutDataUsesEnglishTriggers() {
    assertThat(EventKinds.of("xx").kind("Summit in Oslo", "")).isEqualTo("summit");
  }

  @ParameterizedTest(name = "{0} ({1}) and {2} ({3}) share a term")
  @CsvSource({
      "парламент, uk, parlament, pl",
      "України, uk, Ukrainy, pl",
      "Брекзит, ru, Brexit, cs",
      "президента, ru, prezydent, pl"})
  void termsMeetAcrossScriptsAndInflections(String a, String la, String b, String lb) {
    assertThat(Terms.plain(Terms.of(a, la)).keySet()).isEqualTo(Terms.plain(Terms.of(b, lb)).keySet()).isNotEmpty();
    assertThat(Terms.pairwise(Terms.of(a, la)).keySet()).containsAnyElementsOf(Terms.pairwise(Terms.of(b, lb)).keySet());
  }

  @Test
  void termsDropStopWordsAndKeepNumbers() {
    assertThat(Terms.plain(Terms.of("the 2024 summit and the 32 allies", "en")))
        .containsOnlyKeys("2024", "sumit", "32", "ales");
  }

  @ParameterizedTest(name = "{1}: the terms of \"{0}\" include {2}")
  @CsvSource({
      "中国和日本的领导人在东京会面, zh, riben",
      "日本と中国の首脳が東京で会談した, ja, riben",
      "والحكومة أعلنت أن الحكومة الجديدة ستجتمع, ar, hkvm"})
  void termsOfScriptsWithoutSpacesOrWithCliticsAreWords(String text, String language, String term) {
    assertThat(Terms.of(text, language)).containsKey(term);
  }

  @ParameterizedTest(name = "{1}: \"{0}\" and \"{2}\" are one term")
  @CsvSource({"والحكومة, ar, الحكومة", "کتابها, fa, کتاب"})
  void aWordWithItsCliticsOrAffixesIsTheTermOfItsStem(String a, String language, String b) {
    assertThat(Terms.of(a, language).keySet()).isEqualTo(Terms.of(b, language).keySet()).isNotEmpty();
  }
}
