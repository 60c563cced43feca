package io.storyline.app;

import io.storyline.entities.lexicon.Gazetteer;
import io.storyline.entities.registry.EntityRegistry;
import io.storyline.entities.registry.JsonlRegistryLog;
import io.storyline.events.Chronicle;
import io.storyline.search.SearchIndex;
import io.storyline.store.LuceneArticleStore;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Everything Storyline keeps in one data directory: the article store ({@code articles/}), the
 * entity registry ({@code entities/}), the search index ({@code search/}) and the events and
 * storylines ({@code events/}), each opened on first use.
 *
 * <p>One process writes a data directory ({@link #open}, holding its {@link WriterLock}); any number read it
 * meanwhile ({@link #read}), each seeing the state of one commit. The article store's commit is the directory's
 * commit point ({@link CommitPoint}): {@link #commit()} commits the registry, the chronicle and the search index,
 * then the store, which records where each of them stood; a writer opening the directory first cuts off what the
 * parts hold beyond that point (a kill came between), so registry, events, search index and store always agree.
 * Closing a writer commits.
 *
 * <p>Opening takes the directory's {@link DataLock} (shared; a {@link Reprocess} takes it exclusively) and
 * first finishes a reprocess switch-over that a kill interrupted ({@link Switchover}).
 */
public final class Workspace implements AutoCloseable {
  private enum Mode { WRITE, READ, SCRATCH }

  private static final int SNAPSHOT_ATTEMPTS = 20;

  private final Path data;
  private final Function<String, String> canonicalNames;
  private final Mode mode;
  private final DataLock lock;
  private final WriterLock writer;
  /** Held by whoever changes the state in several steps that must be committed together (an upload, a correction). */
  private final ReentrantLock writing = new ReentrantLock();
  private volatile CommitPoint point;
  private volatile LuceneArticleStore articles;
  private volatile JsonlRegistryLog registryLog;
  private volatile EntityRegistry entities;
  private volatile SearchIndex search;
  private volatile Chronicle chronicle;

  private Workspace(Path data, Function<String, String> canonicalNames, Mode mode, DataLock lock, WriterLock writer) {
    this.data = data;
    this.canonicalNames = canonicalNames;
    this.mode = mode;
    this.lock = lock;
    this.writer = writer;
    if (mode != Mode.READ) {
      this.point = CommitPoint.of(LuceneArticleStore.committedData(data));
    }
  }

  /**
   * The workspace of the one process that writes {@code data}: it holds the writer's lock until closed, and
   * first brings the parts back to the last commit point.
   *
   * @param canonicalNames display names for code keys ({@code #JP -> Japan}), e.g. a recogniser's
   *                       {@link Gazetteer#canonical}
   * @throws IllegalStateException when a reprocess of the directory is running, or another process writes it
   *                               (the message says which)
   */
  public static Workspace open(Path data, Function<String, String> canonicalNames) {
    return writer(data, canonicalNames, false);
  }

  /**
   * A view of {@code data} as its last commit left it, for commands that only read: it takes no writer's lock, so
   * it works while another process ingests or serves, and it never writes ({@link #commit()} and the parts' writes
   * throw). Each part is read up to the point the store's commit recorded, so all agree.
   *
   * @throws IllegalStateException when a reprocess of the directory is running
   */
  public static Workspace read(Path data, Function<String, String> canonicalNames) {
    return new Workspace(data, canonicalNames, Mode.READ, DataLock.acquire(data, false, Switchover::finish), null);
  }

  /** The workspace with the data directory to itself: nobody else may open it until this one is closed. */
  static Workspace openExclusive(Path data, Function<String, String> canonicalNames) {
    return writer(data, canonicalNames, true);
  }

  private static Workspace writer(Path data, Function<String, String> canonicalNames, boolean exclusive) {
    DataLock lock = DataLock.acquire(data, exclusive, Switchover::finish);
    try {
      WriterLock writer = WriterLock.acquire(data);
      try {
        CommitPoint.recover(data);
        Workspace workspace = new Workspace(data, canonicalNames, Mode.WRITE, lock, writer);
        if (!LuceneArticleStore.hasCommit(data)) {
          // a new directory's first commit records where every part starts, so that the parts committing ahead of
          // the store's first commit with articles are cut back (writers) or not read (readers) like any later ones
          workspace.entities();
          workspace.chronicle();
          workspace.search();
          workspace.commit();
        }
        return workspace;
      } catch (RuntimeException | Error e) {
        writer.close();
        throw e;
      }
    } catch (RuntimeException | Error e) {
      lock.close();
      throw e;
    }
  }

  /** A workspace in a directory that the caller already holds exclusively (the state a reprocess builds). */
  static Workspace scratch(Path dir, Function<String, String> canonicalNames) {
    return new Workspace(dir, canonicalNames, Mode.SCRATCH, null, null);
  }

  public Path directory() {
    return data;
  }

  /** Tells processes refused the directory who writes it ({@code what}, e.g. a server's address). */
  public void describeWriter(String what) {
    if (writer != null) {
      writer.describe(what);
    }
  }

  /**
   * Runs {@code change} as the only writer of this workspace (other uploads and corrections wait), for changes that
   * must be committed whole: the change itself must commit ({@link #commit()}) before it returns.
   */
  public <T> T writing(java.util.function.Supplier<T> change) {
    writing.lock();
    try {
      return change.get();
    } finally {
      writing.unlock();
    }
  }

  public synchronized LuceneArticleStore articles() {
    if (articles == null) {
      if (mode == Mode.READ) {
        openSnapshot();
      } else {
        articles = LuceneArticleStore.open(data, Storage.codec(), this::positions);
      }
    }
    return articles;
  }

  /**
   * Opens the store's last commit and, at once, the search index's commit it recorded: the writer keeps that one only
   * until its next commits, so when it is gone (the writer was quicker) both are opened again.
   */
  private void openSnapshot() {
    for (int attempt = 1; ; attempt++) {
      LuceneArticleStore store = LuceneArticleStore.openReadOnly(data, Storage.codec());
      CommitPoint at = CommitPoint.of(store.committedData());
      OptionalLong wanted = at.length(CommitPoint.SEARCH);
      SearchIndex index = null;
      try {
        index = SearchIndex.openReadOnly(data, new StorylineFacets(), wanted.orElse(-1));
      } catch (java.io.UncheckedIOException writerDeletedIt) {
        // opened again below
      } catch (RuntimeException | Error e) {
        store.close();
        throw e;
      }
      if (index != null && (wanted.isEmpty() || index.committedSequence() == wanted.getAsLong())) {
        index.useTranslations(io.storyline.events.Concepts.bundled()::translations);
        articles = store;
        search = index;
        point = at;
        return;
      }
      store.close();
      if (index != null) {
        index.close();
      }
      if (attempt == SNAPSHOT_ATTEMPTS) {
        throw new IllegalStateException("cannot read a committed state of " + data + " while it is written; try again");
      }
    }
  }

  public synchronized EntityRegistry entities() {
    if (entities == null) {
      if (mode == Mode.READ) {
        articles();
        long end = point.length(CommitPoint.REGISTRY).orElse(Long.MAX_VALUE);
        entities = EntityRegistry.open(JsonlRegistryLog.committed(data.resolve("entities"), end),
            canonicalNames);
      } else {
        registryLog = new JsonlRegistryLog(data.resolve("entities"));
        entities = EntityRegistry.open(registryLog, canonicalNames);
      }
    }
    return entities;
  }

  /**
   * The search index ({@code search/}), its query words expanded across languages through the concept tables;
   * filled by ingest, and from the store when it lags behind.
   */
  public synchronized SearchIndex search() {
    if (search == null) {
      if (mode == Mode.READ) {
        articles(); // opens the search index's snapshot with the store's
        return search;
      }
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
      if (mode == Mode.READ) {
        articles();
        chronicle = Chronicle.readOnly(data.resolve("events"), Chronicle.Options.DEFAULT, gistNames(),
            point.length(CommitPoint.PROFILES).orElse(Long.MAX_VALUE));
      } else {
        chronicle = Chronicle.open(data.resolve("events"), Chronicle.Options.DEFAULT, gistNames());
      }
    }
    return chronicle;
  }

  /** The registry's names for the chronicle's gists, saying which were written rather than romanised. */
  private io.storyline.events.EntityNames gistNames() {
    return new io.storyline.events.EntityNames() {
      @Override
      public Optional<String> name(String entityId) {
        return entityName(entityId);
      }

      @Override
      public boolean written(String entityId) {
        return entities().nameWritten(entityId);
      }
    };
  }

  /** The canonical name of an entity id, for event profiles and gists. */
  public Optional<String> entityName(String entityId) {
    return entities().name(entityId);
  }

  /**
   * Commits every open part, the article store last: its commit records where the others stood and is the point a
   * crash comes back to. What was committed survives any kill; readers see it once this returns.
   *
   * @throws IllegalStateException on a workspace opened with {@link #read}
   */
  public void commit() {
    if (mode == Mode.READ) {
      throw new IllegalStateException("the workspace of " + data + " was opened to read; only its writer commits");
    }
    writing.lock();
    try {
      EntityRegistry e = entities;
      Chronicle c = chronicle;
      SearchIndex s = search;
      if (e != null) {
        e.commit();
      }
      if (c != null) {
        c.commit();
      }
      if (s != null) {
        s.commit();
      }
      articles().commit();
    } finally {
      writing.unlock();
    }
  }

  /** Where the open parts stand (their committed log lengths and search commit), recorded by each store commit. */
  private Map<String, String> positions() {
    CommitPoint p = point;
    JsonlRegistryLog r = registryLog;
    Chronicle c = chronicle;
    SearchIndex s = search;
    if (r != null) {
      p.set(CommitPoint.REGISTRY, r.end());
    }
    if (c != null) {
      p.set(CommitPoint.PROFILES, c.committedBytes());
    }
    if (s != null) {
      p.set(CommitPoint.SEARCH, s.committedSequence());
    }
    return p.positions();
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
    point = CommitPoint.of(LuceneArticleStore.committedData(data));
  }

  @Override
  public synchronized void close() {
    try {
      if (mode != Mode.READ && (articles != null || entities != null || chronicle != null || search != null)) {
        commit();
      }
    } finally {
      try {
        closeParts();
      } finally {
        if (writer != null) {
          writer.close();
        }
        if (lock != null) {
          lock.close();
        }
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
      registryLog = null;
      articles = null;
    }
  }
}
