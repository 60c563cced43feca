package io.storyline.cli;

import io.storyline.clean.CleanStage;
import io.storyline.clean.eval.ProseRetentionEvaluation;
import io.storyline.app.Analysis;
import io.storyline.app.EvalIngest;
import io.storyline.entities.MentionRecognizer;
import io.storyline.entities.registry.EntityRegistry;
import io.storyline.events.PairwiseSimilarity;
import io.storyline.events.Chronicle;
import io.storyline.events.eval.SimilarityEvaluation;
import io.storyline.events.eval.TopicEvaluation;
import io.storyline.app.TopicStreamEvaluation;
import io.storyline.entities.eval.ConllEvaluation;
import io.storyline.entities.eval.SlavicNerEvaluation;
import io.storyline.ingest.HtmlExtractor;
import io.storyline.language.AccuracyMode;
import io.storyline.language.LangIdEvaluation;
import io.storyline.language.LangIdReport;
import io.storyline.language.LanguageIdentifier;
import io.storyline.language.LanguageSet;
import io.storyline.time.TimeExpressionExtractor;
import io.storyline.time.eval.PubDateEvaluation;
import io.storyline.time.eval.TimexEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure quality on public evaluation data; each subcommand can fail below a floor (for CI).",
    subcommands = {EvalCommand.LangId.class, EvalCommand.Clean.class, EvalCommand.Timex.class, EvalCommand.PubDate.class,
        EvalCommand.SlavicNer.class, EvalCommand.Conll.class, EvalCommand.Topics.class, EvalCommand.Similarity.class,
        EvalEventDateCommand.class})
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing evaluation: choose one of "
        + String.join(", ", spec.subcommands().keySet()));
  }

  /** Checks that an evaluation folder exists, naming it and what to pass instead. */
  static void requireDirectory(Path dir, String what) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("'" + dir + "' is not a directory; pass --data with " + what);
    }
  }

  /** Prints whether a figure meets its floor and returns the exit code. */
  static int floor(PrintWriter out, String figure, double value, Double floor) {
    if (floor == null) {
      return 0;
    }
    boolean ok = value >= floor;
    out.printf(Locale.ROOT, "%s %.4f %s floor %.4f: %s%n", figure, value, ok ? ">=" : "<", floor, ok ? "ok" : "FAILED");
    return ok ? 0 : 1;
  }

  @Command(name = "langid", mixinStandardHelpOptions = true,
      description = {"Language identification accuracy per language on Lingua's test data:",
          "a folder of <code>.txt files, one item per line (sentences, word-pairs or single-words)."})
  static final class LangId implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
        description = "e.g. ../shared/evaldata/lingua-langid/language-testdata/sentences")
    Path data;

    @Option(names = "--languages", defaultValue = "default", paramLabel = "SET",
        description = "Language set to evaluate (default: ${DEFAULT-VALUE}).")
    String languages;

    @Option(names = "--langid-accuracy", defaultValue = "low", paramLabel = "MODE", description = "low or high (default: ${DEFAULT-VALUE}).")
    String accuracy;

    @Option(names = "--min-accuracy", paramLabel = "X", description = "Exit 1 when the macro-average accuracy is below X (0-1).")
    Double minAccuracy;

    @Override
    public Integer call() throws IOException {
      requireDirectory(data, "Lingua's language-testdata/<sentences|word-pairs|single-words> folder");
      PrintWriter out = spec.commandLine().getOut();
      LanguageIdentifier identifier = new LanguageIdentifier(LanguageSet.parse(languages), AccuracyMode.parse(accuracy));
      LangIdReport report = new LangIdEvaluation(identifier).evaluate(data);
      out.println(report.render());
      return floor(out, "macro accuracy", report.macroAccuracy(), minAccuracy);
    }
  }

  @Command(name = "timex", mixinStandardHelpOptions = true,
      description = {"Time expressions on TimeBank (XTN TSV: token, BIO type, TIMEX3 value; documents start with",
          "their creation date): strict and relaxed span F1, and value accuracy on matched spans.",
          "--data is one TSV file, or the dataset folder (then timebank/{en,es}/train.tsv)."})
  static final class Timex implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "PATH",
        description = "e.g. ../shared/evaldata/xtn-timex-en-es or .../datasets/timebank/en/train.tsv")
    Path data;

    @Option(names = "--min-relaxed-f1", paramLabel = "X", description = "Exit 1 when a file's relaxed span F1 is below X.")
    Double minRelaxedF1;

    @Option(names = "--min-value-accuracy", paramLabel = "X", description = "Exit 1 when a file's value accuracy is below X.")
    Double minValueAccuracy;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      java.util.List<Path> files = Files.isDirectory(data)
          ? java.util.List.of(data.resolve("datasets/timebank/en/train.tsv"), data.resolve("datasets/timebank/es/train.tsv"))
          : java.util.List.of(data);
      TimeExpressionExtractor extractor = new TimeExpressionExtractor();
      int code = 0;
      for (Path tsv : files) {
        if (!Files.isRegularFile(tsv)) {
          throw new IllegalArgumentException("'" + tsv + "' is not a file; pass --data with a TimeBank TSV file or the xtn-timex-en-es folder");
        }
        String lang = tsv.getParent().getFileName().toString();
        TimexEvaluation.Report report = TimexEvaluation.run(tsv, lang, extractor);
        out.println(report.table());
        code |= floor(out, lang + " relaxed span F1", report.relaxed().f1(), minRelaxedF1);
        code |= floor(out, lang + " value accuracy", report.valueAccuracy(), minValueAccuracy);
      }
      return code;
    }
  }

  @Command(name = "pubdate", mixinStandardHelpOptions = true,
      description = {"Publication dates of saved HTML pages (htmldate's evaluation set), read by the same HTML",
          "reader ingest uses: exact-day accuracy over all pages and coverage."})
  static final class PubDate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "e.g. ../shared/evaldata/htmldate-pubdate")
    Path data;

    @Option(names = "--gold", split = ",", defaultValue = "gold_world.json,gold_default.json", paramLabel = "FILE",
        description = "Gold files in that folder (default: ${DEFAULT-VALUE}).")
    java.util.List<String> gold;

    @Option(names = "--min-accuracy", paramLabel = "X", description = "Exit 1 when the first gold file's accuracy is below X.")
    Double minAccuracy;

    @Option(names = "--half", defaultValue = "all", paramLabel = "HALF",
        description = "Pages to score: ${COMPLETION-CANDIDATES} (dev: rules may be tuned on them; test: the reported"
            + " half); a page's half is fixed by the CRC-32 of its URL (default: ${DEFAULT-VALUE}).")
    PubDateEvaluation.Half half;

    @Option(names = "--errors", description = "List every page scored wrong, with its error class, URL and the date's source.")
    boolean errors;

    @Override
    public Integer call() throws IOException {
      requireDirectory(data, "the htmldate-pubdate folder");
      PrintWriter out = spec.commandLine().getOut();
      TimeExpressionExtractor extractor = new TimeExpressionExtractor();
      HtmlExtractor html = new HtmlExtractor();
      int code = 0;
      for (int i = 0; i < gold.size(); i++) {
        PubDateEvaluation.Report report = PubDateEvaluation.run(data, gold.get(i), half, extractor, html::readFile);
        out.println(report.table());
        if (errors) {
          report.errors().forEach(out::println);
        }
        if (i == 0) {
          code = floor(out, gold.get(i) + " accuracy", report.accuracy(), minAccuracy);
        }
      }
      return code;
    }
  }

  @Command(name = "clean", mixinStandardHelpOptions = true,
      description = {"How often debris cleanup removes real prose: each line of a folder of <code>.txt sentence",
          "files becomes a paragraph of a synthetic article; every removed paragraph is a wrong removal."})
  static final class Clean implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
        description = "e.g. ../shared/evaldata/lingua-langid/language-testdata/sentences")
    Path data;

    @Option(names = "--max-removed", paramLabel = "X", description = "Exit 1 when the share of removed paragraphs is above X.")
    Double maxRemoved;

    @Override
    public Integer call() throws IOException {
      requireDirectory(data, "a folder of <code>.txt files of sentences");
      PrintWriter out = spec.commandLine().getOut();
      ProseRetentionEvaluation.Report report = new ProseRetentionEvaluation(new CleanStage()).evaluate(data);
      out.print(report.render());
      return maxRemoved == null ? 0 : floor(out, "kept share of paragraphs", 1 - report.rate(), 1 - maxRemoved);
    }
  }

  @Command(name = "slavicner", mixinStandardHelpOptions = true,
      description = {"Entities on SlavicNER (BSNLP): document-level recognition F1 per language (typed and untyped),",
          "normalisation accuracy (base form = gold lemma) and cross-lingual linking F1 over mention pairs."})
  static final class SlavicNer implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "e.g. ../shared/evaldata/slavicner")
    Path data;

    @Option(names = "--languages", split = ",", defaultValue = "pl,uk,ru,cs,bg,sl", description = "Default: ${DEFAULT-VALUE}.")
    java.util.List<String> languages;

    @Option(names = "--max-documents", defaultValue = "0", description = "Per language; 0 for all (default).")
    int maxDocuments;

    @Option(names = "--topics", split = ",", paramLabel = "T,T", description = "Only these topics (folders under "
        + "raw/, e.g. brexit,ryanair): choose settings on some topics, report the others. Default: all.")
    java.util.List<String> topics = java.util.List.of();

    @Option(names = "--min-f1", paramLabel = "X", description = "Exit 1 when a language's typed recognition F1 is below X.")
    Double minF1;

    @Option(names = "--min-linking-f1", paramLabel = "X", description = "Exit 1 when the cross-lingual linking F1 is below X.")
    Double minLinkingF1;

    @Override
    public Integer call() {
      requireDirectory(data, "the slavicner folder");
      PrintWriter out = spec.commandLine().getOut();
      SlavicNerEvaluation.Report report = new SlavicNerEvaluation(new MentionRecognizer())
          .run(data, languages, maxDocuments, topics);
      out.println(report.table());
      int code = floor(out, "linking F1", report.linkingF1(), minLinkingF1);
      for (String lang : languages) {
        code |= floor(out, lang + " recognition F1", report.language(lang).f1(), minF1);
      }
      return code;
    }
  }

  @Command(name = "conll", mixinStandardHelpOptions = true,
      description = {"Entities on CoNLL-2002/2003 dev (nl, es, en, de), EVALITA-2009 train (it), NerKor devel (hu) and",
          "ner-uk train (uk): mention-level span F1 for PER, ORG, LOC."})
  static final class Conll implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The evaluation-data folder, e.g. ../shared/evaldata")
    Path data;

    @Option(names = "--min-f1", paramLabel = "X", description = "Exit 1 when a set's overall span F1 is below X.")
    Double minF1;

    @Option(names = "--half", paramLabel = "HALF", defaultValue = "all", converter = HalfConverter.class,
        description = "Documents scored (30 sentences each, numbered from 0): all, even (where settings are tuned) or "
            + "odd (where they are reported); default ${DEFAULT-VALUE}.")
    ConllEvaluation.Half half;

    @Override
    public Integer call() {
      requireDirectory(data, "the evaluation-data folder holding conll-evalita-ner, nytk-nerkor-hu and ner-uk");
      PrintWriter out = spec.commandLine().getOut();
      ConllEvaluation.Report report = new ConllEvaluation(new MentionRecognizer())
          .run(data, ConllEvaluation.STANDARD, half);
      out.println(report.table());
      int code = 0;
      for (ConllEvaluation.DataSet set : ConllEvaluation.STANDARD) {
        code |= floor(out, set.name() + " span F1", report.overall(set.name()).f1(), minF1);
      }
      return code;
    }
  }

  /** Reads {@code all}, {@code even} or {@code odd} in any case. */
  static final class HalfConverter implements picocli.CommandLine.ITypeConverter<ConllEvaluation.Half> {
    @Override
    public ConllEvaluation.Half convert(String value) {
      try {
        return ConllEvaluation.Half.valueOf(value.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a half; valid: all, even, odd");
      }
    }
  }

  @Command(name = "topics", mixinStandardHelpOptions = true,
      description = {"Storylines through the ingest path: the SlavicNER documents (7 gold topics, 6 languages) shuffled",
          "into one stream with every SemEval text as a distractor, ingested as `storyline ingest` does, and the",
          "storylines of the first N articles scored against the topics: B-cubed precision/recall/F1 (also on each",
          "half of the topics: the tuning half parameters are chosen on, and the reported half), the largest",
          "storyline's share next to the largest topic's, and the share of cross-lingual same-topic pairs together."})
  static final class Topics implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "e.g. ../shared/evaldata/slavicner")
    Path data;

    @Option(names = "--distractors", paramLabel = "CSV", description = "SemEval pairs whose texts join the stream "
        + "unlabelled (default: ../semeval2022-task8-news-similarity/pairs_with_text.csv beside --data, if present; "
        + "'none' for no distractors).")
    String distractors;

    @Option(names = "--sizes", split = ",", paramLabel = "N,N", defaultValue = "500,1000,2000,100000000",
        description = "Stream lengths to score (default: 500,1000,2000 and all).")
    List<Integer> sizes;

    @Option(names = "--orders", paramLabel = "K", defaultValue = "3", description = "Seeded stream orders (default: 3).")
    int orders;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
    Integer threads;

    @Option(names = "--work", paramLabel = "DIR", description = "Keep the ingested data directories here.")
    Path work;

    @Option(names = "--reuse", description = "Score the data directories kept in --work again (the storylines "
        + "replayed with the current code) instead of ingesting; with --distractors none, the distractors those "
        + "directories hold are left out of the replay, as if the stream had none.")
    boolean reuse;

    @Option(names = "--min-f1", paramLabel = "X", description = "Exit 1 when the B-cubed F1 of any size and order is below X.")
    Double minF1;

    @Override
    public Integer call() {
      requireDirectory(data, "the slavicner folder");
      PrintWriter out = spec.commandLine().getOut();
      Path csv = distractorFile();
      List<Long> seeds = new ArrayList<>();
      for (int i = 0; i < orders; i++) {
        seeds.add(TopicEvaluation.SEED + i);
      }
      int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
      TopicStreamEvaluation.Report report = new TopicStreamEvaluation(Analysis.create("default", "low"),
          new TopicStreamEvaluation.Options(sizes, seeds, n, work, reuse)).run(data, csv, out::println);
      out.println("distractors: " + (csv == null ? "none" : csv));
      out.println(report.table());
      return floor(out, "lowest B-cubed F1", report.minF1(), minF1);
    }

    private Path distractorFile() {
      if ("none".equals(distractors)) {
        return null;
      }
      Path csv = distractors != null ? Path.of(distractors)
          : data.resolveSibling("semeval2022-task8-news-similarity").resolve("pairs_with_text.csv");
      if (!Files.isRegularFile(csv)) {
        if (distractors != null) {
          throw new IllegalArgumentException("'" + distractors + "' is not a file; pass --distractors with the "
              + "SemEval pairs_with_text.csv, or 'none'");
        }
        return null;
      }
      return csv;
    }
  }

  @Command(name = "similarity", mixinStandardHelpOptions = true,
      description = {"Article similarity on SemEval-2022 task 8 pairs: Pearson correlation with the gold Overall score",
          "(negated: 1 = same story), overall and per language pair. The texts go through the ingest path users run",
          "(into a scratch data directory), and the stored article profiles are compared."})
  static final class Similarity implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin AnalysisOptions analysis;

    @Option(names = "--data", required = true, paramLabel = "CSV",
        description = "e.g. ../shared/evaldata/semeval2022-task8-news-similarity/pairs_with_text.csv")
    Path data;

    @Option(names = "--work", paramLabel = "DIR",
        description = "An empty directory for the scratch data directory (default: a new temporary directory, deleted after).")
    Path work;

    @Option(names = "--scores", paramLabel = "FILE", description = "Also write the per-pair scores (pair_id,score) here.")
    Path scores;

    @Option(names = "--min-pearson", paramLabel = "X", description = "Exit 1 when the overall Pearson correlation is below X.")
    Double minPearson;

    @Option(names = "--half", paramLabel = "HALF", defaultValue = "all", description = "The pairs the table covers: all "
        + "(default; with both halves' overall and de-en rows), tuning (pair ids ending in an even digit, where the "
        + "weights were chosen) or reported (odd).")
    String half;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(data)) {
        throw new IllegalArgumentException("'" + data + "' is not a file; pass --data with pairs_with_text.csv");
      }
      PrintWriter out = spec.commandLine().getOut();
      SimilarityEvaluation.Half pairs = SimilarityEvaluation.Half.of(half);
      Analysis chosen = analysis.analysis();
      Path scratch = work != null ? work : Files.createTempDirectory("storyline-eval-similarity-");
      try {
        SimilarityEvaluation.Report report = new SimilarityEvaluation(texts -> EvalIngest.run(
            texts.stream().map(t -> new EvalIngest.Document(t.id(), t.text(), t.language())).toList(), chosen, scratch,
            analysis.threads()).profiles(), PairwiseSimilarity.Weights.bundled()).run(data, pairs);
        out.println(report.table());
        if (scores != null) {
          report.writeScores(scores);
          out.println("per-pair scores written to " + scores);
        }
        return floor(out, "overall Pearson", report.overall().pearson(), minPearson);
      } finally {
        if (work == null) {
          deleteTree(scratch);
        }
      }
    }
  }

  /** Deletes a scratch directory this command made. */
  static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
