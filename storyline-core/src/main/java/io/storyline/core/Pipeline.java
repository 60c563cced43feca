package io.storyline.core;

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

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
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

  /** Runs every stage; an exception in a stage becomes a {@link Outcome.Failed} naming the stage. */
  public Outcome process(Article article) {
    Article current = article;
    for (Stage stage : stages) {
      try {
        current = stage.apply(current);
      } catch (RuntimeException | StackOverflowError e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new Outcome.Failed(article.id(), article.source(), stage.name(), reason);
      }
    }
    return new Outcome.Processed(current);
  }

  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();
    private final Set<Layer<?>> given = new LinkedHashSet<>();

    /** Declares layers the input articles already carry (e.g. when re-processing stored articles). */
    public Builder given(Layer<?>... layers) {
      given.addAll(List.of(layers));
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
      return new Pipeline(stages);
    }
  }
}
