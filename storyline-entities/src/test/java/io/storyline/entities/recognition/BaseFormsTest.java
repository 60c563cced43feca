package io.storyline.entities.recognition;

import static io.storyline.entities.recognition.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.entities.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaseFormsTest {
  private final BaseForms pass = new BaseForms(Fixtures.LEMMATIZER);

  @Test
  void aPersonsNameIsReducedToItsBaseFormAndKeyed() {
    Document doc = Document.of("Wczoraj spółka Jana Kowalskiego upadła.", "pl");
    Draft draft = pass.apply(doc, Draft.EMPTY.withFindings(List.of(
        candidate(doc, "Jana Kowalskiego", EntityType.PERSON, "dictionary"))));
    Candidate person = draft.candidates().getFirst();
    assertThat(person.lemma()).isEqualTo("Jana Kowalski");
    assertThat(person.key()).isEqualTo("iana kovalski");
  }

  @Test
  void aWordTakesTheBaseFormTheDocumentWritesElsewhere() {
    Document doc = Document.of("Вчера Дональд Трамп заявил, что рейтинг Трампа растёт.", "ru");
    Draft draft = pass.apply(doc, Draft.EMPTY.withFindings(List.of(
        candidate(doc, "Трампа", EntityType.PERSON, "capitalised-noun"))));
    assertThat(draft.candidates().getFirst().lemma()).isEqualTo("Трамп");
  }

  @Test
  void aCandidateWithAKeyKeepsTheBaseFormItsLexiconGave() {
    Document doc = Document.of("Prezydent wrócił wczoraj do Polski.", "pl");
    int at = doc.text.indexOf("Polski");
    Candidate known = new Candidate(at, at + 6, EntityType.LOCATION, "#PL", "Polska", "gazetteer:cldr-region", false);
    assertThat(pass.apply(doc, Draft.EMPTY.withFindings(List.of(known))).candidates()).containsExactly(known);
  }

  @Test
  void candidatesComeOutInTextOrder() {
    Document doc = Document.of("Wczoraj Jan Nowak spotkał Adama Kowalskiego.", "pl");
    Draft draft = pass.apply(doc, Draft.EMPTY.withFindings(List.of(
        candidate(doc, "Adama Kowalskiego", EntityType.PERSON, "dictionary"),
        candidate(doc, "Jan Nowak", EntityType.PERSON, "dictionary"))));
    assertThat(draft.candidates()).extracting(Candidate::from).isSorted();
  }
}
