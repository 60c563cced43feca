package io.storyline.cli;

import io.storyline.entities.model.NameModelTrainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train-names", mixinStandardHelpOptions = true,
    description = {"Train the statistical name models (OpenNLP) on the shippable NER corpora: ner-train/ (en, de, hu)",
        "and the Europeana Newspapers NER corpora (CC0; nl, de, fr) under the shared data folder.",
        "Writes <language>-ner.bin files; the shipped ones were made with the defaults (see MODEL_CARD.md)."})
final class TrainNamesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", required = true,
      description = "The shared data folder, holding ner-train/ and evaldata/europeana-newspapers-ner/ (e.g. ../shared).")
  Path data;

  @Option(names = "--out", paramLabel = "DIR",
      defaultValue = "${sys:storyline.home:-.}/storyline-entities/src/main/resources/io/storyline/entities/model",
      description = "Where to write the models (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--languages", split = ",", defaultValue = "en,de,hu,nl,fr",
      description = "Languages to train (default: ${DEFAULT-VALUE}).")
  List<String> languages;

  @Option(names = "--features", defaultValue = NameModelTrainer.FEATURES, paramLabel = "DESCRIPTOR",
      description = {"Feature descriptor: by-language (the shipped models), storyline, lexical, clusters (lexical plus",
          "word clusters induced first from unlabelled text under --data into <language>-clusters.tsv.gz),",
          "opennlp-default or a descriptor file (default: ${DEFAULT-VALUE})."})
  String features;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(data)) {
      throw new IllegalArgumentException("--data " + data + " is not a directory; expected the shared data folder "
          + "holding ner-train/ and evaldata/europeana-newspapers-ner/");
    }
    List<String> descriptors = List.of("by-language", "storyline", "lexical", "clusters", "opennlp-default");
    if (!descriptors.contains(features) && !Files.isRegularFile(Path.of(features))) {
      throw new IllegalArgumentException("--features " + features + " is neither a descriptor name nor a file; valid: "
          + String.join(", ", descriptors) + " or a descriptor file");
    }
    NameModelTrainer.Settings shipped = NameModelTrainer.Settings.SHIPPED;
    NameModelTrainer.trainAll(data, out, languages, new NameModelTrainer.Settings(shipped.algorithm(),
        shipped.iterations(), shipped.cutoff(), features, shipped.window(), shipped.minNames()), spec.commandLine().getOut());
    return 0;
  }
}
