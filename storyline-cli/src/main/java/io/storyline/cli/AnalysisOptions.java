package io.storyline.cli;

import io.storyline.app.Analysis;
import io.storyline.app.AnalysisSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options that choose how articles are analysed (a mixin shared by ingest, demo, bench and eval). */
public final class AnalysisOptions {
  @Option(names = "--languages", paramLabel = "SET",
      description = "Languages to detect: default, eu, all, or a comma list of ISO 639-1 codes such as pl,uk,en (default: ${DEFAULT-VALUE}).",
      defaultValue = "default")
  String languages;

  @Option(names = "--langid-accuracy", paramLabel = "MODE",
      description = {"Language identification accuracy: low or high (default: ${DEFAULT-VALUE}).",
          "Both give the same answers on article-length text; high helps only inputs of a few words",
          "and needs about 1 GB of heap for the default set (low: about 45 MB)."},
      defaultValue = "low")
  String accuracy;

  @Option(names = "--analysis-time", paramLabel = "TIME", converter = DurationConverter.class, defaultValue = "30s",
      description = {"Processor time one article's analysis may take, such as 30s or 5m (default: ${DEFAULT-VALUE}).",
          "An article that takes longer is stored with the stages that finished and listed as analysed in part."})
  Duration analysisTime;

  /** Most analysis threads accepted: far more than any machine gains from. */
  static final int MAX_THREADS = 256;

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  /** The settings file a value of this run came from, or null. */
  private Path settingsFile;

  Integer threads;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads, 1 to " + MAX_THREADS + " (default: number of cores).")
  void threads(int n) {
    if (n < 1 || n > MAX_THREADS) {
      throw new ParameterException(mixee.commandLine(), "Invalid value for option '--threads': " + n
          + " is not a valid number of threads; use a whole number from 1 to " + MAX_THREADS
          + " (default: the number of cores, " + Runtime.getRuntime().availableProcessors() + ")");
    }
    threads = n;
  }

  Analysis analysis() {
    return Analysis.create(languages, accuracy, analysisTime);
  }

  /**
   * The settings for a run on the data directory {@code data}: the options given on this command line, else those
   * the directory's articles were analysed with ({@link AnalysisSettings}), else the defaults. Says on {@code err}
   * when the run differs from how the stored articles were analysed; {@code reanalyses} when the run analyses all of
   * them again (reprocess), so that the difference is what the user asked for.
   */
  AnalysisSettings settings(Path data, PrintWriter err, boolean reanalyses) {
    Optional<AnalysisSettings> kept = AnalysisSettings.read(data);
    boolean givenLanguages = mixee.commandLine().getParseResult().hasMatchedOption("--languages");
    boolean givenAccuracy = mixee.commandLine().getParseResult().hasMatchedOption("--langid-accuracy");
    AnalysisSettings chosen = new AnalysisSettings(
        givenLanguages || kept.isEmpty() ? languages : kept.get().languages(),
        givenAccuracy || kept.isEmpty() ? accuracy : kept.get().accuracy());
    if (kept.isPresent() && !(givenLanguages && givenAccuracy)) {
      settingsFile = data.resolve(AnalysisSettings.FILE);
    }
    if (kept.isPresent() && !kept.get().equals(chosen)) {
      err.println("storyline: the articles in " + data + " were analysed with " + kept.get().asOptions()
          + "; this run uses " + chosen.asOptions()
          + (reanalyses ? " for all of them" : " (run `storyline reprocess` to analyse them all alike)"));
    }
    return chosen;
  }

  /**
   * The analysis of {@code settings} (from {@link #settings}).
   *
   * @throws IllegalArgumentException naming the bad value, and the settings file when the value came from there
   */
  Analysis analysis(AnalysisSettings settings) {
    try {
      return Analysis.create(settings.languages(), settings.accuracy(), analysisTime);
    } catch (IllegalArgumentException e) {
      if (settingsFile == null) {
        throw e;
      }
      throw new IllegalArgumentException(e.getMessage() + " (read from " + settingsFile
          + "; correct or delete it, or give --languages and --langid-accuracy)", e);
    }
  }

  int threads() {
    return threads == null ? Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()) : threads;
  }
}
