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
  /** A stage that works until its analysis time stops it (a stage on a huge text), and says what it skips to. */
  private final Stage endless = new Stage() {
    public String name() { return "endless"; }
    public Set<Layer<?>> requires() { return Set.of(Layers.REMOVED); }
    public Set<Layer<?>> provides() { return Set.of(Layers.LANGUAGE); }
    public Article apply(Article a) {
      long spin = 0;
      while (true) {
        AnalysisBudget.checkpoint();
        spin += a.text().hashCode() % 7; // processor time, as the stages of an analysis use
        if (spin == Long.MIN_VALUE) {
          return a;
        }
      }
    }
    public Article skip(Article a) { return a.with(Layers.LANGUAGE, new LanguageGuess(LanguageGuess.UNDETERMINED, 0, "endless")); }
  };

  private final Stage sentences = stage("sentences", Set.of(Layers.LANGUAGE), Set.of(Layers.SENTENCES),
      a -> a.with(Layers.SENTENCES, List.of(new TextSpan(0, 2, "sentences"))));

  @Test
  void aStageStillWorkingWhenTheAnalysisTimeRunsOutIsStoppedAndItAndTheLaterStagesGiveTheirNothingFound() {
    Stage skipsToNoSentences = new Stage() {
      public String name() { return sentences.name(); }
      public Set<Layer<?>> requires() { return sentences.requires(); }
      public Set<Layer<?>> provides() { return sentences.provides(); }
      public Article apply(Article a) { return sentences.apply(a); }
      public Article skip(Article a) { return a.with(Layers.SENTENCES, List.of()); }
    };
    Pipeline p = Pipeline.builder().analysisTime(java.time.Duration.ofMillis(200)).add(clean).add(endless)
        .add(skipsToNoSentences).build();

    Outcome out = p.process(Article.of("huge", "t", null, null, "Ad Real text.", Map.of()));

    assertThat(out).isInstanceOf(Outcome.Partial.class);
    Outcome.Partial partial = (Outcome.Partial) out;
    assertThat(partial.stage()).isEqualTo("endless");
    assertThat(partial.skipped()).containsExactly("endless", "sentences");
    assertThat(partial.reason()).isEqualTo("its analysis used the 200 ms of processor time an article may take (--analysis-time)");
    Article a = partial.article();
    assertThat(a.removed()).as("the layer of the stage that finished").hasSize(1);
    assertThat(a.expect(Layers.LANGUAGE).code()).isEqualTo(LanguageGuess.UNDETERMINED);
    assertThat(a.expect(Layers.SENTENCES)).isEmpty();
    assertThat(a.meta().get(Outcome.Partial.META)).isEqualTo("partial: stopped at stage 'endless' because "
        + partial.reason() + "; not analysed: endless, sentences");
  }

  @Test
  void withinItsAnalysisTimeAnArticleIsProcessedWholeAndWithoutAnAnalysisTimeACheckpointNeverStops() {
    Pipeline timed = Pipeline.builder().analysisTime(java.time.Duration.ofSeconds(30)).add(clean).add(language).build();
    assertThat(timed.process(Article.of("a", "t", null, null, "Ad Real text.", Map.of())))
        .isInstanceOf(Outcome.Processed.class);
    for (int i = 0; i < 1_000_000; i++) {
      AnalysisBudget.checkpoint(); // no budget on this thread: does nothing
    }
    assertThatThrownBy(() -> Pipeline.builder().analysisTime(java.time.Duration.ZERO))
        .hasMessageContaining("must be positive, found PT0S");
  }
}
