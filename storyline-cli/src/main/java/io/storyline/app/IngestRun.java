package io.storyline.app;

import io.storyline.core.Article;
import io.storyline.core.ArticleStore;
import io.storyline.core.Outcome;
import io.storyline.core.Pipeline;
import io.storyline.ingest.IngestSink;
import io.storyline.ingest.Ingestor;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads documents, runs the pipeline on worker threads, and stores the results in input order.
 *
 * <p>The store is committed every {@value #COMMIT_EVERY} articles and at least once a second, and
 * the counts handed to the listener include only committed articles, so anything reported as stored
 * survives a kill. Duplicate detection sees articles in input order, so runs are deterministic.
 */
public final class IngestRun {
  static final int COMMIT_EVERY = 500;
  private static final long COMMIT_NANOS = 1_000_000_000L;
  private static final long PROGRESS_NANOS = 200_000_000L;

  /**
   * The single-writer step between analysis and storage, such as linking mentions to the entity
   * registry; committed just before the store, so a stored article never points at an unsaved entity.
   */
  public interface Linker {
    Linker NONE = new Linker() {
      @Override
      public Article link(Article article) {
        return article;
      }

      @Override
      public void commit() {}
    };

    Article link(Article article);

    /**
     * Withdraws what the stored, earlier version of an article contributed, before its new version is linked
     * (an article stored again with new text); nothing by default.
     */
    default void forget(Article earlier) {}

    void commit();
  }

  /** Receives the running counts, from the storing thread, a few times a second. */
  public interface Listener {
    void progress(IngestReport soFar);
  }

  private sealed interface Item {}

  private record Doc(Future<Outcome> outcome) implements Item {}

  private record Rejected(String location, String reason) implements Item {}

  private record End(Throwable crash) implements Item {}

  private final Ingestor ingestor;
  private final Pipeline pipeline;
  private final ArticleStore store;
  private final Linker linker;
  private final int threads;

  public IngestRun(Ingestor ingestor, Pipeline pipeline, ArticleStore store, Linker linker, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, found " + threads);
    }
    this.ingestor = ingestor;
    this.pipeline = pipeline;
    this.store = store;
    this.linker = linker;
    this.threads = threads;
  }

  /**
   * A run that analyses with {@code pipeline} and stores into the workspace, linking entities to its
   * registry, placing articles in events and storylines, and indexing for search.
   */
  public static IngestRun into(Workspace workspace, Pipeline pipeline, Ingestor ingestor, int threads) {
    return into(workspace, pipeline, ingestor, threads, a -> {});
  }

  /** As {@link #into(Workspace, Pipeline, Ingestor, int)}, telling {@code stored} about every article stored. */
  public static IngestRun into(Workspace workspace, Pipeline pipeline, Ingestor ingestor, int threads,
      java.util.function.Consumer<Article> stored) {
    Linker registry = new RegistryLinker(workspace.entities(), java.time.Clock.systemUTC());
    Linker events = new ChronicleLinker(registry, workspace.chronicle(), new io.storyline.events.Profiler(workspace::entityName));
    Linker search = new SearchIndexer(events, workspace.search());
    Linker all = new Linker() {
      @Override
      public Article link(Article article) {
        Article linked = search.link(article);
        stored.accept(linked);
        return linked;
      }

      @Override
      public void forget(Article earlier) {
        search.forget(earlier);
      }

      @Override
      public void commit() {
        search.commit();
      }
    };
    return new IngestRun(ingestor, pipeline, workspace.articles(), all, threads);
  }

  public IngestReport run(List<String> inputs, InputStream stdin, Listener listener) {
    long start = System.nanoTime();
    BlockingQueue<Item> queue = new ArrayBlockingQueue<>(threads * 64);
    ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "storyline-pipeline");
      t.setDaemon(true);
      return t;
    });
    Thread reader = new Thread(() -> read(inputs, stdin, queue, workers), "storyline-ingest");
    reader.setDaemon(true);
    reader.start();
    Counts counts = new Counts();
    try {
      long lastCommit = System.nanoTime();
      long lastProgress = 0;
      while (true) {
        Item item = Handoff.take(queue, "ingest");
        if (item instanceof End end) {
          if (end.crash() != null) {
            throw new IllegalStateException("reading the input failed: " + end.crash().getMessage(), end.crash());
          }
          break;
        }
        long writeStart = System.nanoTime();
        counts.handle(item, store, linker);
        long now = System.nanoTime();
        if (counts.pending() >= COMMIT_EVERY || (counts.pending() > 0 && now - lastCommit >= COMMIT_NANOS)) {
          commit();
          counts.committed();
          lastCommit = now;
        }
        counts.writingNanos += System.nanoTime() - writeStart;
        if (now - lastProgress >= PROGRESS_NANOS) {
          listener.progress(counts.report(System.nanoTime() - start));
          lastProgress = now;
        }
      }
      commit();
      counts.committed();
      IngestReport report = counts.report(System.nanoTime() - start);
      listener.progress(report);
      return report;
    } finally {
      workers.shutdownNow();
    }
  }

  private void commit() {
    linker.commit();
    store.commit();
  }

  private void read(List<String> inputs, InputStream stdin, BlockingQueue<Item> queue, ExecutorService workers) {
    Throwable crash = null;
    try {
      ingestor.ingest(inputs, stdin, new IngestSink() {
        @Override
        public void accept(Article article) {
          // Content already stored is a duplicate whatever the analysis says: it is not analysed again.
          Future<Outcome> outcome = store.idForHash(article.contentHash()).isPresent()
              ? CompletableFuture.completedFuture(new Outcome.Processed(article))
              : workers.submit(() -> pipeline.process(article));
          Handoff.put(queue, new Doc(outcome), "ingest");
        }

        @Override
        public void reject(String location, String reason) {
          Handoff.put(queue, new Rejected(location, reason), "ingest");
        }
      });
    } catch (RuntimeException | Error e) {
      crash = e;
    }
    Handoff.put(queue, new End(crash), "ingest");
  }

  /** Running counts; the {@code pending*} ones move to the committed totals at each commit. */
  private static final class Counts {
    long read;
    long stored;
    long updated;
    long duplicates;
    long pendingStored;
    long pendingUpdated;
    long pendingDuplicates;
    long writingNanos;
    final List<IngestReport.Problem> skipped = new ArrayList<>();
    final List<IngestReport.Problem> failed = new ArrayList<>();

    void handle(Item item, ArticleStore store, Linker linker) {
      if (item instanceof Rejected r) {
        skipped.add(new IngestReport.Problem(r.location(), r.reason()));
        return;
      }
      read++;
      Outcome outcome = Handoff.outcome(((Doc) item).outcome(), "ingest");
      switch (outcome) {
        case Outcome.Failed f -> failed.add(new IngestReport.Problem(f.source(),
            "failed at stage '" + f.stage() + "': " + f.reason()));
        case Outcome.Processed p -> {
          if (store.idForHash(p.article().contentHash()).isPresent()) {
            pendingDuplicates++; // linked when it was first stored
            return;
          }
          store.get(p.article().id()).ifPresent(linker::forget); // a new version of a stored article
          switch (store.put(linker.link(p.article())).status()) {
            case STORED -> pendingStored++;
            case UPDATED -> pendingUpdated++;
            case DUPLICATE -> pendingDuplicates++;
          }
        }
      }
    }

    long pending() {
      return pendingStored + pendingUpdated + pendingDuplicates;
    }

    void committed() {
      stored += pendingStored;
      updated += pendingUpdated;
      duplicates += pendingDuplicates;
      pendingStored = pendingUpdated = pendingDuplicates = 0;
    }

    IngestReport report(long nanos) {
      return new IngestReport(read, stored, updated, duplicates, skipped, failed, Duration.ofNanos(nanos),
          Duration.ofNanos(writingNanos));
    }
  }
}
