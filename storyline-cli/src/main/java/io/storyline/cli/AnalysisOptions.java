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
      description = "Language identification accuracy: high or low; low uses far less memory (default: ${DEFAULT-VALUE}).",
      defaultValue = "high")
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
