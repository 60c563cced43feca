package io.storyline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The seed articles in {@code examples/}, found through the {@code storyline.repo} property surefire sets. */
final class Seeds {

  private Seeds() {
  }

  /** The text of the seed whose file name starts with the prefix, e.g. {@code 001} (Ukrainian). */
  static String text(String prefix) {
    Path examples = Path.of(System.getProperty("storyline.repo", "..")).resolve("examples");
    try (Stream<Path> files = Files.list(examples)) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no seed " + prefix + "_* in " + examples));
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
