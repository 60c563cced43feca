package io.storyline.app;

import io.storyline.core.Article;
import io.storyline.events.Chronicle;
import io.storyline.events.Profiler;

/**
 * Places each linked article in an event and a storyline. The ids are not stored with the article
 * (events merge as articles arrive); {@link Chronicle#annotate} adds the current ones when read.
 */
final class ChronicleLinker extends LinkerStep {
  private final Chronicle chronicle;
  private final Profiler profiler;

  ChronicleLinker(IngestRun.Linker before, Chronicle chronicle, Profiler profiler) {
    super(before);
    this.chronicle = chronicle;
    this.profiler = profiler;
  }

  @Override
  Article apply(Article linked) {
    chronicle.add(profiler.profile(linked));
    return linked;
  }

  @Override
  void commitStep() {
    chronicle.commit();
  }
}
