package io.storyline.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ordered list of {@link Stage}s whose requirements were checked once, when it was built.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(new CleanStage()).add(new LanguageStage(detector)).build();
 * Outcome o = p.process(article);
 * }</pre>
 */
public final class Pipeline {
  private final List<Stage> stages;
  private final Duration analysisTime;

  private Pipeline(List<Stage> stages, Duration analysisTime) {
    this.stages = List.copyOf(stages);
    this.analysisTime = analysisTime;
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Stage> stages() {
    return stages;
  }

  /** The layers an article has after this pipeline (input layers plus everything provided). */
  public Set<Layer<?>> provides() {
    Set<Layer<?>> all = new LinkedHashSet<>();
    stages.forEach(s -> all.addAll(s.provides()));
    return all;
  }

  /**
   * Runs every stage; an exception in a stage becomes a {@link Outcome.Failed} naming the stage. With an
   * {@linkplain Builder#analysisTime analysis time}, an article whose stages use it is a {@link Outcome.Partial}:
   * the stage running when the time ran out and every later one give their {@linkplain Stage#skip nothing found}.
   */
  public Outcome process(Article article) {
    return analysisTime == null ? run(article) : AnalysisBudget.within(analysisTime, () -> run(article));
  }

  private Outcome run(Article article) {
    Article current = article;
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      try {
        if (AnalysisBudget.spent()) {
          return partial(article, current, i, AnalysisBudget.spentReason());
        }
        current = stage.apply(current);
      } catch (AnalysisBudget.Exceeded e) {
        return partial(article, current, i, e.getMessage());
      } catch (RuntimeException | StackOverflowError e) {
        return failed(article, stage, e);
      }
    }
    return new Outcome.Processed(current);
  }

  /** The stages from {@code from} on skipped, the article marked as analysed in part. */
  private Outcome partial(Article article, Article done, int from, String reason) {
    Article current = done;
    List<String> skipped = new ArrayList<>();
    for (Stage stage : stages.subList(from, stages.size())) {
      try {
        current = stage.skip(current);
      } catch (RuntimeException e) {
        return failed(article, stage, e);
      }
      skipped.add(stage.name());
    }
    String stage = stages.get(from).name();
    String note = "partial: stopped at stage '" + stage + "' because " + reason + "; not analysed: "
        + String.join(", ", skipped);
    return new Outcome.Partial(current.withMeta(Outcome.Partial.META, note), stage, skipped, reason);
  }

  private static Outcome failed(Article article, Stage stage, Throwable e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    return new Outcome.Failed(article.id(), article.source(), stage.name(), reason);
  }

  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();
    private final Set<Layer<?>> given = new LinkedHashSet<>();
    private Duration analysisTime;

    /** Declares layers the input articles already carry (e.g. when re-processing stored articles). */
    public Builder given(Layer<?>... layers) {
      given.addAll(List.of(layers));
      return this;
    }

    /**
     * Caps the processor time of one article's analysis ({@link AnalysisBudget}); an article that uses it is
     * analysed in part ({@link Outcome.Partial}). No cap by default.
     *
     * @throws IllegalArgumentException when {@code cpu} is not positive
     */
    public Builder analysisTime(Duration cpu) {
      if (cpu != null && (cpu.isZero() || cpu.isNegative())) {
        throw new IllegalArgumentException("the analysis time per article must be positive, found " + cpu);
      }
      analysisTime = cpu;
      return this;
    }

    public Builder add(Stage stage) {
      stages.add(stage);
      return this;
    }

    /**
     * Checks that every stage's requirements are provided by an earlier stage (or given).
     *
     * @throws IllegalStateException naming the stage, the missing layer and the stage that provides it
     */
    public Pipeline build() {
      Set<Layer<?>> available = new LinkedHashSet<>(given);
      Set<String> names = new LinkedHashSet<>();
      for (Stage stage : stages) {
        if (!names.add(stage.name())) {
          throw new IllegalStateException("stage '" + stage.name() + "' is added twice");
        }
        for (Layer<?> need : stage.requires()) {
          if (!available.contains(need)) {
            String later = stages.stream().filter(s -> s.provides().contains(need)).map(Stage::name)
                .collect(Collectors.joining(", "));
            throw new IllegalStateException("stage '" + stage.name() + "' requires layer '" + need.name()
                + "', which no earlier stage provides; add the '" + need.usualProvider() + "' stage before it"
                + (later.isEmpty() ? "" : " (it comes later, in: " + later + ")")
                + ". Order so far: " + String.join(" -> ", names));
          }
        }
        available.addAll(stage.provides());
      }
      return new Pipeline(stages, analysisTime);
    }
  }
}
