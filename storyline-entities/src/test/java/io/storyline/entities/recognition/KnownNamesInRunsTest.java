package io.storyline.entities.recognition;

import static io.storyline.entities.recognition.Fixtures.candidate;
import static io.storyline.entities.recognition.Fixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.entities.EntityType;
import org.junit.jupiter.api.Test;

class KnownNamesInRunsTest {
  private final CapitalisedRuns runs = new CapitalisedRuns(Fixtures.KNOWN, Fixtures.LEMMATIZER);
  private final KnownNamesInRuns pass = new KnownNamesInRuns(Fixtures.KNOWN, Fixtures.READINGS, Fixtures.LEMMATIZER);

  @Test
  void aTitleBeforeAPersonNameIsNotPartOfTheName() {
    Document doc = Document.of("Do Tokio przyleciał Premier Mark Rutte.", "pl");
    Draft draft = Fixtures.run(doc, runs, pass);
    assertThat(texts(doc, draft, UnknownSegment.class)).containsExactly("Mark Rutte");
    assertThat(draft.findings()).filteredOn(UnknownSegment.class::isInstance).map(UnknownSegment.class::cast)
        .extracting(UnknownSegment::afterTitle).containsExactly(true);
  }

  @Test
  void aKnownNameInARunIsTheGazetteersAndTheRestIsLeftUnknown() {
    Document doc = Document.of("Sekretarz generalny NATO Mark Rutte przebywał w Japonii.", "pl");
    Draft draft = Fixtures.run(doc, runs, pass);
    assertThat(candidate(doc, draft, "NATO").stage()).isEqualTo("gazetteer:acronyms");
    assertThat(candidate(doc, draft, "Japonii").type()).isEqualTo(EntityType.LOCATION);
    assertThat(texts(doc, draft, UnknownSegment.class)).containsExactly("Mark Rutte");
    assertThat(texts(doc, draft, Run.class)).isEmpty();
  }

  @Test
  void aCityNameThatOpensAPersonsNameIsNotTakenForTheCity() {
    Document doc = Document.of("Вчера Владимир Путин заявил о переговорах.", "ru");
    Draft draft = Fixtures.run(doc, runs, pass);
    assertThat(texts(doc, draft, Candidate.class)).doesNotContain("Владимир");
    assertThat(texts(doc, draft, UnknownSegment.class)).containsExactly("Владимир Путин");
  }

  @Test
  void aHeadWordTypesTheWholeSegment() {
    Document doc = Document.of("W piątek Uniwersytet Keio ogłosił wyniki.", "pl");
    Candidate university = candidate(doc, Fixtures.run(doc, runs, pass), "Uniwersytet Keio");
    assertThat(university.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(university.stage()).isEqualTo("head-word");
  }
}
