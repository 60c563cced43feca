package io.storyline.events.eval;

import io.storyline.core.Article;
import io.storyline.entities.registry.Entity;
import io.storyline.entities.registry.EntityRegistry;
import io.storyline.events.Actor;
import io.storyline.events.Analysed;
import io.storyline.events.Chronicle;
import io.storyline.events.EventTime;
import io.storyline.events.Profile;
import io.storyline.events.Profiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Cost growth of clustering (events and storylines together): per-article time and retained heap when the corpus
 * holds 1k, 10k and 100k articles, synthesised by varying real texts (the seeds and the SlavicNER documents, run
 * through the real pipeline once): variant {@code v} of a text renames its less common entities and terms to
 * {@code name~v} (a new story with the same shape) and moves its date by {@code 45 * v} days. Excluded from the
 * default build: {@code ./mvnw -o -f storyline-events/pom.xml test -Devents.excludedGroups=none -Dgroups=eval
 * -Dtest=CostBenchmarkTest}.
 */
@Tag("eval")
class CostBenchmarkTest {
  private static final int[] CHECKPOINTS = {1_000, 10_000, 100_000};
  /** Articles timed before each checkpoint. */
  private static final int WINDOW = 1_000;

  @Test
  void perArticleCostStaysFlatFrom1kTo100kArticles() throws Exception {
    List<Profile> base = baseProfiles();
    Chronicle chronicle = Chronicle.inMemory(Chronicle.Options.DEFAULT, id -> Optional.empty());
    StringBuilder table = new StringBuilder("| articles | events | storylines | µs per article (last 1k) | "
        + "max candidates | heap MB | heap KB per article |\n|---|---|---|---|---|---|---|\n");
    long windowNanos = 0;
    int next = 0;
    int maxCandidates = 0;
    for (int i = 1; i <= CHECKPOINTS[CHECKPOINTS.length - 1]; i++) {
      Profile p = variant(base.get((i - 1) % base.size()), (i - 1) / base.size(), i);
      long t = System.nanoTime();
      int examined = chronicle.add(p).candidatesExamined();
      long spent = System.nanoTime() - t;
      if (i > CHECKPOINTS[next] - WINDOW) {
        windowNanos += spent;
        maxCandidates = Math.max(maxCandidates, examined);
      }
      if (i == CHECKPOINTS[next]) {
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        Map<String, Integer> counts = chronicle.counts();
        table.append(String.format(Locale.ROOT, "| %d | %d | %d | %.0f | %d | %.0f | %.1f |%n", i, counts.get("events"),
            counts.get("storylines"), windowNanos / 1e3 / WINDOW, maxCandidates, heap / 1e6, heap / 1e3 / i));
        windowNanos = 0;
        maxCandidates = 0;
        next++;
      }
    }
    System.out.println(table);
    String out = System.getProperty("events.benchmark");
    if (out != null) {
      Files.writeString(Path.of(out), table);
    }
  }

  /** The seeds and every SlavicNER document (when the data is there), analysed once. */
  private static List<Profile> baseProfiles() {
    EntityRegistry registry = Analysed.registry();
    Profiler profiler = new Profiler(id -> registry.get(id).map(Entity::name));
    List<Profile> base = new ArrayList<>();
    for (Article a : Analysed.seeds()) {
      base.add(profiler.profile(Analysed.analyse(a, registry)));
    }
    new TopicEvaluation(Analysed.PIPELINE, registry, Chronicle.Options.DEFAULT)
        .analyse(Analysed.evaldata("slavicner")).forEach(d -> base.add(d.profile()));
    return base;
  }

  /** Variant {@code v} of a profile: its less salient half of entities and terms renamed, its date moved. */
  private static Profile variant(Profile p, int v, int n) {
    if (v == 0) {
      return new Profile("b" + n, p.language(), p.headline(), p.dateValue(), p.granularity(), p.dateConfidence(),
          p.kind(), p.actors(), p.terms(), p.quotes(), null);
    }
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < p.actors().size(); i++) {
      Actor a = p.actors().get(i);
      String id = i % 2 == 0 ? a.entityId() + "~" + v : a.entityId();
      actors.add(new Actor(id, a.name(), a.type(), a.mentions(), a.salience(), a.eventPlace(), a.affiliationId()));
    }
    Map<String, Integer> terms = new java.util.TreeMap<>();
    p.terms().forEach((t, c) -> terms.put(t.hashCode() % 2 == 0 ? t + "~" + v : t, c));
    EventTime time = p.time();
    String date = time.yearKnown() && time.start() == time.end()
        ? LocalDate.ofEpochDay(time.start()).plusDays(45L * v).toString() : p.dateValue();
    return new Profile("b" + n, p.language(), p.headline(), date, p.granularity(), p.dateConfidence(), p.kind(), actors,
        terms, p.quotes(), null);
  }
}
