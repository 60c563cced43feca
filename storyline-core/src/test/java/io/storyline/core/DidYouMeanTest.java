package io.storyline.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
  private static final List<String> IDS = List.of("per-iens-stoltenberh", "per-fumo-kisida", "loc-jp", "loc-kp", "org-nato");

  @Test
  void suggestsTheIdsAFewEditsAwayClosestFirst() {
    assertThat(DidYouMean.closest("per-iens-stoltenberg", IDS)).containsExactly("per-iens-stoltenberh");
    assertThat(DidYouMean.closest("loc-jq", IDS)).containsExactly("loc-jp", "loc-kp");
  }

  @Test
  void suggestsTheIdsThatStartWithWhatWasTyped() {
    assertThat(DidYouMean.closest("per-fumo", IDS)).containsExactly("per-fumo-kisida");
  }

  @Test
  void suggestsNothingForSomethingUnlikeAnyId() {
    assertThat(DidYouMean.closest("frobnicate", IDS)).isEmpty();
    assertThat(DidYouMean.hint(List.of())).isEmpty();
  }

  @Test
  void aHintReadsAsASentence() {
    assertThat(DidYouMean.hint(List.of("a", "b", "c"))).isEqualTo("; did you mean a, b or c?");
  }
}
