package io.storyline.app;

import io.storyline.entities.lexicon.Gazetteer;
import io.storyline.entities.registry.EntityRegistry;
import io.storyline.entities.registry.JsonlRegistryLog;
import io.storyline.store.LuceneArticleStore;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Everything Storyline keeps in one data directory: the article store ({@code articles/}) and the
 * entity registry ({@code entities/}), opened on first use. Closing commits nothing: callers commit
 * at the points where they report work as done.
 */
public final class Workspace implements AutoCloseable {
  private final Path data;
  private final Function<String, String> canonicalNames;
  private LuceneArticleStore articles;
  private EntityRegistry entities;

  private Workspace(Path data, Function<String, String> canonicalNames) {
    this.data = data;
    this.canonicalNames = canonicalNames;
  }

  /**
   * @param canonicalNames display names for code keys ({@code #JP -> Japan}), e.g. a recogniser's
   *                       {@link Gazetteer#canonical}
   */
  public static Workspace open(Path data, Function<String, String> canonicalNames) {
    return new Workspace(data, canonicalNames);
  }

  public Path directory() {
    return data;
  }

  public synchronized LuceneArticleStore articles() {
    if (articles == null) {
      articles = Storage.open(data);
    }
    return articles;
  }

  public synchronized EntityRegistry entities() {
    if (entities == null) {
      entities = EntityRegistry.open(new JsonlRegistryLog(data.resolve("entities")), canonicalNames);
    }
    return entities;
  }

  @Override
  public synchronized void close() {
    if (entities != null) {
      entities.close();
    }
    if (articles != null) {
      articles.close();
    }
  }
}
