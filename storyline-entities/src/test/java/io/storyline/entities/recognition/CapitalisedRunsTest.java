package io.storyline.entities.recognition;

import static io.storyline.entities.recognition.Fixtures.candidate;
import static io.storyline.entities.recognition.Fixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.entities.EntityType;
import io.storyline.entities.key.NameKey;
import org.junit.jupiter.api.Test;

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

  @Test
  void aNewsSiteWrittenAsItsDomainIsOneOrganisation() {
    Document doc = Document.of("Як повідомляє RBC.UA, уряд ухвалив рішення.", "uk");
    Candidate site = candidate(doc, Fixtures.run(doc, pass), "RBC.UA");
    assertThat(site.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(site.stage()).isEqualTo("site");
  }

  @Test
  void aLegalFormWithAQuotedNameIsOneCompanyKeyedByTheName() {
    Document doc = Document.of("Акции ПАО «Газпром» вчера выросли.", "ru");
    Candidate company = candidate(doc, Fixtures.run(doc, pass), "ПАО «Газпром»");
    assertThat(company.stage()).isEqualTo("legal-form");
    assertThat(company.key()).isEqualTo(NameKey.of("Газпром", EntityType.ORGANIZATION, "ru"));
  }

  @Test
  void aCapitalisedAdjectiveBeforeALowerCaseHeadWordIsABody() {
    Document doc = Document.of("Вчера Верховный суд отклонил жалобу.", "ru");
    Candidate court = candidate(doc, Fixtures.run(doc, pass), "Верховный суд");
    assertThat(court.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(court.stage()).isEqualTo("adjective-head");
  }

  @Test
  void aTextWithoutCapitalsIsLeftToTheUncasedPass() {
    Document doc = Document.of("中国和日本的领导人在东京会面。", "zh");
    assertThat(Fixtures.run(doc, pass).findings()).isEmpty();
  }
}
