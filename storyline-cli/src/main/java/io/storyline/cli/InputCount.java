package io.storyline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How many documents an ingest will read, counted before it starts so progress can show a total and the time left:
 * one per file, one per non-blank line of a JSON Lines file. Unknown (-1) when reading standard input.
 */
final class InputCount {
  private InputCount() {}

  static long of(List<String> inputs) {
    long total = 0;
    for (String input : inputs) {
      if (input.equals("-")) {
        return -1;
      }
      Path p = Path.of(input);
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.walk(p)) {
          total += files.filter(Files::isRegularFile).mapToLong(InputCount::documents).sum();
        } catch (IOException | UncheckedIOException e) {
          return -1; // the run reports what it cannot read
        }
      } else if (Files.isRegularFile(p)) {
        total += documents(p);
      }
    }
    return total;
  }

  private static long documents(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!(name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json"))) {
      return 1;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) { // any bytes: only lines count
      return r.lines().filter(l -> !l.isBlank()).count();
    } catch (IOException | UncheckedIOException e) {
      return 1;
    }
  }
}
