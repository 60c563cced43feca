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
 *
 * <p>Opening takes the directory's {@link DataLock} (shared; a {@link Reprocess} takes it exclusively) and
 * first finishes a reprocess switch-over that a kill interrupted ({@link Switchover}).
 */
public final class Workspace implements AutoCloseable {
  private final Path data;
  private final Function<String, String> canonicalNames;
  private final DataLock lock;
  private LuceneArticleStore articles;
  private EntityRegistry entities;
  private SearchIndex search;
  private Chronicle chronicle;

  private Workspace(Path data, Function<String, String> canonicalNames, DataLock lock) {
    this.data = data;
    this.canonicalNames = canonicalNames;
    this.lock = lock;
  }

  /**
   * @param canonicalNames display names for code keys ({@code #JP -> Japan}), e.g. a recogniser's
   *                       {@link Gazetteer#canonical}
   * @throws IllegalStateException when a reprocess of the directory is running
   */
  public static Workspace open(Path data, Function<String, String> canonicalNames) {
    return new Workspace(data, canonicalNames, DataLock.acquire(data, false, Switchover::finish));
  }

  /** The workspace with the data directory to itself: nobody else may open it until this one is closed. */
  static Workspace openExclusive(Path data, Function<String, String> canonicalNames) {
    return new Workspace(data, canonicalNames, DataLock.acquire(data, true, Switchover::finish));
  }

  /** A workspace in a directory that the caller already holds exclusively (the state a reprocess builds). */
  static Workspace scratch(Path dir, Function<String, String> canonicalNames) {
    return new Workspace(dir, canonicalNames, null);
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

  /**
   * The search index ({@code search/}), its query words expanded across languages through the concept tables;
   * filled by ingest, and from the store when it lags behind.
   */
  public synchronized SearchIndex search() {
    if (search == null) {
      search = SearchIndex.open(data, new StorylineFacets());
      search.useTranslations(io.storyline.events.Concepts.bundled()::translations); // "summit" finds "szczyt" too
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

  /**
   * Closes what is open and replaces the derived state with the completed one a reprocess built (see
   * {@link Switchover}); later calls open the new state. Needs the directory exclusively.
   */
  synchronized void switchOver() {
    if (lock == null) {
      throw new IllegalStateException("a scratch workspace has no state to switch");
    }
    closeParts();
    Switchover.finish(data);
  }

  @Override
  public synchronized void close() {
    try {
      closeParts();
    } finally {
      if (lock != null) {
        lock.close();
      }
    }
  }

  private void closeParts() {
    try {
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
    } finally {
      chronicle = null;
      search = null;
      entities = null;
      articles = null;
    }
  }
}
