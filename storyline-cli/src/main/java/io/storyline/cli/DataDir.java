package io.storyline.cli;

import io.storyline.core.DidYouMean;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR} option of commands that use the store. It may be given before the command
 * ({@code storyline --data X articles}) or after it; the default is {@code $STORYLINE_DATA}, else
 * {@code ./storyline-data}.
 */
final class DataDir {
  @Option(names = "--data", paramLabel = "DIR",
      description = "Data directory (default: $STORYLINE_DATA, else ./storyline-data).")
  Path data;

  /** The directory to use: this command's option, else the root's, else the default. */
  Path resolve(StorylineCommand root) {
    if (data != null) {
      return data;
    }
    if (root.data != null) {
      return root.data;
    }
    String env = System.getenv("STORYLINE_DATA");
    return Path.of(env == null || env.isBlank() ? "storyline-data" : env);
  }

  /** Whether the user chose a directory (before or after the command). */
  boolean given(StorylineCommand root) {
    return data != null || root.data != null;
  }

  /**
   * The directory to read: it must hold stored articles. A mistyped path is an error naming it (and the data
   * directories beside it that it may have meant), never a new empty store.
   */
  Path existing(StorylineCommand root) {
    Path dir = resolve(root);
    if (Files.isDirectory(dir.resolve("articles"))) {
      return dir;
    }
    String why = Files.isDirectory(dir) ? " holds no Storyline data" : " does not exist";
    throw new IllegalArgumentException("the data directory " + dir + why + DidYouMean.hint(siblings(dir))
        + "; ingest first (storyline --data " + dir + " ingest FILES) or choose the directory with --data DIR");
  }

  /** Data directories next to {@code dir} whose names are close to its name. */
  private static List<String> siblings(Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null || absolute.getFileName() == null || !Files.isDirectory(parent)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(parent)) {
      List<String> names = children.filter(p -> Files.isDirectory(p.resolve("articles")))
          .map(p -> p.getFileName().toString()).toList();
      return DidYouMean.closest(absolute.getFileName().toString(), names).stream()
          .map(n -> dir.resolveSibling(n).toString()).toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
