package io.storyline.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSampleTest {
  private static final String PROSE_1 = "Het kabinet trekt de komende vier jaar extra geld uit voor het versterken van dijken.";
  private static final String PROSE_2 = "Volgens het waterschap is de versterking nodig omdat de rivieren vaker hoog staan.";

  @Test
  void shortLinesAreLeftOutWhenTheLongLinesHoldEnoughText() {
    String sample = TextSample.of("RU\n" + PROSE_1 + "\nvorig jaar\n" + PROSE_2 + "\nt.me/news", 3000);
    assertThat(sample).isEqualTo(PROSE_1 + "\n" + PROSE_2);
  }

  @Test
  void shortLinesAreKeptWhenThereIsNothingElse() {
    assertThat(TextSample.of("vorig jaar\n\nNAVO-top", 3000)).isEqualTo("vorig jaar\nNAVO-top");
  }

  @Test
  void theLongestLinesAreChosenWithinTheBudgetAndKeepTheirOrder() {
    String shortProse = "Dit is een korte regel met vijf woorden.";
    String sample = TextSample.of(PROSE_1 + "\n" + shortProse + "\n" + PROSE_2, 100);
    assertThat(sample).isEqualTo(PROSE_1 + "\n" + "Volgens het waterschap is de");
    assertThat(sample.codePoints().filter(Character::isLetter).count()).isLessThanOrEqualTo(100);
  }

  @Test
  void aLongLineIsCutAfterAWholeWord() {
    String sample = TextSample.of(PROSE_1, 20);
    assertThat(sample).isEqualTo("Het kabinet trekt de");
  }

  @Test
  void eachChineseCharacterCountsAsAWord() {
    String chinese = "北约秘书长周三在东京表示，日本是北约最亲密的伙伴之一，双方将加强在网络安全领域的合作。";
    String sample = TextSample.of(chinese + "\nRead in English\n" + chinese + "\n" + chinese, 3000);
    assertThat(sample).isEqualTo(chinese + "\n" + chinese + "\n" + chinese);
  }

  @Test
  void aTextWithoutLettersGivesAnEmptySample() {
    assertThat(TextSample.of("  \n 12:30 \n--- \n", 3000)).isEmpty();
  }
}
