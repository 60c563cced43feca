package io.storyline.entities.recognition;

import static io.storyline.entities.recognition.Fixtures.candidate;
import static io.storyline.entities.recognition.Fixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.entities.EntityType;
import io.storyline.entities.key.NameKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapitalisedRunsTest {
  private final CapitalisedRuns pass = new CapitalisedRuns(Fixtures.KNOWN, Fixtures.LEMMATIZER);

  @Test
  void runsOfCapitalisedWordsAreLeftForTheKnownNamesPass() {
    Document doc = Document.of("Spotkanie, na którym Mark Rutte przemawiał, trwało długo.", "pl");
    Draft draft = Fixtures.run(doc, pass);
    assertThat(texts(doc, draft, Run.class)).containsExactly("Spotkanie", "Mark Rutte");
    assertThat(texts(doc, draft, Candidate.class)).isEmpty();
  }

  @Test
  void aNumberAfterANameStaysInItsRunButADateEndsIt() {
    Document doc = Document.of("Budowa gazociągu Nord Stream 2 została wstrzymana przez Pfizer 9 listopada.", "pl");
    assertThat(texts(doc, Fixtures.run(doc, pass), Run.class)).containsExactly("Budowa", "Nord Stream 2", "Pfizer");
  }

  @ParameterizedTest(name = "{1}: \"{2}\" in \"{0}\" is a {3} candidate at once ({4})")
  @CsvSource(delimiter = '|', value = {
      "Як повідомляє RBC.UA, уряд ухвалив рішення. | uk | RBC.UA        | ORGANIZATION | site",
      "Акции ПАО «Газпром» вчера выросли.          | ru | ПАО «Газпром» | ORGANIZATION | legal-form",
      "Вчера Верховный суд отклонил жалобу.        | ru | Верховный суд | ORGANIZATION | adjective-head",
      "Вчера Палата представителей одобрила закон. | ru | Палата представителей | ORGANIZATION | head-word"})
  void whatTheShapeOfTheTextSettlesIsACandidateAtOnce(String text, String language, String surface, EntityType type,
      String stage) {
    Document doc = Document.of(text.strip(), language);
    Candidate found = candidate(doc, Fixtures.run(doc, pass), surface);
    assertThat(found.type()).isEqualTo(type);
    assertThat(found.stage()).isEqualTo(stage);
  }

  @Test
  void aLegalFormWithAQuotedNameIsKeyedByTheName() {
    Document doc = Document.of("Акции ПАО «Газпром» вчера выросли.", "ru");
    assertThat(candidate(doc, Fixtures.run(doc, pass), "ПАО «Газпром»").key())
        .isEqualTo(NameKey.of("Газпром", EntityType.ORGANIZATION, "ru"));
  }

  @Test
  void aTextWithoutCapitalsIsLeftToTheUncasedPass() {
    Document doc = Document.of("中国和日本的领导人在东京会面。", "zh");
    assertThat(Fixtures.run(doc, pass).findings()).isEmpty();
  }
}
