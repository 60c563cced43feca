package io.storyline.app;

import io.storyline.core.Article;
import io.storyline.core.ArticleStore;
import io.storyline.core.ArticleStore.PutResult.Status;
import java.util.function.Consumer;

/**
 * The serial part of an ingest run: stores one analysed article after linking it (entity registry, events and
 * storylines, search index), and commits. Content already stored is a duplicate and links nothing, so writing the
 * same articles again (a replayed stream, a restarted job) changes nothing. Used by {@link IngestRun}'s writer and
 * by the Flink job's writer (storyline-flink), so both store alike.
 */
public final class ArticleWriter {
  private final ArticleStore store;
  private final IngestRun.Linker linker;

  public ArticleWriter(ArticleStore store, IngestRun.Linker linker) {
    this.store = store;
    this.linker = linker;
  }

  /** A writer into the workspace that links as {@code ingest} does, telling {@code stored} about every article. */
  public static ArticleWriter into(Workspace workspace, Consumer<Article> stored) {
    return into(workspace, new IngestRun.StoreListener() {
      @Override
      public void stored(Article article) {
        stored.accept(article);
      }
    });
  }

  static ArticleWriter into(Workspace workspace, IngestRun.StoreListener listener) {
    IngestRun.Linker registry = new RegistryLinker(workspace.entities(), java.time.Clock.systemUTC());
    IngestRun.Linker events = new ChronicleLinker(registry, workspace.chronicle(),
        new io.storyline.events.Profiler(workspace::entityName));
    IngestRun.Linker search = new SearchIndexer(events, workspace.search());
    IngestRun.Linker all = new IngestRun.Linker() {
      @Override
      public Article link(Article article) {
        Article linked = search.link(article);
        listener.stored(linked);
        return linked;
      }

      @Override
      public void forget(Article earlier) {
        search.forget(earlier);
      }

      @Override
      public void commit() {
        listener.committing();
        search.commit();
      }
    };
    return new ArticleWriter(workspace.articles(), all);
  }

  ArticleStore store() {
    return store;
  }

  /** Links and stores an analysed article; {@link Status#DUPLICATE} without linking when its content is stored. */
  public Status write(Article analysed) {
    if (store.idForHash(analysed.contentHash()).isPresent()) {
      return Status.DUPLICATE; // linked when it was first stored
    }
    store.get(analysed.id()).ifPresent(linker::forget); // a new version of a stored article
    return store.put(linker.link(analysed)).status();
  }

  /** Makes everything written durable: the linking steps first, then the store (its commit is the commit point). */
  public void commit() {
    linker.commit();
    store.commit();
  }
}
