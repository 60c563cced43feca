package io.storyline.entities.recognition;

import static io.storyline.entities.recognition.Fixtures.candidate;
import static io.storyline.entities.recognition.Fixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UncasedKnownNamesTest {
  private final UncasedKnownNames pass = new UncasedKnownNames(Fixtures.KNOWN);

  @Test
  void inAScriptWithoutCapitalsTheKnownNamesAreTheCandidates() {
    Document doc = Document.of("中国和日本的领导人在东京会面。", "zh");
    assertThat(texts(doc, Fixtures.run(doc, pass), Candidate.class)).contains("日本", "东京");
  }

  @Test
  void aKnownNameAfterAProcliticStartsAfterIt() {
    Document doc = Document.of("إن العلاقات لليابان مهمة", "ar");
    assertThat(candidate(doc, Fixtures.run(doc, pass), "ليابان").key()).isEqualTo("#JP");
  }

  @Test
  void aKnownNameBeforeAPostpositionEndsBeforeIt() {
    Document doc = Document.of("일본과 중국의 정상이 회담했다", "ko");
    assertThat(candidate(doc, Fixtures.run(doc, pass), "일본").key()).isEqualTo("#JP");
  }

  @Test
  void aCasedTextIsLeftToTheCandidatesPass() {
    Document doc = Document.of("Sekretarz generalny NATO Mark Rutte przebywał w Japonii.", "pl");
    assertThat(Fixtures.run(doc, pass).findings()).isEmpty();
  }
}
