package io.storyline.clean;

import io.storyline.core.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The seed articles in {@code examples/} of the repository (found through the {@code storyline.repo} property). */
final class Seeds {
  private Seeds() {}

  /** File names of the seed articles, in order. */
  static List<String> names() {
    try (Stream<Path> files = Files.list(directory())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed as an article without a given title. */
  static Article article(String name) {
    try {
      String text = Files.readString(directory().resolve(name), StandardCharsets.UTF_8);
      return Article.of(null, "examples/" + name, null, null, text, Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path directory() {
    return Path.of(System.getProperty("storyline.repo", "..")).resolve("examples");
  }
}
