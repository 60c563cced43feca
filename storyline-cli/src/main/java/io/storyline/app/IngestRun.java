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
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Reads documents, runs the pipeline on worker threads, and stores the results in input order.
 *
 * <p>The writer does only what must be serial (linking to the registry, placing in events, indexing, storing):
 * the workers do every stage of the pipeline. The store is committed every {@value #COMMIT_EVERY} articles and
 * at the latest five seconds after an article waits for it, also while no input arrives or the next article is
 * still being analysed; the counts handed to the listener include only committed articles, so anything reported
 * as stored survives a kill. Duplicate detection sees articles in input order, so runs are deterministic.
 */
public final class IngestRun {
  static final int COMMIT_EVERY = 500;
  static final long COMMIT_NANOS = 5_000_000_000L;
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

  /** Reads the inputs, handing every document and problem to the sink: an {@link Ingestor}, or a watcher's batch. */
  public interface Reader {
    void read(List<String> inputs, InputStream stdin, IngestSink sink);
  }

  /** Told, on the storing thread, of each article about to be stored and, before each commit, that one follows. */
  public interface StoreListener {
    void stored(Article article);

    /** Called before the store commits what was stored since the last call; nothing by default. */
    default void committing() {}
  }

  /** Receives the running counts, from the storing thread, a few times a second. */
  public interface Listener {
    void progress(IngestReport soFar);
  }

  private sealed interface Item {}

  private record Doc(Future<Outcome> outcome) implements Item {}

  private record Rejected(String location, String reason) implements Item {}

  private record End(Throwable crash) implements Item {}

  private final Reader ingestor;
  private final Pipeline pipeline;
  private final ArticleStore store;
  private final ArticleWriter writer;
  private final int threads;
  private final long commitNanos;

  public IngestRun(Ingestor ingestor, Pipeline pipeline, ArticleStore store, Linker linker, int threads) {
    this(ingestor::ingest, pipeline, store, linker, threads);
  }

  public IngestRun(Reader ingestor, Pipeline pipeline, ArticleStore store, Linker linker, int threads) {
    this(ingestor, pipeline, store, new ArticleWriter(store, linker), threads, Duration.ofNanos(COMMIT_NANOS));
  }

  private IngestRun(Reader ingestor, Pipeline pipeline, ArticleWriter writer, int threads) {
    this(ingestor, pipeline, writer.store(), writer, threads, Duration.ofNanos(COMMIT_NANOS));
  }

  /** A run that commits at the latest {@code commitWithin} after an article waits for a commit. */
  IngestRun(Reader ingestor, Pipeline pipeline, ArticleStore store, Linker linker, int threads, Duration commitWithin) {
    this(ingestor, pipeline, store, new ArticleWriter(store, linker), threads, commitWithin);
  }

  private IngestRun(Reader ingestor, Pipeline pipeline, ArticleStore store, ArticleWriter writer, int threads,
      Duration commitWithin) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, found " + threads);
    }
    this.ingestor = ingestor;
    this.pipeline = pipeline;
    this.store = store;
    this.writer = writer;
    this.threads = threads;
    this.commitNanos = commitWithin.toNanos();
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
    return into(workspace, pipeline, ingestor::ingest, threads, stored::accept);
  }

  /** As {@link #into(Workspace, Pipeline, Ingestor, int)}, reading with {@code reader} and telling {@code listener}. */
  public static IngestRun into(Workspace workspace, Pipeline pipeline, Reader reader, int threads, StoreListener listener) {
    return new IngestRun(reader, pipeline, ArticleWriter.into(workspace, listener), threads);
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
    CommitPolicy policy = new CommitPolicy(COMMIT_EVERY, commitNanos);
    Runnable idle = () -> {
      if (commitIfDue(policy, counts)) {
        listener.progress(counts.report(System.nanoTime() - start));
      }
    };
    try {
      long lastProgress = 0;
      while (true) {
        Item item = awaitCommitting(policy, idle, () -> Handoff.take(queue, "ingest"),
            wait -> Handoff.poll(queue, wait, "ingest"));
        if (item instanceof End end) {
          if (end.crash() != null) {
            throw new IllegalStateException("reading the input failed: " + end.crash().getMessage(), end.crash());
          }
          break;
        }
        Outcome outcome = item instanceof Doc doc ? awaitCommitting(policy, idle, () -> Handoff.outcome(doc.outcome(), "ingest"),
            wait -> Handoff.outcome(doc.outcome(), wait, "ingest")) : null;
        long writeStart = System.nanoTime();
        long pendingBefore = counts.pending();
        counts.handle(item, outcome, writer);
        if (counts.pending() > pendingBefore) {
          policy.added(writeStart);
        }
        commitIfDue(policy, counts);
        long now = System.nanoTime();
        counts.writingNanos += now - writeStart;
        if (now - lastProgress >= PROGRESS_NANOS) {
          listener.progress(counts.report(now - start));
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

  /**
   * A value from {@code take} (blocking) or {@code poll} (waiting at most the given nanoseconds, null when none
   * came), running {@code idle}, which commits, whenever the policy's deadline passes first: the writer commits on
   * time while the next item has not arrived or the next article is still being analysed.
   */
  private static <T> T awaitCommitting(CommitPolicy policy, Runnable idle, Supplier<T> take, LongFunction<T> poll) {
    while (true) {
      long wait = policy.nanosUntilDue(System.nanoTime());
      T value = wait == Long.MAX_VALUE ? take.get() : poll.apply(wait);
      if (value != null) {
        return value;
      }
      idle.run();
    }
  }

  /** Commits when the policy says so; true when it did. */
  private boolean commitIfDue(CommitPolicy policy, Counts counts) {
    long now = System.nanoTime();
    if (!policy.due(now)) {
      return false;
    }
    commit();
    counts.committed();
    policy.committed();
    counts.writingNanos += System.nanoTime() - now;
    return true;
  }

  private void commit() {
    writer.commit();
  }

  private void read(List<String> inputs, InputStream stdin, BlockingQueue<Item> queue, ExecutorService workers) {
    Throwable crash = null;
    try {
      ingestor.read(inputs, stdin, new IngestSink() {
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
    final List<IngestReport.Problem> partial = new ArrayList<>();

    /** Counts a rejected item, or stores a document's {@code outcome}. */
    void handle(Item item, Outcome outcome, ArticleWriter writer) {
      if (item instanceof Rejected r) {
        skipped.add(new IngestReport.Problem(r.location(), r.reason()));
        return;
      }
      read++;
      switch (outcome) {
        case Outcome.Failed f -> failed.add(new IngestReport.Problem(f.source(),
            "failed at stage '" + f.stage() + "': " + f.reason()));
        case Outcome.Processed p -> store(p.article(), writer);
        case Outcome.Partial p -> {
          if (store(p.article(), writer)) {
            partial.add(new IngestReport.Problem(p.article().source(), "article " + p.article().id()
                + " analysed in part: stopped at stage '" + p.stage() + "' because " + p.reason() + "; not analysed: "
                + String.join(", ", p.skipped())));
          }
        }
      }
    }

    /** Stores an analysed article unless its content is stored already; true when it was stored or updated. */
    private boolean store(Article article, ArticleWriter writer) {
      switch (writer.write(article)) {
        case STORED -> pendingStored++;
        case UPDATED -> pendingUpdated++;
        case DUPLICATE -> {
          pendingDuplicates++;
          return false;
        }
      }
      return true;
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
      return new IngestReport(read, stored, updated, duplicates, skipped, failed, partial, Duration.ofNanos(nanos),
          Duration.ofNanos(writingNanos));
    }
  }
}
