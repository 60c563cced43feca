package io.storyline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleTest {

  @Test
  void derivesTheSameIdFromTheSameTextWhateverTheWhitespace() {
    Article a = Article.of(null, "a.txt", null, null, "Japonia chce  bliższej\nwspółpracy", Map.of());
    Article b = Article.of("", "b.txt", null, null, " Japonia chce bliższej współpracy ", Map.of());
    assertThat(a.id()).isEqualTo(b.id()).hasSize(16);
    assertThat(a.contentHash()).isEqualTo(b.contentHash());
  }

  @Test
  void keepsTheIdGivenByTheInput() {
    assertThat(Article.of(" doc-7 ", "s", null, null, "text", Map.of()).id()).isEqualTo("doc-7");
  }

  @Test
  void rejectsASpanThatEndsAfterTheText() {
    Article a = Article.of(null, "s", null, null, "short", Map.of());
    assertThatThrownBy(() -> a.with(Layers.SENTENCES, List.of(new TextSpan(0, 6, "sentences"))))
        .hasMessageContaining("ends after the text (length 5)");
  }

  @Test
  void rejectsNegativeOrReversedOffsets() {
    assertThatThrownBy(() -> new TextSpan(3, 2, "x")).hasMessageContaining("[3, 2)");
    assertThatThrownBy(() -> new RemovedSpan(-1, 2, "ad-label", "x")).hasMessageContaining("[-1, 2)");
  }

  @Test
  void withReturnsANewArticleAndLeavesTheOriginalUntouched() {
    Article a = Article.of(null, "s", null, null, "Reklama\nText.", Map.of());
    List<RemovedSpan> spans = new ArrayList<>(List.of(new RemovedSpan(0, 7, "ad-label", "clean")));
    Article b = a.with(Layers.REMOVED, spans);
    spans.clear();
    assertThat(a.removed()).isEmpty();
    assertThat(b.removed()).hasSize(1);
    assertThatThrownBy(() -> b.removed().add(new RemovedSpan(0, 1, "x", "y"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void expectNamesTheMissingLayerAndTheStageThatProvidesIt() {
    Article a = Article.of("id1", "s", null, null, "x", Map.of());
    assertThatThrownBy(() -> a.expect(Layers.LANGUAGE)).hasMessage("article id1 has no 'language' layer; run the 'language' stage first");
  }

  @Test
  void maskBlanksRemovedSpansButKeepsOffsetsAndLineBreaks() {
    Article a = Article.of(null, "s", null, null, "Reklama\nText.", Map.of())
        .with(Layers.REMOVED, List.of(new RemovedSpan(0, 8, "ad-label", "clean")));
    String clean = TextMask.clean(a);
    assertThat(clean).hasSameSizeAs(a.text()).isEqualTo("       \nText.");
  }

  @Test
  void readableTextCutsDebrisAndCollapsesTheBlankLinesItLeaves() {
    Article a = Article.of(null, "s", null, null, "Reklama\n\nFirst  paragraph.\n0\n423\n\n\nSecond.", Map.of())
        .with(Layers.REMOVED, List.of(new RemovedSpan(0, 7, "ad-label", "clean"), new RemovedSpan(27, 28, "counter", "clean"),
            new RemovedSpan(29, 32, "counter", "clean")));
    assertThat(TextMask.readable(a)).isEqualTo("First paragraph.\n\nSecond.");
  }

  @Test
  void titleFallsBackToTheTitleLineFoundByCleanup() {
    Article a = Article.of(null, "s", null, null, "Headline\nBody.", Map.of()).with(Layers.TITLE, new TextSpan(0, 8, "clean"));
    assertThat(a.displayTitle()).isEqualTo("Headline");
  }
}
