package io.storyline.app;

import io.storyline.entities.lexicon.Gazetteer;
import io.storyline.entities.registry.Entity;
import io.storyline.entities.registry.EntityRegistry;
import io.storyline.entities.registry.JsonlRegistryLog;
import io.storyline.events.Chronicle;
import io.storyline.search.SearchIndex;
import io.storyline.store.LuceneArticleStore;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything Storyline keeps in one data directory: the article store ({@code articles/}), the
 * entity registry ({@code entities/}), the search index ({@code search/}) and the events and
 * storylines ({@code events/}), each opened on first use. Closing commits nothing: callers commit
 * at the points where they report work as done.
 */
public final class Workspace implements AutoCloseable {
  private final Path data;
  private final Function<String, String> canonicalNames;
  private LuceneArticleStore articles;
  private EntityRegistry entities;
  private SearchIndex search;
  private Chronicle chronicle;

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

  /** The search index ({@code search/}); filled by ingest, and from the store when it lags behind. */
  public synchronized SearchIndex search() {
    if (search == null) {
      search = SearchIndex.open(data, new StorylineFacets());
      if (search.count() < articles().count()) {
        articles().forEach(search::index);
        search.commit();
      }
    }
    return search;
  }

  /** Events and storylines ({@code events/}), replayed from their log on first use. */
  public synchronized Chronicle chronicle() {
    if (chronicle == null) {
      chronicle = Chronicle.open(data.resolve("events"), Chronicle.Options.DEFAULT, this::entityName);
    }
    return chronicle;
  }

  /** The canonical name of an entity id, for event profiles and gists. */
  public Optional<String> entityName(String entityId) {
    return entities().get(entityId).map(Entity::name);
  }

  @Override
  public synchronized void close() {
    if (chronicle != null) {
      chronicle.close();
    }
    if (search != null) {
      search.close();
    }
    if (entities != null) {
      entities.close();
    }
    if (articles != null) {
      articles.close();
    }
  }
}
