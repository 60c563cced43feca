package io.storyline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The articles the cluster tests ingest: the 5 seeds and the first texts of each SlavicNER topic and language. */
final class ScaleCorpus {
  private static final Path SHARED = Path.of(System.getProperty("storyline.repo", ".")).resolve("../shared");

  private ScaleCorpus() {}

  /** Copies the seeds and {@code perTopicAndLanguage} texts of each SlavicNER topic and language into {@code dir}. */
  static Path write(Path dir, int perTopicAndLanguage) throws IOException {
    Files.createDirectories(dir);
    try (Stream<Path> seeds = Files.list(SHARED.resolve("corpus/seeds"))) {
      for (Path p : seeds.toList()) {
        Files.copy(p, dir.resolve(p.getFileName()));
      }
    }
    Path raw = SHARED.resolve("evaldata/slavicner/raw");
    try (Stream<Path> topics = Files.list(raw)) {
      for (Path topic : topics.sorted().toList()) {
        try (Stream<Path> langs = Files.list(topic)) {
          for (Path lang : langs.sorted().toList()) {
            try (Stream<Path> texts = Files.list(lang)) {
              for (Path t : texts.sorted().limit(perTopicAndLanguage).toList()) {
                Files.copy(t, dir.resolve(topic.getFileName() + "_" + lang.getFileName() + "_" + t.getFileName()));
              }
            }
          }
        }
      }
    }
    return dir;
  }
}
