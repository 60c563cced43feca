package io.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.time.Granularity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** English glosses of an event's key action or object from the concepts its titles name (real concept tables). */
class GlossesTest {
  /** An article of this title whose body names nothing of it again. */
  private static Profile titled(String language, String headline) {
    return new Profile(language + headline.hashCode(), language, headline, EventTime.UNKNOWN, Granularity.DAY, 0,
        EventKinds.REPORT, List.of(), Terms.of(headline + " " + headline, language), List.of(), null);
  }

  /** An article of this title whose body is {@code body}. */
  private static Profile article(String language, String headline, String body) {
    return new Profile(language + headline.hashCode(), language, headline, EventTime.UNKNOWN, Granularity.DAY, 0,
        EventKinds.REPORT, List.of(), Terms.of(headline + " " + headline + " " + body, language), List.of(), null);
  }

  private static double flat(String concept) {
    return 1.0;
  }

  @Test
  void aPolishAndAUkrainianTitleAboutASummitReadAsSummitNotAsApex() {
    List<Profile> members = List.of(titled("pl", "Szczyt NATO w Wilnie"), titled("uk", "Саміт НАТО у Вільнюсі"));
    assertThat(Glosses.of(members, "report", List.of("NATO", "Vilnius"), GlossesTest::flat)).isEqualTo("summit");
  }

  @Test
  void aGlossThatRepeatsTheKindIsNotShown() {
    List<Profile> members = List.of(titled("pl", "Szczyt NATO w Wilnie"), titled("uk", "Саміт НАТО у Вільнюсі"));
    assertThat(Glosses.of(members, "summit", List.of("NATO", "Vilnius"), GlossesTest::flat)).isNull();
  }

  @Test
  void aWordWrittenWithACapitalInsideTheTitleIsANameAndGivesNoGloss() {
    assertThat(Glosses.senses("Japonia chce bliższej współpracy z NATO", "pl", Concepts.bundled()).getFirst())
        .contains("08921850-n"); // Japan: the first word of a title is written with a capital anyway
    assertThat(Glosses.senses("Rozmowy premiera z Japonią o handlu", "pl", Concepts.bundled()).stream().flatMap(List::stream))
        .doesNotContain("08921850-n");
  }

  @Test
  void aConceptOneTitleNamesInPassingAndItsBodyNeverAgainIsNotShown() {
    assertThat(Glosses.of(List.of(titled("pl", "Japonia chce bliższej współpracy z NATO")), "plan",
        List.of("Japan", "NATO"), GlossesTest::flat)).isNull();
  }

  @Test
  void aGlossThatIsAWordOfAnEntityNameIsNotShown() {
    List<Profile> members = List.of(article("pl", "Japonia chce bliższej współpracy z NATO",
        "Współpraca Japonii z sojuszem ma się zacieśnić. Ta współpraca obejmie ćwiczenia."));
    String gloss = Glosses.of(members, "plan", List.of("Japan", "NATO"), GlossesTest::flat);
    assertThat(gloss).doesNotContain("japan").contains("collaboration");
  }

  @Test
  void theMoreSpecificConceptComesFirstAndAtMostTwoAreShown() {
    List<Profile> members = List.of(article("en", "Gas sanctions: parliament votes",
        "The parliament voted on the sanctions against the gas company. The sanctions hit gas exports; the parliament"
            + " was divided."));
    String gloss = Glosses.of(members, "report", List.of(), c -> "08319198-n".equals(c) ? 5.0 : 1.0); // parliament
    assertThat(gloss.split(", ")).hasSize(Glosses.MAX);
    assertThat(gloss).startsWith("parliament, ");
  }

  @Test
  void aQuotedRunThatOpensWithACapitalOrANumberedNameIsANameButQuotedSpeechIsNot() {
    assertThat(Glosses.withoutQuotedNames("Газпром започна строителството на \"Северен поток-2\"")).doesNotContain("поток");
    assertThat(Glosses.withoutQuotedNames("Северный поток-2 и угрозы США")).doesNotContain("поток", "Северный")
        .contains("угрозы");
    assertThat(Glosses.withoutQuotedNames("Szef ARM zapowiada \"duże przyspieszenie szczepień\"")).contains("szczepień");
  }

  @Test
  void aPeopleOrCountryIsAProperNameAndNeverAGloss() {
    List<Profile> members = List.of(article("en", "Christian woman freed after blasphemy ruling",
        "The Christian woman spent years in prison. The blasphemy ruling was overturned; Christian groups and"
            + " blasphemy laws were debated."));
    assertThat(Glosses.of(members, "report", List.of(), GlossesTest::flat)).contains("blasphemy")
        .doesNotContain("christian");
  }

  @Test
  void verbsAndNounsOfTheKindAreOneWord() {
    assertThat(Glosses.sameWord("talk", "talks")).isTrue();
    assertThat(Glosses.sameWord("meet", "meeting")).isTrue();
    assertThat(Glosses.sameWord("summit", "visit")).isFalse();
  }
}
