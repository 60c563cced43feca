package io.storyline.entities.model;

import io.storyline.entities.MentionRecognizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the name models shipped in {@code io/storyline/entities/model/<language>-ner.bin} from corpora whose
 * licences allow shipping the models ({@link #CORPORA}: {@code ner-train/} for en, de and hu, the CC0 Europeana
 * Newspapers NER corpora for nl, de and fr). Models with the {@code lexical} descriptor also learn from the rule
 * recogniser's votes ({@link RuleVotes}). Training is single-threaded and deterministic; the written file carries
 * no time stamps, so the same data and parameters give the same bytes.
 *
 * <pre>
 * ./mvnw -q -o -pl storyline-entities compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp storyline-entities/target/classes:$(cat storyline-entities/target/classpath.txt) \
 *     io.storyline.entities.model.NameModelTrainer --data ../shared \
 *     --out storyline-entities/src/main/resources/io/storyline/entities/model
 * </pre>
 * Options (defaults are the shipped settings): {@code --languages en,de,hu,nl,fr}, {@code --algorithm MAXENT|PERCEPTRON},
 * {@code --iterations N}, {@code --cutoff N}, {@code --features by-language|storyline|lexical|clusters|opennlp-default|FILE},
 * {@code --window N} and {@code --min-names N} (see {@link EuropeanaReader#annotatedOnly}). Prints every line the
 * reader could not take as written ({@code file:line}), the data kept and the training time. See
 * {@code MODEL_CARD.md} next to the models.
 */
public final class NameModelTrainer {
  private static final String BY = "CC-BY-4.0";
  private static final String BY_SA = "CC-BY-SA-4.0";

  /**
   * The training files per language, relative to the shared data folder (holding {@code ner-train/} and
   * {@code evaldata/europeana-newspapers-ner/}); every licence allows shipping the trained model.
   */
  public static final Map<String, List<NerCorpus>> CORPORA = Map.of(
      "nl", List.of(NerCorpus.europeana("enp_NL.kb.bio")),
      "fr", List.of(NerCorpus.europeana("enp_FR.bnf.bio")),
      "de", List.of(NerCorpus.europeana("enp_DE.lft.bio"), NerCorpus.europeana("enp_DE.onb.bio"),
          NerCorpus.europeana("enp_DE.sbb.bio"),
          NerCorpus.of("ner-train/de-germeval2014/NER-de-dev.tsv", 1, 2, BY),
          NerCorpus.of("ner-train/de-germeval2014/NER-de-test.tsv", 1, 2, BY)),
      "en", List.of(
          NerCorpus.of("ner-train/en-btc/a.conll", 0, 1, BY), NerCorpus.of("ner-train/en-btc/b.conll", 0, 1, BY),
          NerCorpus.of("ner-train/en-btc/e.conll", 0, 1, BY), NerCorpus.of("ner-train/en-btc/f.conll", 0, 1, BY),
          NerCorpus.of("ner-train/en-btc/g.conll", 0, 1, BY), NerCorpus.of("ner-train/en-btc/h.conll", 0, 1, BY),
          NerCorpus.of("ner-train/en-wnut17/wnut17train.conll", 0, 1, BY),
          NerCorpus.of("ner-train/en-wnut17/emerging.dev.conll", 0, 1, BY),
          NerCorpus.of("ner-train/en-wnut17/emerging.test.annotated", 0, 1, BY),
          NerCorpus.of("ner-train/en-wikigold/wikigold.conll.txt", 0, 1, BY),
          NerCorpus.of("ner-train/en-uner-ewt/en_ewt-ud-dev.iob2", 1, 2, BY_SA),
          NerCorpus.of("ner-train/en-uner-ewt/en_ewt-ud-test.iob2", 1, 2, BY_SA)),
      "hu", List.of(NerCorpus.of("ner-train/hu-nerkor/train.form-upos-ner.tsv.gz", 0, 2, BY_SA).everyNth(3)));

  /**
   * The feature descriptor per language: {@code lexical} (word form, shape, gazetteer, dictionary and rule cues;
   * see {@link LexiconFeatures}) where it was measured to help, {@code storyline} (word form only) elsewhere.
   */
  public static final Map<String, String> FEATURES_BY_LANGUAGE = Map.of("nl", "storyline", "fr", "storyline",
      "de", "lexical", "en", "lexical", "hu", "lexical");

  /** The shipped settings. */
  public static final String ALGORITHM = "MAXENT";
  public static final int ITERATIONS = 100;
  public static final int CUTOFF = 3;
  /** The descriptor of every language: {@code by-language} ({@link #FEATURES_BY_LANGUAGE}) or one for all. */
  public static final String FEATURES = "by-language";
  /** Training keeps sentences with at least {@code MIN_NAMES} names within {@code WINDOW} tokens around them. */
  public static final int WINDOW = 1000;
  public static final int MIN_NAMES = 4;

  /**
   * The beam of the name finder's search, written into the model, where it is not OpenNLP's default of 3: greedy
   * (1) where the rules lead and a wider beam did not help (CoNLL even half F1, beam 3 / 1: en 0.748 / 0.749, nl
   * 0.629 / 0.629; the English model's search takes about 30 % less CPU); 3 where the model leads (de 0.605 /
   * 0.600, hu 0.730 / 0.723).
   */
  public static final Map<String, Integer> BEAM_BY_LANGUAGE = Map.of("en", 1, "nl", 1);

  /** The languages trained by default, in this order. */
  public static final List<String> LANGUAGES = List.of("en", "de", "hu", "nl", "fr");

  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private NameModelTrainer() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        System.err.println("usage: NameModelTrainer --data DIR --out DIR [--languages en,de,hu,nl,fr] [--algorithm MAXENT|PERCEPTRON]"
            + " [--iterations N] [--cutoff N] [--features by-language|storyline|lexical|clusters|opennlp-default|FILE] [--window N] [--min-names N]");
        System.exit(2);
      }
      options.put(args[i].substring(2), args[++i]);
    }
    Settings settings = new Settings(options.getOrDefault("algorithm", ALGORITHM).toUpperCase(Locale.ROOT),
        Integer.parseInt(options.getOrDefault("iterations", String.valueOf(ITERATIONS))),
        Integer.parseInt(options.getOrDefault("cutoff", String.valueOf(CUTOFF))),
        options.getOrDefault("features", FEATURES),
        Integer.parseInt(options.getOrDefault("window", String.valueOf(WINDOW))),
        Integer.parseInt(options.getOrDefault("min-names", String.valueOf(MIN_NAMES))));
    trainAll(Path.of(require(options, "data")), Path.of(require(options, "out")),
        List.of(options.getOrDefault("languages", String.join(",", LANGUAGES)).split(",")), settings,
        new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  private static String require(Map<String, String> options, String name) {
    String v = options.get(name);
    if (v == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return v;
  }

  /**
   * How to train.
   *
   * @param features {@code storyline} (the shipped descriptor), {@code opennlp-default}, or a descriptor file
   * @param window   tokens around a sentence searched for names ({@link EuropeanaReader#annotatedOnly})
   * @param minNames names the window must hold for the sentence to be kept
   */
  public record Settings(String algorithm, int iterations, int cutoff, String features, int window, int minNames) {
    /** The settings of the shipped models (MODEL_CARD.md). */
    public static final Settings SHIPPED = new Settings(ALGORITHM, ITERATIONS, CUTOFF, FEATURES, WINDOW, MIN_NAMES);
  }

  /**
   * Trains one model per language from the shared data folder {@code data} ({@link #CORPORA}) and writes
   * {@code out/<language>-ner.bin}, reporting what it read and how long it took on {@code log}.
   *
   * @throws IllegalArgumentException naming a language without training files, and the valid ones
   */
  public static void trainAll(Path data, Path out, List<String> languages, Settings settings, PrintWriter log)
      throws IOException {
    for (String language : languages) {
      if (!CORPORA.containsKey(language)) {
        throw new IllegalArgumentException("no training files for language '" + language + "'; valid: "
            + new java.util.TreeSet<>(CORPORA.keySet()));
      }
    }
    Files.createDirectories(out);
    for (String language : languages) {
      long begin = System.nanoTime();
      List<NameSample> samples = read(data, language, settings, log);
      String descriptor = settings.features().equals(FEATURES) ? FEATURES_BY_LANGUAGE.get(language) : settings.features();
      if (descriptor.equals("clusters")) {
        induceClusters(data, out, language, log);
      }
      if (descriptor.equals("lexical") || descriptor.equals("clusters")) {
        samples = RuleVotes.addTo(samples, language, new MentionRecognizer().withModel(null));
        log.printf(Locale.ROOT, "%s: rule votes added (%.1f s)%n", language, (System.nanoTime() - begin) / 1e9);
      }
      long start = System.nanoTime();
      TokenNameFinderModel model = train(language, samples, settings.algorithm(), settings.iterations(),
          settings.cutoff(), features(descriptor, language));
      double seconds = (System.nanoTime() - start) / 1e9;
      Path target = out.resolve(language + "-ner.bin");
      Files.write(target, serialise(model));
      log.printf(Locale.ROOT, "%s: %s, %s features, %d iterations, cutoff %d: trained in %.1f s (%.1f s with reading),"
          + " %s (%d bytes)%n", language, settings.algorithm(), descriptor, settings.iterations(), settings.cutoff(),
          seconds, (System.nanoTime() - begin) / 1e9, target, Files.size(target));
    }
  }

  /**
   * Induces the word clusters of {@code language} from the unlabelled text under {@code data}
   * ({@link UnlabelledText}), writes them to {@code out/<language>-clusters.tsv.gz} and makes them the ones the
   * model being trained sees ({@link ClusterFeatures}).
   */
  static void induceClusters(Path data, Path out, String language, PrintWriter log) throws IOException {
    long begin = System.nanoTime();
    List<String[]> sentences = UnlabelledText.sentences(data, language);
    long tokens = sentences.stream().mapToLong(s -> s.length).sum();
    WordClusters clusters = WordClusterInducer.induce(sentences, WordClusterInducer.Settings.DEFAULT);
    Path target = out.resolve(language + "-clusters.tsv.gz");
    try (OutputStream file = Files.newOutputStream(target)) {
      clusters.write(file);
    }
    WordClusters.use(language, clusters);
    log.printf(Locale.ROOT, "%s: %d words clustered from %d sentences, %d tokens of unlabelled text (%.1f s), %s"
        + " (%d bytes)%n", language, clusters.size(), sentences.size(), tokens, (System.nanoTime() - begin) / 1e9,
        target, Files.size(target));
  }

  /** The training sentences of {@code language}, reporting each file's counts on {@code log}. */
  static List<NameSample> read(Path data, String language, Settings settings, PrintWriter log) throws IOException {
    List<NameSample> samples = new ArrayList<>();
    for (NerCorpus corpus : CORPORA.get(language)) {
      EuropeanaReader.Result r = corpus.read(data);
      log.printf(Locale.ROOT, "%s (%s): %d sentences, %d tokens, %d names, %d lines not as specified%n",
          corpus.path(), corpus.licence(), r.samples().size(), r.tokens(), r.names(), r.problems().size());
      r.problems().forEach(p -> log.println("  " + p));
      if (!corpus.sparse()) {
        samples.addAll(r.samples());
        continue;
      }
      List<NameSample> annotated = EuropeanaReader.annotatedOnly(r.samples(), settings.window(), settings.minNames());
      long tokens = annotated.stream().mapToLong(x -> x.getSentence().length).sum();
      log.printf(Locale.ROOT, "  annotated stretches (>= %d names within %d tokens): %d sentences, %d tokens kept%n",
          settings.minNames(), settings.window(), annotated.size(), tokens);
      samples.addAll(annotated);
    }
    return samples;
  }

  /**
   * The descriptor {@code name} ({@code storyline}, {@code lexical}, {@code clusters}: lexical plus word clusters,
   * {@code opennlp-default} or a file) for a language.
   */
  public static byte[] features(String name, String language) throws IOException {
    String xml = new String(features(name), StandardCharsets.UTF_8);
    return xml.replace("${language}", language).getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] features(String name) throws IOException {
    String resource = switch (name) {
      case "storyline" -> "/io/storyline/entities/model/ner-features.xml";
      case "lexical" -> "/io/storyline/entities/model/ner-features-lexical.xml";
      case "clusters" -> "/io/storyline/entities/model/ner-features-clusters.xml";
      case "opennlp-default" -> "/opennlp/tools/namefind/ner-default-features.xml";
      default -> null;
    };
    if (resource == null) {
      return Files.readAllBytes(Path.of(name));
    }
    try (InputStream in = NameModelTrainer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing resource " + resource);
      }
      return in.readAllBytes();
    }
  }

  /** Trains one model, single-threaded (deterministic). */
  public static TokenNameFinderModel train(String language, List<NameSample> samples, String algorithm, int iterations,
      int cutoff, byte[] features) throws IOException {
    StatisticalNames.allowFeatureGenerators();
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put(BeamSearch.BEAM_SIZE_PARAMETER,
        BEAM_BY_LANGUAGE.getOrDefault(language, NameFinderME.DEFAULT_BEAM_SIZE));
    params.put("DataIndexer", "OnePass");
    params.put("PrintMessages", false);
    TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, Collections.emptyMap(), new BioCodec());
    return NameFinderME.train(language, null, ObjectStreamUtils.createObjectStream(samples), params, factory);
  }

  /**
   * The model file without what changes from run to run: the manifest's {@code Timestamp} and date comment, and the
   * zip entries' times.
   */
  public static byte[] serialise(TokenNameFinderModel model) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    model.serialize(raw);
    ByteArrayOutputStream fixed = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
         ZipOutputStream zip = new ZipOutputStream(fixed)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals("manifest.properties")) {
          StringBuilder kept = new StringBuilder();
          for (String line : new String(content, StandardCharsets.ISO_8859_1).split("\r?\n")) {
            if (!line.startsWith("#") && !line.startsWith("Timestamp=") && !line.isEmpty()) {
              kept.append(line).append('\n');
            }
          }
          content = kept.toString().getBytes(StandardCharsets.ISO_8859_1);
        }
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(copy);
        zip.write(content);
        zip.closeEntry();
      }
    }
    return fixed.toByteArray();
  }
}
