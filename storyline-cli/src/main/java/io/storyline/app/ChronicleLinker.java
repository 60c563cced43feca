package io.storyline.app;

import io.storyline.core.Article;
import io.storyline.events.Chronicle;
import io.storyline.events.Profiler;

/**
 * Places each linked article in an event and a storyline. The ids are not stored with the article
 * (events merge as articles arrive); {@link Chronicle#annotate} adds the current ones when read.
 */
final class ChronicleLinker implements IngestRun.Linker {
  private final IngestRun.Linker before;
  private final Chronicle chronicle;
  private final Profiler profiler;

  ChronicleLinker(IngestRun.Linker before, Chronicle chronicle, Profiler profiler) {
    this.before = before;
    this.chronicle = chronicle;
    this.profiler = profiler;
  }

  @Override
  public Article link(Article article) {
    Article linked = before.link(article);
    chronicle.add(profiler.profile(linked));
    return linked;
  }

  @Override
  public void forget(Article earlier) {
    before.forget(earlier);
  }

  @Override
  public void commit() {
    before.commit();
    chronicle.commit();
  }
}
