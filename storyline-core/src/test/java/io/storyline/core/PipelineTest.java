package io.storyline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {

  private static Stage stage(String name, Set<Layer<?>> requires, Set<Layer<?>> provides, java.util.function.UnaryOperator<Article> f) {
    return new Stage() {
      public String name() { return name; }
      public Set<Layer<?>> requires() { return requires; }
      public Set<Layer<?>> provides() { return provides; }
      public Article apply(Article a) { return f.apply(a); }
    };
  }

  private final Stage clean = stage("clean", Set.of(), Set.of(Layers.REMOVED),
      a -> a.with(Layers.REMOVED, List.of(new RemovedSpan(0, 3, "ad-label", "clean"))));
  private final Stage language = stage("language", Set.of(Layers.REMOVED), Set.of(Layers.LANGUAGE),
      a -> a.with(Layers.LANGUAGE, new LanguageGuess("en", 0.9, "language")));

  @Test
  void rejectsAStageWhoseRequirementComesLaterNamingTheMissingLayerAndItsProvider() {
    assertThatThrownBy(() -> Pipeline.builder().add(language).add(clean).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stage 'language' requires layer 'removed'")
        .hasMessageContaining("add the 'clean' stage before it")
        .hasMessageContaining("it comes later, in: clean");
  }

  @Test
  void rejectsTheSameStageAddedTwice() {
    assertThatThrownBy(() -> Pipeline.builder().add(clean).add(clean).build())
        .hasMessageContaining("stage 'clean' is added twice");
  }

  @Test
  void acceptsLayersDeclaredAsGivenByTheInput() {
    Pipeline p = Pipeline.builder().given(Layers.REMOVED).add(language).build();
    assertThat(p.stages()).containsExactly(language);
  }

  @Test
  void runsStagesInOrderAndCollectsTheirLayers() {
    Pipeline p = Pipeline.builder().add(clean).add(language).build();
    Outcome out = p.process(Article.of(null, "t", null, null, "Ad Real text.", Map.of()));
    assertThat(out).isInstanceOf(Outcome.Processed.class);
    Article a = ((Outcome.Processed) out).article();
    assertThat(a.removed()).hasSize(1);
    assertThat(a.expect(Layers.LANGUAGE).code()).isEqualTo("en");
    assertThat(p.provides()).containsExactly(Layers.REMOVED, Layers.LANGUAGE);
  }

  @Test
  void aStageThatThrowsFailsOnlyThatArticleAndNamesTheStage() {
    Stage broken = stage("broken", Set.of(), Set.of(), a -> { throw new IllegalArgumentException("no way"); });
    Outcome out = Pipeline.builder().add(broken).build().process(Article.of("x", "t", null, null, "text", Map.of()));
    assertThat(out).isEqualTo(new Outcome.Failed("x", "t", "broken", "IllegalArgumentException: no way"));
  }
}
