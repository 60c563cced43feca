package io.storyline.app;

import io.storyline.app.IngestReport.Problem;
import io.storyline.core.Article;
import io.storyline.core.Layers;
import io.storyline.core.Outcome;
import io.storyline.core.Pipeline;
import io.storyline.entities.EntityLayers;
import io.storyline.entities.registry.EntityRegistry;
import io.storyline.entities.registry.JsonlRegistryLog;
import io.storyline.entities.registry.RegistryEvent;
import io.storyline.events.Chronicle;
import io.storyline.events.EventLayers;
import io.storyline.events.Profiler;
import io.storyline.events.StorylineCorrection;
import io.storyline.time.TimeLayers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs the current analysis again on every stored article and rebuilds everything derived from it (the entity
 * registry, the events and storylines, the search index, the stored annotations), keeping every user correction.
 *
 * <p><b>Design: rebuild beside, replay the corrections at their moment, switch over.</b> Both the registry and
 * the chronicle are logs replayed at open, and the chronicle already treats its storyline corrections as
 * constraints kept apart from the articles ("keep them when re-processing from scratch and they apply again").
 * So instead of teaching the registry to forget an article (which would need each article's old contribution,
 * also after merges and splits moved it, and would grow the log with every run), a reprocess builds a fresh
 * state in {@code <data>/reprocess.next/}:
 * <ul>
 *   <li>articles are taken in the order they were first stored (the chronicle's profile log records it; articles
 *       it does not know follow in id order). Online clustering and entity linking depend on order, and event
 *       ids derive from the article that started the event, so keeping the order keeps the ids;</li>
 *   <li>each is rebuilt with {@link Article#of} from the stored id, source, url, title, original text and
 *       metadata, analysed by the current pipeline on worker threads, then linked in order by one writer to a
 *       new registry, placed in a new chronicle, indexed in a new search index and put in a new store;</li>
 *   <li>the registry corrections (merge, split, rename, retype) are read from the old registry log and recorded
 *       verbatim (same ids, who and when) in the new one at the same moment: just before the first article that
 *       the old log shows as linked after the correction. So the registry holds each article's contribution once,
 *       the corrections act on the same entities as when they were made, later articles link through them as they
 *       did, and entity ids (derived from type and key, numbered in order of creation) come out the same. A
 *       correction whose entities the new analysis no longer finds is retried at the end, then reported as
 *       dropped. Articles keep the time they were first seen;</li>
 *   <li>the storyline corrections file is copied into the new chronicle before any article, where they bind the
 *       anchor events as they do at every open; those whose events no longer exist are reported.</li>
 * </ul>
 * Reprocessing unchanged data reproduces the same state, so running it twice gives what running it once does.
 *
 * <p><b>Safety.</b> The run holds the data directory exclusively ({@link DataLock}), so no other Storyline
 * process reads or corrects it meanwhile. The old state is only read until the new one is complete; a kill before
 * that leaves the directory as it was (the next reprocess deletes the half-built state). Then {@link Switchover}
 * writes a marker and renames the parts into place; a kill during those renames is finished by the next command
 * that opens the directory. An article whose analysis fails now is reported and keeps its previous analysis
 * (re-linked to the new registry), so nothing is lost; when nothing at all could be reprocessed the directory is
 * left as it was.
 */
public final class Reprocess {
  static final int COMMIT_EVERY = 500;
  private static final long PROGRESS_NANOS = 200_000_000L;

  /** Receives the running counts, from the writing thread, a few times a second. */
  public interface Listener {
    void progress(ReprocessReport soFar);
  }

  private final Pipeline pipeline;
  private final Function<String, String> canonicalNames;
  private final int threads;
  private final Clock clock;

  /**
   * @param pipeline       the current analysis ({@link Analysis#pipeline()})
   * @param canonicalNames display names for code keys, as for {@link Workspace#open}
   * @param threads        analysis threads, at least 1
   */
  public Reprocess(Pipeline pipeline, Function<String, String> canonicalNames, int threads) {
    this(pipeline, canonicalNames, threads, Clock.systemUTC());
  }

  Reprocess(Pipeline pipeline, Function<String, String> canonicalNames, int threads, Clock clock) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, found " + threads);
    }
    this.pipeline = pipeline;
    this.canonicalNames = canonicalNames;
    this.threads = threads;
    this.clock = clock;
  }

  /**
   * Reprocesses the data directory {@code data}.
   *
   * @throws IllegalArgumentException when {@code data} is not a directory
   * @throws IllegalStateException    when another Storyline process uses it, or a stored article cannot be read
   *                                  (the directory is then as it was)
   */
  public ReprocessReport run(Path data, Listener listener) {
    if (!Files.isDirectory(data)) {
      throw new IllegalArgumentException("no data directory " + data + "; give the one you ingested into with --data");
    }
    try (Workspace old = Workspace.openExclusive(data, canonicalNames)) {
      Switchover.discardUnfinished(data);
      Path nextDir = Switchover.next(data);
      Run run = new Run(old, data, nextDir, listener);
      ReprocessReport report;
      try {
        report = run.execute();
      } catch (RuntimeException | Error e) {
        run.discard();
        throw e;
      }
      if (!report.switched()) {
        Switchover.deleteTree(nextDir);
        return report;
      }
      Switchover.markComplete(data);
      old.switchOver();
      return report;
    }
  }

  /** The old registry log as reprocessing needs it: when each article was first linked, and the corrections. */
  private record Origin(Map<String, FirstSeen> seen, List<Correction> corrections) {
    record FirstSeen(int index, Instant at) {}

    record Correction(int index, RegistryEvent event) {}

    static Origin read(Path entities) {
      Map<String, FirstSeen> seen = new HashMap<>();
      List<Correction> corrections = new ArrayList<>();
      if (!Files.exists(entities.resolve(JsonlRegistryLog.FILE_NAME))) {
        return new Origin(seen, corrections);
      }
      try (JsonlRegistryLog log = new JsonlRegistryLog(entities)) {
        List<RegistryEvent> events = log.replay();
        for (int i = 0; i < events.size(); i++) {
          RegistryEvent e = events.get(i);
          if (e instanceof RegistryEvent.Seen s) {
            int index = i;
            seen.computeIfAbsent(s.article(), k -> new FirstSeen(index, Instant.parse(s.at())));
          } else if (EntityRegistry.isCorrection(e)) {
            corrections.add(new Correction(i, e));
          }
        }
      }
      return new Origin(seen, corrections);
    }
  }

  private sealed interface Item {}

  private record Doc(Article old, Future<Outcome> outcome) implements Item {}

  private record End(Throwable crash) implements Item {}

  /** One run: the old workspace read, the new state written under {@code nextDir}. */
  private final class Run {
    final Workspace old;
    final Path data;
    final Path nextDir;
    final Listener listener;
    final Instant now = clock.instant();
    final long start = System.nanoTime();
    final List<Problem> failed = new ArrayList<>();
    final List<Problem> partial = new ArrayList<>();
    final List<Problem> dropped = new ArrayList<>();
    final List<Origin.Correction> deferred = new ArrayList<>();
    Workspace next;
    Origin origin;
    long total;
    long reprocessed;
    int nextCorrection;
    int entityCorrections;

    Run(Workspace old, Path data, Path nextDir, Listener listener) {
      this.old = old;
      this.data = data;
      this.nextDir = nextDir;
      this.listener = listener;
    }

    ReprocessReport execute() {
      origin = Origin.read(data.resolve("entities"));
      List<String> order = order();
      total = order.size();
      copyStorylineCorrections();
      next = Workspace.scratch(nextDir, canonicalNames);
      try {
        IngestRun.Linker linker = linker();
        process(order, linker);
        flushCorrections(Integer.MAX_VALUE);
        retryDeferred();
        linker.commit();
        next.articles().commit();
        int storylineCorrections = checkStorylineCorrections();
        Map<String, Integer> counts = next.chronicle().counts();
        ReprocessReport report = report(reprocessed > 0, storylineCorrections, next.entities().size(),
            counts.get("events"), counts.get("storylines"));
        listener.progress(report);
        return report;
      } finally {
        next.close();
      }
    }

    void discard() {
      if (next != null) {
        try {
          next.close();
        } catch (RuntimeException ignored) {
          // already failing; the half-built state goes anyway
        }
      }
      Switchover.deleteTree(nextDir);
    }

    /** The order articles were first stored in: the chronicle's, then the others by id. */
    List<String> order() {
      long count = old.articles().count();
      List<String> stored = old.articles().ids(0, (int) Math.min(Integer.MAX_VALUE, count));
      Set<String> remaining = new LinkedHashSet<>(stored);
      List<String> order = new ArrayList<>(stored.size());
      for (String id : Chronicle.articleOrder(data.resolve("events"))) {
        if (remaining.remove(id)) {
          order.add(id);
        }
      }
      order.addAll(remaining);
      return order;
    }

    void copyStorylineCorrections() {
      Path from = data.resolve("events").resolve(Chronicle.CORRECTIONS);
      try {
        Files.createDirectories(nextDir.resolve("events"));
        if (Files.exists(from)) {
          Files.copy(from, nextDir.resolve("events").resolve(Chronicle.CORRECTIONS));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot copy the storyline corrections to " + nextDir + ": " + e.getMessage(), e);
      }
    }

    IngestRun.Linker linker() {
      IngestRun.Linker registry = new RegistryLinker(next.entities(),
          a -> Optional.ofNullable(origin.seen().get(a.id())).map(Origin.FirstSeen::at).orElse(now));
      IngestRun.Linker events = new ChronicleLinker(registry, next.chronicle(), new Profiler(next::entityName));
      return new SearchIndexer(events, next.search());
    }

    void process(List<String> order, IngestRun.Linker linker) {
      BlockingQueue<Item> queue = new ArrayBlockingQueue<>(threads * 64);
      ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "storyline-reprocess");
        t.setDaemon(true);
        return t;
      });
      Thread reader = new Thread(() -> read(order, queue, workers), "storyline-reprocess-read");
      reader.setDaemon(true);
      reader.start();
      try {
        long pending = 0;
        long lastProgress = 0;
        while (true) {
          Item item = Handoff.take(queue, "reprocess");
          if (item instanceof End end) {
            if (end.crash() != null) {
              throw new IllegalStateException("reading the stored articles failed: " + end.crash().getMessage(),
                  end.crash());
            }
            break;
          }
          handle((Doc) item, linker);
          if (++pending >= COMMIT_EVERY) {
            linker.commit();
            next.articles().commit();
            pending = 0;
          }
          long now = System.nanoTime();
          if (now - lastProgress >= PROGRESS_NANOS) {
            listener.progress(report(false, 0, 0, 0, 0));
            lastProgress = now;
          }
        }
      } finally {
        reader.interrupt();
        workers.shutdownNow();
      }
    }

    private void read(List<String> order, BlockingQueue<Item> queue, ExecutorService workers) {
      Throwable crash = null;
      try {
        for (String id : order) {
          Article stored = old.articles().get(id)
              .orElseThrow(() -> new IllegalStateException("article " + id + " vanished from the store"));
          Article fresh = Article.of(stored.id(), stored.source(), stored.url(), stored.title(), stored.text(),
              stored.meta());
          Handoff.put(queue, new Doc(stored, workers.submit(() -> pipeline.process(fresh))), "reprocess");
        }
      } catch (RuntimeException | Error e) {
        crash = e;
      }
      try {
        Handoff.put(queue, new End(crash), "reprocess");
      } catch (IllegalStateException interrupted) {
        // the writer stopped; nobody waits for the end
      }
    }

    private void handle(Doc doc, IngestRun.Linker linker) {
      Article article;
      switch (Handoff.outcome(doc.outcome(), "reprocess")) {
        case Outcome.Processed p -> {
          article = p.article();
          reprocessed++;
        }
        case Outcome.Partial p -> {
          article = p.article();
          reprocessed++;
          partial.add(new Problem(doc.old().id(), "analysed in part: stopped at stage '" + p.stage() + "' because "
              + p.reason() + "; not analysed: " + String.join(", ", p.skipped())));
        }
        case Outcome.Failed f -> {
          failed.add(new Problem(doc.old().id(), "failed at stage '" + f.stage() + "': " + f.reason()
              + "; it keeps its previous analysis"));
          article = previous(doc.old());
        }
      }
      Optional<String> twin = next.articles().idForHash(article.contentHash());
      if (twin.isPresent()) { // the store keeps one copy of a text; a second cannot have been stored
        throw new IllegalStateException("articles " + twin.get() + " and " + article.id() + " have the same text");
      }
      Origin.FirstSeen first = origin.seen().get(article.id());
      if (first != null) {
        flushCorrections(first.index());
      }
      Article linked = linkable(article) ? linker.link(article) : index(article);
      next.articles().put(linked);
    }

    /** The stored article with its annotations but without the event ids the chronicle adds when read. */
    private Article previous(Article stored) {
      Map<io.storyline.core.Layer<?>, Object> layers = new java.util.LinkedHashMap<>(stored.layers());
      layers.remove(EventLayers.EVENT);
      layers.remove(EventLayers.STORYLINE);
      return new Article(stored.id(), stored.source(), stored.url(), stored.title(), stored.text(),
          stored.contentHash(), stored.meta(), layers);
    }

    /** Whether the article has what linking and event placement read; an old one analysed partly has not. */
    private boolean linkable(Article a) {
      return a.has(EntityLayers.MENTIONS) && a.has(Layers.LANGUAGE) && a.has(TimeLayers.EVENT_DATE);
    }

    private Article index(Article a) {
      next.search().index(a);
      return a;
    }

    /** Records the old registry's corrections made before the article at log position {@code before}. */
    private void flushCorrections(int before) {
      List<Origin.Correction> all = origin.corrections();
      while (nextCorrection < all.size() && all.get(nextCorrection).index() < before) {
        Origin.Correction c = all.get(nextCorrection++);
        if (next.entities().reapply(c.event()).isEmpty()) {
          entityCorrections++;
        } else {
          deferred.add(c);
        }
      }
    }

    /** Corrections that did not apply at their moment get one more chance once every article is linked. */
    private void retryDeferred() {
      for (Origin.Correction c : deferred) {
        Optional<String> why = next.entities().reapply(c.event());
        if (why.isEmpty()) {
          entityCorrections++;
        } else {
          dropped.add(new Problem(describe(c.event()), why.get()));
        }
      }
      deferred.clear();
    }

    /** Counts the storyline corrections carried over and reports those whose events no longer exist. */
    private int checkStorylineCorrections() {
      List<StorylineCorrection> all = Chronicle.corrections(nextDir.resolve("events"));
      Chronicle chronicle = next.chronicle();
      for (StorylineCorrection c : all) {
        List<String> events = switch (c) {
          case StorylineCorrection.Merged m -> m.anchorEventIds();
          case StorylineCorrection.Split s -> java.util.stream.Stream.concat(s.moved().stream(), s.rest().stream()).toList();
        };
        List<String> gone = events.stream().filter(e -> chronicle.event(e).isEmpty()).toList();
        if (!gone.isEmpty()) {
          String what = c instanceof StorylineCorrection.Merged m ? "storyline merge by " + m.by() + " at " + m.at()
              : "storyline split by " + ((StorylineCorrection.Split) c).by() + " at " + ((StorylineCorrection.Split) c).at();
          dropped.add(new Problem(what, "events " + gone + " no longer exist, so it binds nothing there"));
        }
      }
      return all.size();
    }

    private ReprocessReport report(boolean switched, int storylineCorrections, long entities, long events,
        long storylines) {
      return new ReprocessReport(total, reprocessed, failed, partial, entityCorrections, storylineCorrections, dropped, switched,
          entities, events, storylines, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  static String describe(RegistryEvent e) {
    return switch (e) {
      case RegistryEvent.Merged m -> "entity merge of " + m.ids() + " into " + m.into() + " by " + m.by() + " at " + m.at();
      case RegistryEvent.Split s -> "entity split of " + s.forms() + " from " + s.id() + " by " + s.by() + " at " + s.at();
      case RegistryEvent.Renamed r -> "entity rename of " + r.id() + " to '" + r.name() + "' by " + r.by() + " at " + r.at();
      case RegistryEvent.Retyped t -> "entity retype of " + t.id() + " to " + t.type() + " by " + t.by() + " at " + t.at();
      default -> e.toString();
    };
  }
}
