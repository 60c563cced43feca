package io.storyline.app;

import io.storyline.core.Article;
import io.storyline.entities.EntityLayers;
import io.storyline.entities.registry.EntityRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/** Links each stored article's mentions to the entity registry, in the ingest run's single writer. */
public final class RegistryLinker implements IngestRun.Linker {
  private final EntityRegistry registry;
  private final Function<Article, Instant> seenAt;

  public RegistryLinker(EntityRegistry registry, Clock clock) {
    this(registry, article -> clock.instant());
  }

  /** Records each article as seen at {@code seenAt} of it (reprocessing keeps when articles were first seen). */
  public RegistryLinker(EntityRegistry registry, Function<Article, Instant> seenAt) {
    this.registry = registry;
    this.seenAt = seenAt;
  }

  @Override
  public Article link(Article article) {
    return article.has(EntityLayers.MENTIONS) ? registry.link(article, seenAt.apply(article)) : article;
  }

  @Override
  public void forget(Article earlier) {
    if (earlier.has(EntityLayers.MENTIONS)) {
      registry.forget(earlier, seenAt.apply(earlier));
    }
  }

  @Override
  public void commit() {
    registry.commit();
  }
}
