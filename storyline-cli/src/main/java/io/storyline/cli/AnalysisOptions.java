package io.storyline.cli;

import io.storyline.app.Analysis;
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

  /** Most analysis threads accepted: far more than any machine gains from. */
  static final int MAX_THREADS = 256;

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

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
    return Analysis.create(languages, accuracy);
  }

  int threads() {
    return threads == null ? Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()) : threads;
  }
}
