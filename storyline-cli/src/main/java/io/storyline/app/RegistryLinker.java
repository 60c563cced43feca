package io.storyline.app;

import io.storyline.core.Article;
import io.storyline.entities.EntityLayers;
import io.storyline.entities.registry.EntityRegistry;
import java.time.Clock;

/** Links each stored article's mentions to the entity registry, in the ingest run's single writer. */
public final class RegistryLinker implements IngestRun.Linker {
  private final EntityRegistry registry;
  private final Clock clock;

  public RegistryLinker(EntityRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  @Override
  public Article link(Article article) {
    return article.has(EntityLayers.MENTIONS) ? registry.link(article, clock.instant()) : article;
  }

  @Override
  public void commit() {
    registry.commit();
  }
}
