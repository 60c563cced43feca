package io.storyline.events.eval;

import io.storyline.core.Article;
import io.storyline.core.Outcome;
import io.storyline.core.Pipeline;
import io.storyline.entities.eval.Table;
import io.storyline.entities.registry.EntityRegistry;
import io.storyline.events.Chronicle;
import io.storyline.events.Profile;
import io.storyline.events.Profiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Topic grouping on SlavicNER ({@code raw/<topic>/<lang>/*.txt}, 7 topics, 6 languages): every document goes
 * through the real pipeline and into one {@link Chronicle}, in a seeded random order and without its labels; the
 * storylines are then scored against the gold topics with B-cubed precision, recall and F1, and the share of
 * cross-lingual same-topic pairs that share a storyline.
 *
 * <pre>{@code
 * TopicEvaluation.Report r = new TopicEvaluation(pipeline, registry, Chronicle.Options.DEFAULT).run(dir);
 * System.out.println(r.table());
 * }</pre>
 */
public final class TopicEvaluation {
  /** The order documents arrive in is shuffled with this seed. */
  public static final long SEED = 20240701L;

  private final Pipeline pipeline;
  private final EntityRegistry registry;
  private final Chronicle.Options options;

  /** {@code pipeline} must provide language, event date and entities; {@code registry} links them (use a fresh one). */
  public TopicEvaluation(Pipeline pipeline, EntityRegistry registry, Chronicle.Options options) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** One gold topic: its documents, and how they were spread. */
  public record TopicRow(String topic, int documents, int languages, int storylines, double largestShare) {}

  /**
   * The scores.
   *
   * @param documents            documents clustered
   * @param failed               documents the pipeline failed on
   * @param events               events formed
   * @param storylines           storylines formed
   * @param precision            B-cubed precision
   * @param recall               B-cubed recall
   * @param f1                   B-cubed F1
   * @param crossLingualPairs    same-topic document pairs in different languages
   * @param crossLingualTogether the share of those pairs in one storyline
   * @param topics               per-topic rows
   * @param seconds              wall time, pipeline included
   */
  public record Report(int documents, int failed, int events, int storylines, double precision, double recall,
      double f1, long crossLingualPairs, double crossLingualTogether, List<TopicRow> topics, double seconds) {

    /** The report as a table, then the per-topic rows. */
    public String table() {
      Table t = new Table("documents", "failed", "events", "storylines", "B3 P", "B3 R", "B3 F1", "x-ling pairs",
          "x-ling together", "seconds");
      t.row(documents, failed, events, storylines, precision, recall, f1, crossLingualPairs, crossLingualTogether,
          String.format(Locale.ROOT, "%.0f", seconds));
      Table p = new Table("topic", "docs", "langs", "storylines", "largest share");
      topics.forEach(r -> p.row(r.topic(), r.documents(), r.languages(), r.storylines(), r.largestShare()));
      return t.render() + "\n" + p.render();
    }
  }

  /** One analysed document with its gold topic (never shown to the clustering). */
  public record Document(String topic, String language, Profile profile) {}

  /** Runs the evaluation over {@code dataDir} (the folder holding {@code raw/}). */
  public Report run(Path dataDir) {
    long started = System.nanoTime();
    List<Document> documents = analyse(dataDir);
    Report r = cluster(documents);
    return new Report(r.documents(), files(dataDir.resolve("raw")).size() - documents.size(), r.events(),
        r.storylines(), r.precision(), r.recall(), r.f1(), r.crossLingualPairs(), r.crossLingualTogether(), r.topics(),
        (System.nanoTime() - started) / 1e9);
  }

  /** Every document through the pipeline and the registry, in the seeded random order; failures left out. */
  public List<Document> analyse(Path dataDir) {
    Path raw = dataDir.resolve("raw");
    List<Path> files = files(raw);
    Collections.shuffle(files, new Random(SEED));
    Profiler profiler = new Profiler(registry::name, options.vectors());
    Instant at = Instant.parse("2024-01-01T00:00:00Z");
    List<Document> documents = new ArrayList<>();
    for (Path f : files) {
      Path rel = raw.relativize(f);
      Article article = Article.of(rel.toString().replace('\\', '/'), f.toString(), null, null, read(f), Map.of());
      if (pipeline.process(article) instanceof Outcome.Processed p) {
        documents.add(new Document(rel.getName(0).toString(), rel.getName(1).toString(),
            profiler.profile(registry.link(p.article(), at))));
      }
    }
    return documents;
  }

  /** Clusters analysed documents, in their order, into one chronicle and scores its storylines. */
  public Report cluster(List<Document> documents) {
    long started = System.nanoTime();
    Chronicle chronicle = Chronicle.inMemory(options, registry::name);
    Map<String, String[]> gold = new HashMap<>();
    for (Document d : documents) {
      chronicle.add(d.profile());
      gold.put(d.profile().articleId(), new String[] {d.topic(), d.language()});
    }
    Map<String, String> predicted = new HashMap<>();
    gold.keySet().forEach(id -> predicted.put(id, chronicle.storylineOf(id).orElseThrow()));
    Map<String, Integer> counts = chronicle.counts();
    return score(gold, predicted, 0, counts.get("events"), counts.get("storylines"),
        (System.nanoTime() - started) / 1e9);
  }

  /** B-cubed and cross-lingual scores of {@code predicted} clusters against {@code gold} {topic, language}. */
  static Report score(Map<String, String[]> gold, Map<String, String> predicted, int failed, int events,
      int storylines, double seconds) {
    Map<String, Integer> topicSize = new TreeMap<>();
    Map<String, Integer> clusterSize = new HashMap<>();
    Map<String, Map<String, Integer>> topicLanguages = new TreeMap<>();
    Map<String, Map<String, Integer>> pairLanguages = new HashMap<>();
    for (Map.Entry<String, String[]> e : gold.entrySet()) {
      String topic = e.getValue()[0];
      String language = e.getValue()[1];
      String cluster = predicted.get(e.getKey());
      topicSize.merge(topic, 1, Integer::sum);
      clusterSize.merge(cluster, 1, Integer::sum);
      topicLanguages.computeIfAbsent(topic, k -> new HashMap<>()).merge(language, 1, Integer::sum);
      pairLanguages.computeIfAbsent(topic + "\n" + cluster, k -> new HashMap<>()).merge(language, 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (Map.Entry<String, String[]> e : gold.entrySet()) {
      String topic = e.getValue()[0];
      String cluster = predicted.get(e.getKey());
      int shared = total(pairLanguages.get(topic + "\n" + cluster));
      p += (double) shared / clusterSize.get(cluster);
      r += (double) shared / topicSize.get(topic);
    }
    int n = gold.size();
    p /= n;
    r /= n;
    long crossPairs = topicLanguages.values().stream().mapToLong(TopicEvaluation::crossPairs).sum();
    long together = pairLanguages.values().stream().mapToLong(TopicEvaluation::crossPairs).sum();
    List<TopicRow> rows = new ArrayList<>();
    for (Map.Entry<String, Integer> t : topicSize.entrySet()) {
      List<Integer> parts = pairLanguages.entrySet().stream().filter(b -> b.getKey().startsWith(t.getKey() + "\n"))
          .map(b -> total(b.getValue())).toList();
      int largest = parts.stream().mapToInt(Integer::intValue).max().orElse(0);
      rows.add(new TopicRow(t.getKey(), t.getValue(), topicLanguages.get(t.getKey()).size(), parts.size(),
          (double) largest / t.getValue()));
    }
    return new Report(n, failed, events, storylines, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), crossPairs,
        crossPairs == 0 ? 0 : (double) together / crossPairs, rows, seconds);
  }

  private static int total(Map<String, Integer> byLanguage) {
    return byLanguage.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Pairs in different languages within one group: ((sum n)^2 - sum n^2) / 2 over its languages' counts. */
  public static long crossPairs(Map<String, Integer> byLanguage) {
    long sum = 0;
    long squares = 0;
    for (int c : byLanguage.values()) {
      sum += c;
      squares += (long) c * c;
    }
    return (sum * sum - squares) / 2;
  }

  private static List<Path> files(Path raw) {
    try (Stream<Path> s = Files.walk(raw)) {
      return new ArrayList<>(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the SlavicNER documents in " + raw, e);
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }
}
