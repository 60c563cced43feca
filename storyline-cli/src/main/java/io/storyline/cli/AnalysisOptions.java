package io.storyline.cli;

import io.storyline.app.Analysis;
import picocli.CommandLine.Option;

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

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
  Integer threads;

  Analysis analysis() {
    return Analysis.create(languages, accuracy);
  }

  int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
