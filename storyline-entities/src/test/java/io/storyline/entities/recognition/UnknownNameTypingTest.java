package io.storyline.entities.recognition;

import static io.storyline.entities.recognition.Fixtures.candidate;
import static io.storyline.entities.recognition.Fixtures.segment;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.entities.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownNameTypingTest {
  private final UnknownNameTyping pass = new UnknownNameTyping(Fixtures.READINGS, Fixtures.LEMMATIZER);

  private Draft typed(Document doc, UnknownSegment segment) {
    return pass.apply(doc, Draft.EMPTY.withFindings(List.of(segment)));
  }

  @Test
  void aSegmentATitleOpenedIsAPerson() {
    Document doc = Document.of("Do Tokio przyleciał Premier Mark Rutte.", "pl");
    Candidate rutte = candidate(doc, typed(doc, segment(doc, "Mark Rutte", true)), "Mark Rutte");
    assertThat(rutte.type()).isEqualTo(EntityType.PERSON);
    assertThat(rutte.stage()).isEqualTo("trigger");
  }

  @Test
  void anAcronymBeforeAFullNameIsABodyAndItsHead() {
    Document doc = Document.of("Вчера глава МИД Сергей Лавров прибыл в Анкару.", "ru");
    Draft draft = typed(doc, segment(doc, "МИД Сергей Лавров", false));
    assertThat(candidate(doc, draft, "МИД").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(candidate(doc, draft, "Сергей Лавров").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aNameInLatinLettersInACyrillicTextIsAnOrganisation() {
    Document doc = Document.of("По данным Politico, переговоры продолжатся завтра.", "ru");
    Candidate politico = candidate(doc, typed(doc, segment(doc, "Politico", false)), "Politico");
    assertThat(politico.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(politico.stage()).isEqualTo("foreign-script");
  }

  @Test
  void aNameEndingInANumberIsAProduct() {
    Document doc = Document.of("Budowa gazociągu Nord Stream 2 została wstrzymana.", "pl");
    Candidate pipeline = candidate(doc, typed(doc, segment(doc, "Nord Stream 2", false)), "Nord Stream 2");
    assertThat(pipeline.type()).isEqualTo(EntityType.PRODUCT);
    assertThat(pipeline.stage()).isEqualTo("numbered");
  }

  @Test
  void aRomanNumeralAloneIsNoName() {
    Document doc = Document.of("W XXI wieku miasto bardzo się zmieniło.", "pl");
    assertThat(typed(doc, segment(doc, "XXI", false)).findings()).isEmpty();
  }

  @Test
  void findingsThatAreNoSegmentsPassThroughInTheirPlace() {
    Document doc = Document.of("Budowa gazociągu Nord Stream 2 została wstrzymana.", "pl");
    Candidate before = Fixtures.candidate(doc, "Budowa", EntityType.ORGANIZATION, "test");
    Draft draft = pass.apply(doc, Draft.EMPTY.withFindings(List.of(before, segment(doc, "Nord Stream 2", false))));
    assertThat(draft.findings()).hasSize(2).first().isEqualTo(before);
  }
}
