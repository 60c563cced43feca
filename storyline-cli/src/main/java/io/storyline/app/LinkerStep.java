package io.storyline.app;

import io.storyline.core.Article;

/**
 * A step of the writer's linking chain that runs after {@code before}: it sees each article as {@code before}
 * linked it, passes withdrawals of earlier versions down, and commits after {@code before} (so a stored step
 * never points at something the earlier steps have not saved).
 */
abstract class LinkerStep implements IngestRun.Linker {
  private final IngestRun.Linker before;

  LinkerStep(IngestRun.Linker before) {
    this.before = before;
  }

  /** This step's work on an article {@code before} has linked; returns the article to pass on. */
  abstract Article apply(Article linked);

  /** Makes this step's work durable. */
  abstract void commitStep();

  @Override
  public final Article link(Article article) {
    return apply(before.link(article));
  }

  @Override
  public final void forget(Article earlier) {
    before.forget(earlier);
  }

  @Override
  public final void commit() {
    before.commit();
    commitStep();
  }
}
