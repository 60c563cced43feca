package io.storyline.events.eval;

import io.storyline.core.Article;
import io.storyline.core.Outcome;
import io.storyline.core.Pipeline;
import io.storyline.entities.eval.Table;
import io.storyline.entities.registry.EntityRegistry;
import io.storyline.events.DocumentFrequencies;
import io.storyline.events.PairwiseSimilarity;
import io.storyline.events.Profile;
import io.storyline.events.Profiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairwise news similarity on the SemEval-2022 Task 8 pairs that have text ({@code pairs_with_text.csv}): both
 * texts of every pair are profiled (by the real pipeline directly, or by the given profiler such as the ingest path
 * users run; language as given by the file), IDF comes from all the profiled texts
 * (no labels used), and {@link PairwiseSimilarity} is correlated (Pearson) with the negated gold Overall score
 * (1 = same story, 4 = unrelated), overall and per language pair. A plain bag-of-words TF-IDF cosine is reported
 * beside it as the anchor. The pairs are split in two halves by {@link #tuning}: options are chosen on one and the
 * other is reported; {@link Half} restricts the table to one of them.
 */
public final class SimilarityEvaluation {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Label of the half of the pairs options are chosen on, and of the half reported. */
  public static final String TUNING = "tuning half";
  public static final String REPORTED = "reported half";

  private final Function<List<Text>, Map<String, Profile>> profiles;
  private final PairwiseSimilarity.Weights weights;

  /** Which pairs the table covers: all (with both halves' overall and de-en rows), or one half. */
  public enum Half {
    ALL, TUNING, REPORTED;

    /** The half named {@code name} ({@code all}, {@code tuning}, {@code reported}), naming the choices otherwise. */
    public static Half of(String name) {
      for (Half h : values()) {
        if (h.name().equalsIgnoreCase(name)) {
          return h;
        }
      }
      throw new IllegalArgumentException("unknown half '" + name + "'; choose all, tuning (pair ids ending in an "
          + "even digit) or reported (odd)");
    }

    boolean covers(Pair p) {
      return this == ALL || tuning(p) == (this == TUNING);
    }
  }

  /**
   * An evaluation that profiles the texts directly: {@code pipeline} must provide language, event date and entities;
   * {@code registry} links them (use a fresh one).
   */
  public SimilarityEvaluation(Pipeline pipeline, EntityRegistry registry, PairwiseSimilarity.Weights weights) {
    this(direct(Objects.requireNonNull(pipeline, "pipeline"), Objects.requireNonNull(registry, "registry")), weights);
  }

  /**
   * An evaluation whose texts are profiled by {@code profiles} (such as the ingest path users run): it returns the
   * profile of each text by {@link Text#id()}, leaving out the texts it could not profile.
   */
  public SimilarityEvaluation(Function<List<Text>, Map<String, Profile>> profiles, PairwiseSimilarity.Weights weights) {
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  /** One text of a pair: {@code <pair_id>#1} or {@code #2}, its text and its language as the file gives it. */
  public record Text(String id, String text, String language) {}

  private static Function<List<Text>, Map<String, Profile>> direct(Pipeline pipeline, EntityRegistry registry) {
    return texts -> {
      Profiler profiler = new Profiler(registry::name);
      Map<String, Profile> profiled = new HashMap<>();
      for (Text t : texts) {
        Article article = Article.of(t.id(), "semeval2022:" + t.id(), null, null, t.text(), Map.of("lang", t.language()));
        if (pipeline.process(article) instanceof Outcome.Processed p) {
          profiled.put(t.id(), profiler.profile(registry.link(p.article(), Instant.EPOCH)));
        }
      }
      return profiled;
    };
  }

  /** One scored pair. */
  public record Pair(String pairId, String languages, double gold, PairwiseSimilarity.Score score, double tfidf) {}

  /** Correlations of one group of pairs (a language pair, or all): of the total, of each view alone, of TF-IDF. */
  public record Row(String languages, int pairs, double pearson, double entitiesOnly, double conceptsOnly,
      double wordsOnly, double headlineOnly, double tfidf) {}

  /** The correlations, and the scored pairs. */
  public record Report(List<Row> rows, List<Pair> pairs, int failedTexts, double seconds) {

    /** The overall row. */
    public Row overall() {
      return rows.getFirst();
    }

    /** The row of a language pair such as {@code de-en}. */
    public Row row(String languages) {
      return rows.stream().filter(r -> r.languages().equals(languages)).findFirst().orElseThrow(
          () -> new IllegalArgumentException("no pairs in '" + languages + "'; present: "
              + rows.stream().map(Row::languages).toList()));
    }

    public String table() {
      Table t = new Table("pairs", "n", "Pearson", "entities only", "concepts only", "words only", "headline only",
          "TF-IDF anchor");
      rows.forEach(r -> t.row(r.languages(), r.pairs(), r.pearson(), r.entitiesOnly(), r.conceptsOnly(),
          r.wordsOnly(), r.headlineOnly(), r.tfidf()));
      return t.render();
    }

    /** Writes {@code pair_id,score} lines (with a header) to {@code file}. */
    public void writeScores(Path file) {
      StringBuilder sb = new StringBuilder("pair_id,score\n");
      for (Pair p : pairs) {
        sb.append(p.pairId()).append(',').append(String.format(Locale.ROOT, "%.6f", p.score().total())).append('\n');
      }
      try {
        Files.writeString(file, sb);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the pair scores to " + file, e);
      }
    }
  }

  /** Runs the evaluation over {@code csv} ({@code pairs_with_text.csv}), all pairs. */
  public Report run(Path csv) {
    return run(csv, Half.ALL);
  }

  /**
   * Runs the evaluation over {@code csv} ({@code pairs_with_text.csv}), the table covering {@code half} of the pairs;
   * every text still counts for IDF (no labels are read for that).
   */
  public Report run(Path csv, Half half) {
    long started = System.nanoTime();
    List<Map<String, String>> rows;
    try {
      rows = Csv.parse(Files.readString(csv));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv, e);
    }
    List<Text> texts = new ArrayList<>();
    for (Map<String, String> row : rows) {
      for (int side = 1; side <= 2; side++) {
        texts.add(new Text(row.get("pair_id") + "#" + side, row.get("text" + side), row.get("lang" + side)));
      }
    }
    Map<String, Profile> profiled = profiles.apply(texts);
    DocumentFrequencies frequencies = new DocumentFrequencies();
    Map<String, Integer> wordFrequencies = new HashMap<>();
    Map<String, Map<String, Integer>> words = new HashMap<>();
    int failed = 0;
    for (Text t : texts) {
      Profile profile = profiled.get(t.id());
      if (profile == null) {
        failed++;
      } else {
        frequencies.add(profile);
      }
      Map<String, Integer> bag = bag(t.text());
      words.put(t.id(), bag);
      bag.keySet().forEach(w -> wordFrequencies.merge(w, 1, Integer::sum));
    }
    PairwiseSimilarity similarity = new PairwiseSimilarity(weights, frequencies);
    int textCount = words.size();
    List<Pair> pairs = new ArrayList<>();
    for (Map<String, String> row : rows) {
      Profile a = profiled.get(row.get("pair_id") + "#1");
      Profile b = profiled.get(row.get("pair_id") + "#2");
      if (a == null || b == null) {
        continue;
      }
      double tfidf = tfidf(words.get(row.get("pair_id") + "#1"), words.get(row.get("pair_id") + "#2"), wordFrequencies,
          textCount);
      Pair pair = new Pair(row.get("pair_id"), row.get("lang1") + "-" + row.get("lang2"),
          -Double.parseDouble(row.get("Overall")), similarity.compare(a, b), tfidf);
      if (half.covers(pair)) {
        pairs.add(pair);
      }
    }
    Map<String, List<Pair>> groups = new TreeMap<>();
    pairs.forEach(p -> groups.computeIfAbsent(p.languages(), k -> new ArrayList<>()).add(p));
    List<Row> table = new ArrayList<>();
    table.add(row(half == Half.ALL ? "all" : "all " + (half == Half.TUNING ? TUNING : REPORTED), pairs));
    for (String languages : half == Half.ALL ? List.of("all", "de-en") : List.<String>of()) {
      List<Pair> group = pairs.stream().filter(p -> languages.equals("all") || p.languages().equals(languages)).toList();
      table.add(row(languages + " " + TUNING, group.stream().filter(SimilarityEvaluation::tuning).toList()));
      table.add(row(languages + " " + REPORTED, group.stream().filter(p -> !tuning(p)).toList()));
    }
    groups.entrySet().stream().sorted((x, y) -> y.getValue().size() - x.getValue().size())
        .forEach(g -> table.add(row(g.getKey(), g.getValue())));
    return new Report(table, pairs, failed, (System.nanoTime() - started) / 1e9);
  }

  /**
   * Whether a pair is in the tuning half, the pairs whose id ends in an even digit, on which options are chosen;
   * the other half is the one reported (docs/quality-events.md).
   */
  public static boolean tuning(Pair p) {
    return (p.pairId().charAt(p.pairId().length() - 1) - '0') % 2 == 0;
  }

  private static Row row(String languages, List<Pair> pairs) {
    return new Row(languages, pairs.size(), pearson(pairs, p -> p.score().total()),
        pearson(pairs, p -> p.score().entities()), pearson(pairs, p -> p.score().concepts()),
        pearson(pairs, p -> p.score().words()), pearson(pairs, p -> p.score().headline()), pearson(pairs, Pair::tfidf));
  }

  /** Pearson correlation of {@code x} with the (negated) gold score. */
  static double pearson(List<Pair> pairs, ToDoubleFunction<Pair> x) {
    int n = pairs.size();
    double mx = pairs.stream().mapToDouble(x).average().orElse(0);
    double my = pairs.stream().mapToDouble(Pair::gold).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (Pair p : pairs) {
      double dx = x.applyAsDouble(p) - mx;
      double dy = p.gold() - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return n < 2 || sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }

  private static Map<String, Integer> bag(String text) {
    Map<String, Integer> bag = new HashMap<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      bag.merge(m.group(), 1, Integer::sum);
    }
    return bag;
  }

  /** Plain TF-IDF cosine of two bags of lowercased words: the anchor. */
  private static double tfidf(Map<String, Integer> a, Map<String, Integer> b, Map<String, Integer> df, int n) {
    double dot = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      Integer other = b.get(e.getKey());
      if (other != null) {
        double idf = Math.log((double) n / df.get(e.getKey()));
        dot += e.getValue() * other * idf * idf;
      }
    }
    return dot == 0 ? 0 : dot / (norm(a, df, n) * norm(b, df, n));
  }

  private static double norm(Map<String, Integer> v, Map<String, Integer> df, int n) {
    double sum = 0;
    for (Map.Entry<String, Integer> e : v.entrySet()) {
      double x = e.getValue() * Math.log((double) n / df.get(e.getKey()));
      sum += x * x;
    }
    return Math.sqrt(sum);
  }
}
