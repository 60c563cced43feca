package io.storyline.app;

import io.storyline.entities.eval.Table;
import io.storyline.events.Chronicle;
import io.storyline.events.eval.TopicEvaluation;
import io.storyline.ingest.IngestOptions;
import io.storyline.ingest.Ingestor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Storylines scored through the path users take: a {@link TopicStream} (SlavicNER documents with SemEval texts as
 * distractors, in a seeded order) is written as JSON Lines and ingested with {@link IngestRun} into a fresh data
 * directory, the same threads, order and writer as {@code storyline ingest}; the storylines of the labelled
 * documents are then scored against their gold topics (B-cubed precision, recall, F1). Each stream size is the first
 * N articles of the ingested stream, whose events and storylines are those the chronicle's own log replays for
 * them ({@link Chronicle#replay}): each placement depends only on the articles before it.
 *
 * <p>Two halves of the topics are scored apart ({@link #TUNING_TOPICS}, the half parameters may be chosen on, and
 * the rest, the half to report), each over all labelled documents' storylines, so a storyline mixing both halves
 * costs both.
 */
public final class TopicStreamEvaluation {
  /** The topics parameters are chosen on; figures are reported on the others. */
  public static final Set<String> TUNING_TOPICS = Set.of("asia_bibi", "brexit", "covid-19");

  /**
   * What to run.
   *
   * @param sizes   stream lengths to score (a length beyond the stream means all of it)
   * @param seeds   one stream order per seed
   * @param threads analysis threads of each ingest
   * @param work    where the data directories go (kept, so a later run can {@code reuse} them); null: a temporary
   *                directory, deleted at the end
   * @param reuse   true to score the data directories already in {@code work} instead of ingesting again
   */
  public record Options(List<Integer> sizes, List<Long> seeds, int threads, Path work, boolean reuse) {
    public Options {
      sizes = List.copyOf(sizes);
      seeds = List.copyOf(seeds);
      if (sizes.isEmpty() || seeds.isEmpty() || threads < 1) {
        throw new IllegalArgumentException("need at least one size, one seed and one thread, found sizes " + sizes
            + ", seeds " + seeds + ", threads " + threads);
      }
      if (reuse && work == null) {
        throw new IllegalArgumentException("reusing ingested streams needs the directory that holds them");
      }
    }
  }

  /**
   * One stream size in one order.
   *
   * @param documents      articles in the stream (labelled and distractors)
   * @param labelled       labelled articles among them
   * @param events         events formed
   * @param storylines     storylines formed
   * @param largestShare   the largest storyline's share of the labelled articles
   * @param largestTopic   the largest topic's share of the labelled articles
   * @param crossLingual   the share of same-topic pairs in different languages that share a storyline
   * @param singleArticle  events of one article
   * @param multilingual   events whose articles are in more than one language
   * @param tuningEvents   the events of the tuning half's topics
   * @param reportedEvents the events of the reported half's topics
   */
  public record Row(int documents, long seed, int labelled, int events, int storylines, Scores all, Scores tuning,
      Scores reported, double largestShare, double largestTopic, double crossLingual, int singleArticle,
      int multilingual, EventScores tuningEvents, EventScores reportedEvents) {}

  /**
   * How events gather the reports of one happening, over the events of one half's topics (an event belongs to the
   * topic most of its labelled articles have).
   *
   * @param events          events with a labelled article of the half
   * @param multilingual    the share of them whose articles (distractors included) are in more than one language
   * @param crossTogether   the share of the half's same-topic pairs in different languages that share an event
   * @param pure            the share of its events of two or more labelled articles whose labelled articles all
   *                        have one topic
   */
  public record EventScores(int events, double multilingual, double crossTogether, double pure) {}

  /** B-cubed precision, recall and F1. */
  public record Scores(double precision, double recall, double f1) {}

  /** The rows, by size then seed, and the seconds the ingests took. */
  public record Report(List<Row> rows, double ingestSeconds) {

    /** The lowest F1 over all rows (on every labelled topic). */
    public double minF1() {
      return rows.stream().mapToDouble(r -> r.all().f1()).min().orElse(0);
    }

    /** The table: one row per size and order, then the mean and spread per size. */
    public String table() {
      Table t = new Table("docs", "order", "labelled", "events", "storylines", "B3 P", "B3 R", "B3 F1",
          "F1 tuning half", "F1 reported half", "largest storyline", "largest topic", "x-ling together",
          "1-article events", "multilingual events");
      for (Row r : rows) {
        t.row(r.documents(), r.seed(), r.labelled(), r.events(), r.storylines(), r.all().precision(), r.all().recall(),
            r.all().f1(), r.tuning().f1(), r.reported().f1(), r.largestShare(), r.largestTopic(), r.crossLingual(),
            r.singleArticle(), r.multilingual());
      }
      Table s = new Table("docs", "orders", "mean F1", "F1 spread", "mean F1 reported half", "largest/topic max");
      Map<Integer, List<Row>> bySize = new TreeMap<>();
      rows.forEach(r -> bySize.computeIfAbsent(r.documents(), k -> new ArrayList<>()).add(r));
      for (Map.Entry<Integer, List<Row>> e : bySize.entrySet()) {
        List<Row> rs = e.getValue();
        double mean = rs.stream().mapToDouble(r -> r.all().f1()).average().orElse(0);
        double spread = rs.stream().mapToDouble(r -> r.all().f1()).max().orElse(0)
            - rs.stream().mapToDouble(r -> r.all().f1()).min().orElse(0);
        double reported = rs.stream().mapToDouble(r -> r.reported().f1()).average().orElse(0);
        double ratio = rs.stream().mapToDouble(r -> r.largestShare() / r.largestTopic()).max().orElse(0);
        s.row(e.getKey(), rs.size(), mean, spread, reported, ratio);
      }
      Table ev = new Table("docs", "order", "half", "events", "multilingual", "x-ling pairs in one event",
          "pure multi-article");
      for (Row r : rows) {
        for (boolean tuningHalf : new boolean[] {true, false}) {
          EventScores e = tuningHalf ? r.tuningEvents() : r.reportedEvents();
          ev.row(r.documents(), r.seed(), tuningHalf ? "tuning" : "reported", e.events(), e.multilingual(),
              e.crossTogether(), e.pure());
        }
      }
      return t.render() + "\n" + s.render() + "\nevents by half:\n" + ev.render() + String.format(Locale.ROOT,
          "%ntuning half (parameters chosen on): %s; reported half: the other topics; ingest %.0f s%n",
          new TreeSet<>(TUNING_TOPICS), ingestSeconds);
    }
  }

  private final Analysis analysis;
  private final Options options;

  public TopicStreamEvaluation(Analysis analysis, Options options) {
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Runs the evaluation on the SlavicNER folder {@code slavicner} with the distractors of {@code semevalCsv} (may be
   * null); {@code progress} hears a line per finished ingest.
   */
  public Report run(Path slavicner, Path semevalCsv, Consumer<String> progress) {
    Path work = options.work();
    boolean temporary = work == null;
    try {
      if (temporary) {
        work = Files.createTempDirectory("storyline-topics-");
      }
      List<Row> rows = new ArrayList<>();
      long started = System.nanoTime();
      int longest = options.sizes().stream().mapToInt(Integer::intValue).max().orElseThrow();
      for (long seed : options.seeds()) {
        TopicStream stream = TopicStream.read(slavicner, semevalCsv, seed).first(longest);
        Path data = work.resolve("order-" + seed);
        if (!options.reuse()) {
          ingest(stream, data);
          progress.accept("ingested order " + seed + ": " + stream.documents().size() + " articles");
        }
        Map<String, TopicStream.Document> byId = new HashMap<>();
        stream.documents().forEach(d -> byId.put(d.id(), d));
        try (Workspace ws = Workspace.open(data, analysis.recognizer().gazetteer()::canonical)) {
          // a stream kept with distractors scores without them when they are not asked for now (semevalCsv null)
          List<String> order = Chronicle.articleOrder(data.resolve("events")).stream().filter(byId::containsKey)
              .toList();
          for (int size : new TreeSet<>(options.sizes())) {
            int n = Math.min(size, order.size());
            Chronicle replayed = Chronicle.replay(data.resolve("events"), Chronicle.Options.DEFAULT, ws::entityName, n,
                byId::containsKey);
            rows.add(score(order.subList(0, n), byId, replayed, seed));
          }
        }
      }
      return new Report(rows, (System.nanoTime() - started) / 1e9);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a working directory for the topic evaluation", e);
    } finally {
      if (temporary && work != null) {
        Switchover.deleteTree(work);
      }
    }
  }

  private void ingest(TopicStream stream, Path data) throws IOException {
    if (Files.exists(data)) {
      Switchover.deleteTree(data);
    }
    Files.createDirectories(data);
    Path input = data.resolveSibling(data.getFileName() + ".jsonl");
    stream.writeJsonLines(input);
    try (Workspace ws = Workspace.open(data, analysis.recognizer().gazetteer()::canonical)) {
      IngestRun.into(ws, analysis.pipeline(), new Ingestor(IngestOptions.defaults()), options.threads())
          .run(List.of(input.toString()), InputStream.nullInputStream(), soFar -> {});
    } finally {
      Files.deleteIfExists(input);
    }
  }

  /** Scores the storylines of the labelled articles among {@code articles}. */
  public static Row score(List<String> articles, Map<String, TopicStream.Document> byId, Chronicle chronicle, long seed) {
    Map<String, String> storyline = new HashMap<>();
    Map<String, Integer> labelledIn = new HashMap<>();
    Map<String, Integer> topicSize = new HashMap<>();
    Map<String, Map<String, Integer>> topicLanguages = new HashMap<>();
    Map<String, Map<String, Integer>> groupLanguages = new HashMap<>();
    List<TopicStream.Document> labelled = new ArrayList<>();
    Map<String, Set<String>> eventLanguages = new HashMap<>();
    Map<String, Integer> eventSize = new HashMap<>();
    for (String id : articles) {
      TopicStream.Document d = byId.get(id);
      String event = chronicle.eventOf(id).orElse(null);
      if (d != null && event != null) {
        eventLanguages.computeIfAbsent(event, k -> new TreeSet<>()).add(d.language());
        eventSize.merge(event, 1, Integer::sum);
      }
      if (d == null || !d.labelled()) {
        continue;
      }
      String s = chronicle.storylineOf(id).orElseThrow();
      storyline.put(id, s);
      labelled.add(d);
      labelledIn.merge(s, 1, Integer::sum);
      topicSize.merge(d.topic(), 1, Integer::sum);
      topicLanguages.computeIfAbsent(d.topic(), k -> new TreeMap<>()).merge(d.language(), 1, Integer::sum);
      groupLanguages.computeIfAbsent(d.topic() + "\n" + s, k -> new TreeMap<>()).merge(d.language(), 1, Integer::sum);
    }
    Map<String, String> topicOf = new HashMap<>();
    labelled.forEach(d -> topicOf.put(d.id(), d.topic()));
    Scores all = bcubed(topicOf, storyline, id -> true);
    Scores tuning = bcubed(topicOf, storyline, id -> TUNING_TOPICS.contains(topicOf.get(id)));
    Scores reported = bcubed(topicOf, storyline, id -> !TUNING_TOPICS.contains(topicOf.get(id)));
    long crossPairs = topicLanguages.values().stream().mapToLong(TopicEvaluation::crossPairs).sum();
    long together = groupLanguages.values().stream().mapToLong(TopicEvaluation::crossPairs).sum();
    int largest = labelledIn.values().stream().max(Comparator.naturalOrder()).orElse(0);
    int largestTopic = topicSize.values().stream().max(Comparator.naturalOrder()).orElse(0);
    Map<String, Integer> counts = chronicle.counts();
    int n = Math.max(1, labelled.size());
    Map<String, String> eventOf = new HashMap<>();
    labelled.forEach(d -> eventOf.put(d.id(), chronicle.eventOf(d.id()).orElseThrow()));
    return new Row(articles.size(), seed, labelled.size(), counts.get("events"), counts.get("storylines"),
        all, tuning, reported, (double) largest / n, (double) largestTopic / n,
        crossPairs == 0 ? 0 : (double) together / crossPairs, (int) eventSize.values().stream().filter(x -> x == 1).count(),
        (int) eventLanguages.values().stream().filter(l -> l.size() > 1).count(),
        eventScores(labelled, eventOf, eventLanguages, true), eventScores(labelled, eventOf, eventLanguages, false));
  }

  /** {@link EventScores} of the tuning half ({@code tuningHalf}) or of the reported half. */
  static EventScores eventScores(List<TopicStream.Document> labelled, Map<String, String> eventOf,
      Map<String, Set<String>> eventLanguages, boolean tuningHalf) {
    Map<String, Map<String, Integer>> topicsOfEvent = new HashMap<>();
    Map<String, Map<String, Integer>> topicLanguages = new HashMap<>();
    Map<String, Map<String, Integer>> eventTopicLanguages = new HashMap<>();
    for (TopicStream.Document d : labelled) {
      String event = eventOf.get(d.id());
      topicsOfEvent.computeIfAbsent(event, k -> new TreeMap<>()).merge(d.topic(), 1, Integer::sum);
      if (TUNING_TOPICS.contains(d.topic()) == tuningHalf) {
        topicLanguages.computeIfAbsent(d.topic(), k -> new TreeMap<>()).merge(d.language(), 1, Integer::sum);
        eventTopicLanguages.computeIfAbsent(event + "\n" + d.topic(), k -> new TreeMap<>())
            .merge(d.language(), 1, Integer::sum);
      }
    }
    int events = 0;
    int multilingual = 0;
    int multiArticle = 0;
    int pure = 0;
    for (Map.Entry<String, Map<String, Integer>> e : topicsOfEvent.entrySet()) {
      String main = e.getValue().entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
          .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
      if (TUNING_TOPICS.contains(main) != tuningHalf) {
        continue;
      }
      events++;
      if (eventLanguages.getOrDefault(e.getKey(), Set.of()).size() > 1) {
        multilingual++;
      }
      if (e.getValue().values().stream().mapToInt(Integer::intValue).sum() > 1) {
        multiArticle++;
        if (e.getValue().size() == 1) {
          pure++;
        }
      }
    }
    long crossPairs = topicLanguages.values().stream().mapToLong(TopicEvaluation::crossPairs).sum();
    long together = eventTopicLanguages.values().stream().mapToLong(TopicEvaluation::crossPairs).sum();
    return new EventScores(events, events == 0 ? 0 : (double) multilingual / events,
        crossPairs == 0 ? 0 : (double) together / crossPairs, multiArticle == 0 ? 1 : (double) pure / multiArticle);
  }

  /**
   * B-cubed precision, recall and F1 of {@code clusterOf} against {@code topicOf} (both by article id), averaged over
   * the articles {@code counted} selects; clusters and topics count every article of {@code topicOf}, so a cluster
   * that mixes a counted topic with another costs the counted one too.
   */
  static Scores bcubed(Map<String, String> topicOf, Map<String, String> clusterOf,
      java.util.function.Predicate<String> counted) {
    Map<String, Integer> clusterSize = new HashMap<>();
    Map<String, Integer> topicSize = new HashMap<>();
    Map<String, Integer> shared = new HashMap<>();
    topicOf.forEach((id, topic) -> {
      String cluster = clusterOf.get(id);
      clusterSize.merge(cluster, 1, Integer::sum);
      topicSize.merge(topic, 1, Integer::sum);
      shared.merge(cluster + "\n" + topic, 1, Integer::sum);
    });
    double p = 0;
    double r = 0;
    int n = 0;
    for (Map.Entry<String, String> e : topicOf.entrySet()) {
      if (!counted.test(e.getKey())) {
        continue;
      }
      String cluster = clusterOf.get(e.getKey());
      int both = shared.get(cluster + "\n" + e.getValue());
      p += (double) both / clusterSize.get(cluster);
      r += (double) both / topicSize.get(e.getValue());
      n++;
    }
    if (n == 0) {
      return new Scores(0, 0, 0);
    }
    p /= n;
    r /= n;
    return new Scores(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }
}
