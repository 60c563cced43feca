package io.storyline.entities.recognition;

import static io.storyline.entities.recognition.Fixtures.candidate;
import static io.storyline.entities.recognition.Fixtures.segment;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.entities.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnknownNameTypingTest {
  private final UnknownNameTyping pass = new UnknownNameTyping(Fixtures.READINGS, Fixtures.LEMMATIZER);

  private Draft typed(Document doc, UnknownSegment segment) {
    return pass.apply(doc, Draft.EMPTY.withFindings(List.of(segment)));
  }

  @ParameterizedTest(name = "{1}: \"{2}\" in \"{0}\" is {4} ({5})")
  @CsvSource(delimiter = '|', value = {
      "Do Tokio przyleciał Premier Mark Rutte.               | pl | Mark Rutte    | true  | PERSON       | trigger",
      "Do Tokio przyleciał wczoraj Mark Rutte.               | pl | Mark Rutte    | false | PERSON       | dictionary",
      "Ayer Tommy Robredo ganó el partido.                   | es | Tommy Robredo | false | PERSON       | first-name",
      "По данным Politico, переговоры продолжатся.           | ru | Politico      | false | ORGANIZATION | foreign-script",
      "Budowa gazociągu Nord Stream 2 została wstrzymana.    | pl | Nord Stream 2 | false | PRODUCT      | numbered",
      "Wczoraj koncern Wintrax ogłosił wyniki.               | pl | Wintrax       | false | ORGANIZATION | cue"})
  void aSegmentIsTypedByTheCuesAroundIt(String text, String language, String surface, boolean afterTitle,
      EntityType type, String stage) {
    Document doc = Document.of(text.strip(), language);
    Candidate found = candidate(doc, typed(doc, segment(doc, surface, afterTitle)), surface);
    assertThat(found.type()).isEqualTo(type);
    assertThat(found.stage()).isEqualTo(stage);
  }

  @Test
  void anAcronymBeforeAFullNameIsABodyAndItsHead() {
    Document doc = Document.of("Вчера глава МИД Сергей Лавров прибыл в Анкару.", "ru");
    Draft draft = typed(doc, segment(doc, "МИД Сергей Лавров", false));
    assertThat(candidate(doc, draft, "МИД").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(candidate(doc, draft, "Сергей Лавров").type()).isEqualTo(EntityType.PERSON);
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
