package io.storyline.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of a closed data directory, so that tests which change the data can start from one ingest made once per
 * class instead of analysing the examples again.
 */
public final class DataCopy {
  private DataCopy() {}

  /** Copies the directory tree {@code from} to {@code to} (which must not exist) and returns {@code to}. */
  public static Path of(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      List<Path> all = walk.toList();
      for (Path p : all) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
