package io.storyline.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.storyline.entities.model.StatisticalNames;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionRecognizerWithModelTest {
  private static final MentionRecognizer WITH_MODEL = Recognizers.SHARED.withModel(StatisticalNames.shipped());

  @Test
  void inGermanTheModelFindsTheNamesAndGazetteerPlacesStay() {
    String text = "Bundeskanzler Olaf Scholz traf am Dienstag in Berlin den französischen Präsidenten Emmanuel Macron."
        + " Nach Angaben der Deutschen Bahn fielen in Hamburg zahlreiche Züge aus.";
    List<Mention> mentions = WITH_MODEL.recognise(text, "de");
    assertThat(mentions).extracting(Mention::surface, Mention::type).contains(
        tuple("Olaf Scholz", EntityType.PERSON), tuple("Emmanuel Macron", EntityType.PERSON),
        tuple("Berlin", EntityType.LOCATION), tuple("Hamburg", EntityType.LOCATION));
    assertThat(mentions).filteredOn(m -> m.surface().equals("Berlin")).extracting(Mention::stage)
        .allSatisfy(stage -> assertThat(stage).startsWith("gazetteer:"));
    assertThat(mentions).extracting(Mention::stage).contains("model:ner-de");
    assertThat(mentions).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface()));
  }

  @Test
  void inGermanASurnameTheModelTypedAPlaceIsThePersonTheTextNamedInFull() {
    String text = "Danach sprach er mit Thomas Finkelnburg. Finkelnburg blieb.";
    List<Mention> mentions = WITH_MODEL.recognise(text, "de");
    Mention full = mentions.stream().filter(m -> m.surface().equals("Thomas Finkelnburg")).findFirst().orElseThrow();
    assertThat(mentions).filteredOn(m -> m.surface().equals("Finkelnburg"))
        .extracting(Mention::type, Mention::key).containsExactly(tuple(EntityType.PERSON, full.key()));
  }

  @Test
  void inDutchTheRulesLeadAndTheModelTypesWhatTheyCouldNot() {
    String text = "Volgens woordvoerder Jan Peeters rijden de treinen tussen Antwerpen en Rotterdam weer normaal.";
    assertThat(WITH_MODEL.recognise(text, "nl")).extracting(Mention::surface, Mention::type)
        .contains(tuple("Antwerpen", EntityType.LOCATION), tuple("Rotterdam", EntityType.LOCATION));
  }

  @Test
  void inEnglishTheModelWeighsTheRulesVotesAndKeepsTheirNames() {
    String text = "Prime Minister Keir Starmer met NATO Secretary General Mark Rutte in London on Tuesday.";
    assertThat(WITH_MODEL.recognise(text, "en")).extracting(Mention::surface, Mention::type).contains(
        tuple("Keir Starmer", EntityType.PERSON), tuple("Mark Rutte", EntityType.PERSON),
        tuple("NATO", EntityType.ORGANIZATION), tuple("London", EntityType.LOCATION));
  }

  @Test
  void languagesWithoutAModelGetExactlyTheRulesMentions() {
    String text = "Il primo ministro Giorgia Meloni ha incontrato Mark Rutte della NATO a Roma martedì.";
    assertThat(WITH_MODEL.recognise(text, "it")).isEqualTo(Recognizers.SHARED.withModel(null).recognise(text, "it"));
  }

  @Test
  void theDefaultRecogniserUsesTheEnglishGermanHungarianAndDutchModels() {
    assertThat(Recognizers.SHARED.model().languages()).containsExactlyInAnyOrder("en", "de", "hu", "nl");
    assertThat(Recognizers.SHARED.model().supports("fr")).as("French has no evaluation set: opt-in").isFalse();
    assertThat(WITH_MODEL.withLearned(List.of()).model()).isSameAs(StatisticalNames.shipped());
  }
}
