package io.storyline.cli;

import io.storyline.ingest.warc.WarcArticles;
import io.storyline.ingest.web.WebReader;
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
      if (input.equals("-") || WebReader.isUrl(input) || WarcArticles.isWarc(input)) {
        return -1; // a stream, a feed or an archive: how many articles it holds shows only while reading it
      }
      Path p = Path.of(input);
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.walk(p)) {
          List<Path> regular = files.filter(Files::isRegularFile).toList();
          if (regular.stream().anyMatch(f -> WarcArticles.isWarc(f.getFileName().toString()))) {
            return -1;
          }
          total += regular.stream().mapToLong(InputCount::documents).sum();
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
