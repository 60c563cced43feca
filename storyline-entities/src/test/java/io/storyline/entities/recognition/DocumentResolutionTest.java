package io.storyline.entities.recognition;

import static io.storyline.entities.recognition.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentResolutionTest {
  private final BaseForms baseForms = new BaseForms(Fixtures.LEMMATIZER);
  private final DocumentResolution pass = new DocumentResolution();

  private List<Mention> resolved(Document doc, Candidate... candidates) {
    return pass.apply(doc, baseForms.apply(doc, Draft.EMPTY.withFindings(List.of(candidates)))).mentions();
  }

  @Test
  void aSurnameAloneLinksToTheFullNameTheTextWrites() {
    Document doc = Document.of("Вчера Дональд Трамп заявил, что рейтинг Трампа растёт.", "ru");
    List<Mention> mentions = resolved(doc, candidate(doc, "Дональд Трамп", EntityType.PERSON, "dictionary"),
        candidate(doc, "Трампа", null, "capitalised-noun"));
    assertThat(mentions).extracting(Mention::key).containsExactly("donald tramp", "donald tramp");
    assertThat(mentions.getLast().type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aSentenceInitialWordNoOtherMentionConfirmsIsDropped() {
    Document doc = Document.of("Zorvex. Wczoraj Jan Nowak przyjechał.", "pl");
    int at = doc.text.indexOf("Zorvex");
    Candidate doubtful = new Candidate(at, at + 6, null, null, null, "capitalised", true);
    assertThat(resolved(doc, doubtful, candidate(doc, "Jan Nowak", EntityType.PERSON, "dictionary")))
        .extracting(Mention::surface).containsExactly("Jan Nowak");
  }

  @Test
  void aPersonsInitialsBelongToTheName() {
    Document doc = Document.of("Wczoraj J. Lundgren przyjechał do miasta.", "pl");
    Mention m = resolved(doc, candidate(doc, "Lundgren", EntityType.PERSON, "capitalised")).getFirst();
    assertThat(m.surface()).isEqualTo("J. Lundgren");
    assertThat(m.lemma()).isEqualTo("J. Lundgren");
  }

  @Test
  void ofOverlappingCandidatesTheFirstWins() {
    Document doc = Document.of("Wczoraj Jan Nowak przyjechał.", "pl");
    assertThat(resolved(doc, candidate(doc, "Jan Nowak", EntityType.PERSON, "dictionary"),
        candidate(doc, "Nowak", EntityType.LOCATION, "dictionary"))).extracting(Mention::surface)
        .containsExactly("Jan Nowak");
  }

  @Test
  void aTownOpeningARowOfResultsNamesItsTeam() {
    Document doc = Document.of("Wyniki: Kraków 2 Gdańsk 1", "pl");
    int at = doc.text.indexOf("Gdańsk");
    Candidate town = new Candidate(at, at + 6, EntityType.LOCATION, "#GDANSK", "Gdańsk", "gazetteer:cldr-city", false);
    Mention team = resolved(doc, town).getFirst();
    assertThat(team.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(team.stage()).isEqualTo("team");
  }
}
