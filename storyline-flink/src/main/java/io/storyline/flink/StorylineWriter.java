package io.storyline.flink;

import io.storyline.app.AnalysisSettings;
import io.storyline.app.ArticleWriter;
import io.storyline.app.Workspace;
import io.storyline.core.Article;
import io.storyline.core.ArticleStore.PutResult.Status;
import io.storyline.entities.lexicon.Gazetteer;
import io.storyline.opensearch.ClusterDirectories;
import io.storyline.store.ArticleJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores what arrives between two checkpoints (an epoch) at the checkpoint, in topic order, then commits.
 *
 * <p>Why this is exactly-once in effect: the checkpoint barrier reaches this writer only after every record the
 * source read before it, so an epoch holds exactly the records between two checkpointed source positions; sorting
 * it by (partition, offset) makes the order independent of which analysis worker finished first. A restart rewinds
 * the source to the last checkpoint and replays what followed; articles of the replay that were already stored are
 * recognised by their content hash and link nothing ({@link ArticleWriter#write}), so nothing is counted, linked or
 * placed twice. The data directory is written on a thread of its own, never interrupted by Flink's cancellation,
 * so each article is stored whole or not at all.
 */
final class StorylineWriter implements SinkWriter<Analysed> {
  private static final Logger LOG = LoggerFactory.getLogger(StorylineWriter.class);
  private static final long LOCK_WAIT_MILLIS = 60_000;

  private final ArticleJson codec = AnalyseFunction.codec();
  private final List<Analysed> epoch = new ArrayList<>();
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "storyline-writer");
    t.setDaemon(true);
    return t;
  });
  private final Workspace workspace;
  private final ArticleWriter writer;
  private final ClusterMirror mirror;
  private volatile boolean closing;

  /** @param mirror the cluster store each checkpoint is copied into, or null */
  StorylineWriter(Path data, String languages, String accuracy, ClusterMirror mirror) {
    this.workspace = openWaiting(data);
    new AnalysisSettings(languages, accuracy).write(data);
    this.writer = ArticleWriter.into(workspace, a -> {});
    this.mirror = mirror;
  }

  /** Opens the directory, waiting while the writer of a failed attempt of this job still closes it. */
  private static Workspace openWaiting(Path data) {
    long deadline = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
    while (true) {
      try {
        return Workspace.open(data, Gazetteer.cldr()::canonical); // the names ingest gives, without loading the models
      } catch (IllegalStateException e) { // also an OverlappingFileLockException: a lock this JVM holds
        if (System.currentTimeMillis() > deadline) {
          throw e;
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for " + data, interrupted);
        }
      }
    }
  }

  @Override
  public void write(Analysed element, Context context) {
    epoch.add(element);
  }

  /** Called before each checkpoint barrier is passed on and at the end of a bounded input. */
  @Override
  public void flush(boolean endOfInput) throws IOException, InterruptedException {
    List<Analysed> batch = new ArrayList<>(epoch);
    epoch.clear();
    batch.sort(Analysed.TOPIC_ORDER);
    Future<?> done = thread.submit(() -> store(batch));
    try {
      done.get();
    } catch (ExecutionException e) {
      throw new IOException("storing into " + workspace.directory() + " failed: " + e.getCause(), e.getCause());
    }
  }

  private void store(List<Analysed> batch) {
    if (batch.isEmpty()) {
      return; // nothing arrived since the last checkpoint: nothing to commit
    }
    int stored = 0;
    int duplicates = 0;
    List<String> ids = new ArrayList<>();
    for (Analysed a : batch) {
      if (closing) {
        return;
      }
      if (a.article() == null) {
        LOG.warn("skipped {}: {}", a.location(), a.problem());
        continue;
      }
      Article article = codec.read(a.article());
      if (writer.write(article) == Status.DUPLICATE) {
        duplicates++; // stored before (a replayed epoch, or the same text again): copied again under its stored id
        workspace.articles().idForHash(article.contentHash()).ifPresent(ids::add);
      } else {
        stored++;
        ids.add(article.id());
      }
    }
    writer.commit();
    LOG.info("stored {} articles ({} duplicates) into {}", stored, duplicates, workspace.directory());
    if (mirror != null) {
      ClusterDirectories.Published p = mirror.copy(workspace, ids);
      LOG.info("copied {} articles, {} entities, {} storylines and {} events into the cluster store", ids.size(),
          p.entities(), p.storylines(), p.events());
    }
  }

  @Override
  public void close() {
    closing = true;
    thread.shutdown();
    boolean interrupted = false;
    while (true) {
      try { // the directory closes only after the article being stored is whole
        if (thread.awaitTermination(10, TimeUnit.SECONDS)) {
          break;
        }
        LOG.info("waiting for the article being stored");
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    try {
      if (mirror != null) {
        mirror.close();
      }
      workspace.close();
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
