package io.storyline.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real articles as one JSON Lines file: the five seed articles ({@code ../shared/corpus/seeds}) and an even spread of
 * the SlavicNER texts ({@code ../shared/evaldata/slavicner/raw}: seven topics, six languages), in a fixed order.
 */
final class TestCorpus {
  static final Path SHARED = Path.of(System.getProperty("storyline.repo", "..")).resolve("../shared").normalize();

  private TestCorpus() {}

  static boolean available() {
    return Files.isDirectory(SHARED.resolve("corpus/seeds")) && Files.isDirectory(SHARED.resolve("evaldata/slavicner/raw"));
  }

  /** Writes {@code slavic} SlavicNER texts after the seeds into {@code file}; returns the file. */
  static Path write(Path file, int slavic) {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    try {
      for (Path p : files(SHARED.resolve("corpus/seeds"))) {
        lines.add(line(json, p, "seeds/" + p.getFileName()));
      }
      List<Path> texts = files(SHARED.resolve("evaldata/slavicner/raw"));
      double step = (double) texts.size() / slavic;
      for (int i = 0; i < slavic; i++) {
        Path p = texts.get((int) (i * step));
        lines.add(line(json, p, "slavicner/" + SHARED.resolve("evaldata/slavicner/raw").relativize(p)));
      }
      Files.write(file, lines, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String line(ObjectMapper json, Path p, String source) throws IOException {
    return json.createObjectNode().put("source", source).put("text", Files.readString(p, StandardCharsets.UTF_8)).toString();
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }
}
