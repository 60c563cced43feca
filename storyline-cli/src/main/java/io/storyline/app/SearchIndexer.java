package io.storyline.app;

import io.storyline.core.Article;
import io.storyline.search.SearchIndex;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Indexes each stored article for search, after linking it; committed with the store.
 *
 * <p>The index document is a function of the linked article alone, so building it and running Lucene's analysers
 * (the costly part) happen on an indexing thread of their own, pipelined behind the writer: the writer hands the
 * article over and goes on linking the next one. One thread indexes in the order articles were handed over, so a
 * later version of an article replaces an earlier one as before. {@link #commitStep()} waits until everything
 * handed over is indexed, so a commit holds exactly what it held when the writer indexed; an indexing failure is
 * thrown there, or at the next article. The thread ends after {@value #IDLE_SECONDS} seconds without work.
 */
final class SearchIndexer extends LinkerStep {
  /** Articles handed over and not yet indexed, at most; the writer waits when the indexing thread is this far behind. */
  static final int BACKLOG = 256;
  /** Seconds without work after which the indexing thread ends (a new one starts with the next article). */
  static final int IDLE_SECONDS = 30;

  private final SearchIndex index;
  private final ThreadPoolExecutor indexing;
  private Future<?> last;
  /** The first failure of the indexing thread; nothing is indexed after it. */
  private volatile Throwable failure;

  SearchIndexer(IngestRun.Linker before, SearchIndex index) {
    super(before);
    this.index = index;
    this.indexing = new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS, new ArrayBlockingQueue<>(BACKLOG), task -> {
      Thread t = new Thread(task, "storyline-index");
      t.setDaemon(true);
      return t;
    }, (task, executor) -> Handoff.put(executor.getQueue(), task, "search indexing"));
    this.indexing.allowCoreThreadTimeOut(true);
  }

  @Override
  Article apply(Article linked) {
    rethrowFailure(); // what indexing an earlier article threw, at the next article already
    last = indexing.submit(() -> {
      if (failure == null) {
        try {
          index.index(linked);
        } catch (RuntimeException | Error e) {
          failure = e;
        }
      }
    });
    return linked;
  }

  @Override
  void commitStep() {
    await();
    index.commit();
  }

  /** Waits for the articles handed over to be indexed; throws what indexing one of them threw. */
  private void await() {
    if (last != null) {
      try {
        last.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("search indexing interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("search indexing crashed: " + e.getCause(), e.getCause());
      }
      last = null;
    }
    rethrowFailure();
  }

  private void rethrowFailure() {
    Throwable f = failure;
    if (f instanceof RuntimeException r) {
      throw r;
    }
    if (f instanceof Error e) {
      throw e;
    }
  }
}
