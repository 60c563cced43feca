package io.storyline.cli;

import java.nio.file.Path;
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
}
