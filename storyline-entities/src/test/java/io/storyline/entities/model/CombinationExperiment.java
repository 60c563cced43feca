package io.storyline.entities.model;

import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import io.storyline.entities.MentionRecognizer;
import io.storyline.entities.eval.ConllEvaluation;
import io.storyline.entities.eval.ConllEvaluation.DataSet;
import io.storyline.entities.eval.ConllEvaluation.Score;
import io.storyline.entities.eval.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The integration experiment: ways of combining the rule recogniser with the statistical name finder, scored on
 * the CoNLL dev sets. Research only (reads ../shared/evaldata); not part of the product.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/classpath.txt) io.storyline.entities.model.CombinationExperiment \
 *     ../../shared/evaldata [MODEL_DIR|shipped] [conll2002-nl-dev,conll2003-de-dev] [weight of the outside tag, 1]
 * </pre>
 * Prints the rules' precision per stage, a P/R/F1 table per type for each option and for
 * {@code MentionRecognizer.withModel}, and a paired bootstrap of the latter against the rules.
 */
public final class CombinationExperiment {
  private static final List<EntityType> TYPES = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

  /** A combination policy. */
  record Policy(String name, boolean useRules, boolean useModel, Predicate<String> strong, boolean modelOverWeak,
      Predicate<String> retype, double minProbability, boolean exactRetype, boolean dropWeak) {
    Policy(String name, boolean useRules, boolean useModel, Predicate<String> strong, boolean modelOverWeak,
        Predicate<String> retype, double minProbability, boolean exactRetype) {
      this(name, useRules, useModel, strong, modelOverWeak, retype, minProbability, exactRetype, false);
    }
  }

  static boolean lexical(String stage) {
    return gazetteer(stage) || stage.equals("acronym") || stage.equals("place-cue");
  }

  static boolean gazetteer(String stage) {
    return stage.startsWith("gazetteer:");
  }

  public static void main(String[] args) throws Exception {
    Path evaldata = Path.of(args[0]);
    String dir = args.length < 2 ? "shipped" : args[1];
    double beta = args.length > 3 ? Double.parseDouble(args[3]) : 1;
    Map<String, TokenNameFinderModel> models = new HashMap<>();
    for (String l : List.of("nl", "de", "fr")) {
      Path p = Path.of(dir, l + "-ner.bin");
      if (dir.equals("shipped")) {
        StatisticalNames.shipped().model(l).ifPresent(m -> models.put(l, m));
      } else if (p.toFile().exists()) {
        models.put(l, new TokenNameFinderModel(p));
      }
    }
    if (beta != 1) {
      models.replaceAll((l, m) -> biased(m, beta));
    }
    StatisticalNames names = StatisticalNames.of("europeana", models);
    System.out.println("models " + dir + ", weight of 'other' " + beta);
    List<String> setNames = args.length > 2 ? List.of(args[2].split(",")) : List.of("conll2002-nl-dev", "conll2003-de-dev");
    List<DataSet> sets = ConllEvaluation.STANDARD.stream().filter(s -> setNames.contains(s.name())).toList();
    MentionRecognizer rules = new MentionRecognizer();
    Map<String, List<Mention>> ruleCache = new HashMap<>();
    Map<String, List<StatisticalNames.Name>> modelCache = new HashMap<>();

    Set<String> strongStages = Set.of("head-word", "trigger");
    List<Policy> policies = new ArrayList<>();
    policies.add(new Policy("a model alone", false, true, s -> false, true, s -> false, 0, false));
    policies.add(new Policy("b rules alone", true, false, s -> true, false, s -> false, 0, false));
    policies.add(new Policy("c rules, 'capitalised' retyped by model (overlap)", true, false, s -> true, false,
        s -> s.equals("capitalised"), 0, false));
    policies.add(new Policy("c' rules, 'capitalised' retyped by model (same span)", true, false, s -> true, false,
        s -> s.equals("capitalised"), 0, true));
    policies.add(new Policy("d rules + model where rules found nothing", true, true, s -> true, false, s -> false, 0, false));
    policies.add(new Policy("d+c union, 'capitalised' retyped", true, true, s -> true, false,
        s -> s.equals("capitalised"), 0, false));
    policies.add(new Policy("d+c' union, 'capitalised' retyped (same span)", true, true, s -> true, false,
        s -> s.equals("capitalised"), 0, true));
    policies.add(new Policy("e1 gazetteer + model + other rules where model found nothing", true, true,
        CombinationExperiment::gazetteer, true, s -> false, 0, false));
    policies.add(new Policy("e2 gazetteer/head/trigger + model + other rules where model found nothing", true, true,
        s -> gazetteer(s) || strongStages.contains(s), true, s -> false, 0, false));
    policies.add(new Policy("e3 = e1, other rule spans retyped by model", true, true,
        CombinationExperiment::gazetteer, true, s -> !gazetteer(s), 0, false));
    policies.add(new Policy("e4 = d, all non-gazetteer rule spans retyped by model", true, true, s -> true, false,
        s -> !gazetteer(s), 0, false));
    policies.add(new Policy("e6 gazetteer/acronym/place-cue + model + other rules where model found nothing", true, true,
        CombinationExperiment::lexical, true, s -> false, 0, false));
    policies.add(new Policy("e7 gazetteer/acronym/place-cue + model, other rules dropped", true, true,
        CombinationExperiment::lexical, true, s -> false, 0, false, true));
    policies.add(new Policy("e8 gazetteer + model, other rules dropped", true, true,
        CombinationExperiment::gazetteer, true, s -> false, 0, false, true));
    for (double p : new double[] {0.6, 0.8}) {
      policies.add(new Policy("e5 = e1, model spans with p >= " + p, true, true, CombinationExperiment::gazetteer, true,
          s -> false, p, false));
    }

    // per-stage precision of the rules, and the time of each recogniser
    for (DataSet set : sets) {
      long start = System.nanoTime();
      ConllEvaluation.Report all = new ConllEvaluation((text, lang) -> ruleCache.computeIfAbsent(lang + text,
          k -> rules.recognise(text, lang))).run(evaldata, List.of(set));
      System.out.printf("%s rules: %.1f s%n", set.name(), (System.nanoTime() - start) / 1e9);
      start = System.nanoTime();
      new ConllEvaluation((text, lang) -> {
        modelCache.computeIfAbsent(lang + text, k -> names.find(text, lang));
        return List.of();
      }).run(evaldata, List.of(set));
      System.out.printf("%s model: %.1f s%n", set.name(), (System.nanoTime() - start) / 1e9);
      Set<String> stages = new java.util.TreeSet<>();
      ruleCache.values().forEach(ms -> ms.forEach(m -> stages.add(m.stage())));
      Table t = new Table("set", "rule stage", "predicted", "correct", "precision");
      for (String stage : stages) {
        Score s = new ConllEvaluation((text, lang) -> ruleCache.get(lang + text).stream()
            .filter(m -> m.stage().equals(stage)).toList()).run(evaldata, List.of(set)).overall(set.name());
        if (s.predicted() > 0) {
          t.row(set.name(), stage, s.predicted(), s.correct(), s.precision());
        }
      }
      System.out.println(t.render());
      System.out.println(all.table());
    }

    for (DataSet set : sets) {
      Table t = new Table("option", "PER P", "PER R", "PER F1", "ORG P", "ORG R", "ORG F1", "LOC P", "LOC R", "LOC F1",
          "P", "R", "F1");
      MentionRecognizer integrated = rules.withModel(names);
      List<Policy> rows = new ArrayList<>(policies);
      rows.add(null);
      for (Policy policy : rows) {
        ConllEvaluation.Report report = policy == null ? new ConllEvaluation(integrated).run(evaldata, List.of(set))
            : new ConllEvaluation((text, lang) -> combine(policy,
            ruleCache.computeIfAbsent(lang + text, k -> rules.recognise(text, lang)),
            modelCache.get(lang + text), text, names.stage(lang)))
            .run(evaldata, List.of(set));
        List<Object> row = new ArrayList<>();
        row.add(policy == null ? "integrated: MentionRecognizer.withModel" : policy.name());
        for (EntityType type : TYPES) {
          Score s = report.scores().stream().filter(x -> x.type() == type).findFirst().orElseThrow();
          row.add(s.precision());
          row.add(s.recall());
          row.add(s.f1());
        }
        Score o = report.overall(set.name());
        row.add(o.precision());
        row.add(o.recall());
        row.add(o.f1());
        t.row(row.toArray());
      }
      System.out.println("## " + set.name());
      System.out.println(t.render());
      if (set.format() == ConllEvaluation.Format.TAB) {
        bootstrap(evaldata.resolve(set.path()), set.language(), (text, lang) -> ruleCache.get(lang + text), integrated);
      }
    }
  }

  /**
   * Paired bootstrap over the documents of a CoNLL TAB file (built as {@link ConllEvaluation} builds them): how
   * often a resample gives system B a higher micro F1 than system A.
   */
  static void bootstrap(Path file, String language, ConllEvaluation.Recogniser a, MentionRecognizer b)
      throws java.io.IOException {
    List<List<String[]>> sentences = new ArrayList<>();
    List<String[]> current = new ArrayList<>();
    for (String line : java.nio.file.Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("-DOCSTART-")) {
        if (!current.isEmpty()) {
          sentences.add(current);
          current = new ArrayList<>();
        }
        continue;
      }
      String[] f = line.strip().split("\\s+");
      if (f.length > 1) {
        current.add(new String[] {f[0], f[f.length - 1]});
      }
    }
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    List<long[]> perDoc = new ArrayList<>(); // gold, predA, okA, predB, okB
    for (int from = 0; from < sentences.size(); from += 30) {
      StringBuilder text = new StringBuilder();
      Set<String> gold = new java.util.HashSet<>();
      for (List<String[]> sentence : sentences.subList(from, Math.min(sentences.size(), from + 30))) {
        int spanStart = -1;
        String label = null;
        int lastEnd = -1;
        for (String[] t : sentence) {
          if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append(' ');
          }
          int start = text.length();
          text.append(t[0]);
          String l = t[1].length() > 2 ? t[1].substring(2) : "";
          boolean begins = t[1].startsWith("B-") || t[1].startsWith("I-") && !l.equals(label);
          if (label != null && (begins || t[1].equals("O"))) {
            if (List.of("PER", "ORG", "LOC").contains(label)) {
              gold.add(spanStart + ":" + lastEnd + ":" + label);
            }
            label = null;
          }
          if (begins) {
            spanStart = start;
            label = l;
          }
          lastEnd = text.length();
        }
        if (label != null && List.of("PER", "ORG", "LOC").contains(label)) {
          gold.add(spanStart + ":" + lastEnd + ":" + label);
        }
        text.append('\n');
      }
      long[] counts = new long[5];
      counts[0] = gold.size();
      int k = 1;
      for (List<Mention> found : List.of(a.recognise(text.toString(), language), b.recognise(text.toString(), language))) {
        Set<String> predicted = new java.util.HashSet<>();
        for (Mention m : found) {
          if (TYPES.contains(m.type())) {
            predicted.add(m.start() + ":" + m.end() + ":" + m.type().code());
          }
        }
        counts[k] = predicted.size();
        counts[k + 1] = predicted.stream().filter(gold::contains).count();
        k += 2;
      }
      perDoc.add(counts);
    }
    double[] full = f1s(perDoc, null);
    java.util.Random random = new java.util.Random(1);
    int wins = 0;
    int rounds = 10_000;
    int[] sample = new int[perDoc.size()];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < sample.length; i++) {
        sample[i] = random.nextInt(sample.length);
      }
      double[] f = f1s(perDoc, sample);
      if (f[1] > f[0]) {
        wins++;
      }
    }
    System.out.printf(java.util.Locale.ROOT, "bootstrap %s, %d documents: F1 rules %.3f, integrated %.3f;"
        + " integrated better in %.1f%% of %d resamples%n", file.getFileName(), perDoc.size(), full[0], full[1],
        100.0 * wins / rounds, rounds);
  }

  private static double[] f1s(List<long[]> perDoc, int[] sample) {
    long[] sum = new long[5];
    int n = sample == null ? perDoc.size() : sample.length;
    for (int i = 0; i < n; i++) {
      long[] c = perDoc.get(sample == null ? i : sample[i]);
      for (int j = 0; j < 5; j++) {
        sum[j] += c[j];
      }
    }
    double[] out = new double[2];
    for (int s = 0; s < 2; s++) {
      double p = sum[1 + 2 * s] == 0 ? 0 : (double) sum[2 + 2 * s] / sum[1 + 2 * s];
      double r = sum[0] == 0 ? 0 : (double) sum[2 + 2 * s] / sum[0];
      out[s] = p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
    return out;
  }


  /** The model with the probability of the outside tag multiplied by {@code beta} (then renormalised). */
  static TokenNameFinderModel biased(TokenNameFinderModel base, double beta) {
    opennlp.tools.ml.model.MaxentModel mm = base.getArtifact("nameFinder.model");
    int other = mm.getIndex("other");
    opennlp.tools.ml.model.MaxentModel wrapped = new opennlp.tools.ml.model.MaxentModel() {
      double[] fix(double[] p) {
        p[other] *= beta;
        double sum = 0;
        for (double x : p) {
          sum += x;
        }
        for (int i = 0; i < p.length; i++) {
          p[i] /= sum;
        }
        return p;
      }

      @Override public double[] eval(String[] c) {
        return fix(mm.eval(c));
      }

      @Override public double[] eval(String[] c, double[] p) {
        return fix(mm.eval(c, p));
      }

      @Override public double[] eval(String[] c, float[] v) {
        return fix(mm.eval(c, v));
      }

      @Override public String getBestOutcome(double[] p) {
        return mm.getBestOutcome(p);
      }

      @Override public String getAllOutcomes(double[] p) {
        return mm.getAllOutcomes(p);
      }

      @Override public String getOutcome(int i) {
        return mm.getOutcome(i);
      }

      @Override public int getIndex(String o) {
        return mm.getIndex(o);
      }

      @Override public int getNumOutcomes() {
        return mm.getNumOutcomes();
      }
    };
    byte[] features = base.getArtifact("generator.featuregen");
    try {
      return new TokenNameFinderModel(base.getLanguage(), wrapped, 3, features, Map.of(), Map.of(),
          base.getSequenceCodec(), opennlp.tools.namefind.TokenNameFinderFactory.create(null, features, Map.of(),
              base.getSequenceCodec()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static boolean overlaps(int s1, int e1, int s2, int e2) {
    return s1 < e2 && s2 < e1;
  }

  static List<Mention> combine(Policy policy, List<Mention> rules, List<StatisticalNames.Name> model, String text,
      String stage) {
    List<Mention> out = new ArrayList<>();
    List<Mention> strong = new ArrayList<>();
    List<Mention> weak = new ArrayList<>();
    if (policy.useRules()) {
      for (Mention r : rules) {
        (policy.strong().test(r.stage()) ? strong : weak).add(r);
      }
    }
    out.addAll(strong);
    List<Mention> modelKept = new ArrayList<>();
    if (policy.useModel()) {
      for (StatisticalNames.Name n : model) {
        if (n.probability() < policy.minProbability()) {
          continue;
        }
        boolean blocked = strong.stream().anyMatch(r -> overlaps(r.start(), r.end(), n.start(), n.end()))
            || !policy.modelOverWeak() && weak.stream().anyMatch(r -> overlaps(r.start(), r.end(), n.start(), n.end()));
        if (!blocked) {
          String surface = text.substring(n.start(), n.end());
          modelKept.add(new Mention(n.start(), n.end(), surface, surface, n.type(), surface, null, stage));
        }
      }
    }
    out.addAll(modelKept);
    for (Mention r : weak) {
      if (policy.dropWeak() || modelKept.stream().anyMatch(m -> overlaps(r.start(), r.end(), m.start(), m.end()))) {
        continue;
      }
      out.add(r);
    }
    List<Mention> retyped = new ArrayList<>();
    for (Mention r : out) {
      if (policy.useRules() && !r.stage().startsWith("model:") && policy.retype().test(r.stage())) {
        StatisticalNames.Name best = null;
        int bestOverlap = 0;
        for (StatisticalNames.Name n : model) {
          int o = Math.min(r.end(), n.end()) - Math.max(r.start(), n.start());
          boolean ok = policy.exactRetype() ? n.start() == r.start() && n.end() == r.end() : o > 0;
          if (ok && o > bestOverlap) {
            best = n;
            bestOverlap = o;
          }
        }
        retyped.add(best == null ? r : r.withType(best.type()));
      } else {
        retyped.add(r);
      }
    }
    retyped.sort(Comparator.comparingInt(Mention::start));
    return retyped;
  }

  private CombinationExperiment() {}
}
