package io.storyline.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Turns an input path into the files to read: the file itself, or every file under a directory,
 * recursively in sorted order. Hidden entries (names starting with a dot) are skipped, symbolic
 * links followed, and a link back to a directory being walked is reported instead of followed.
 */
final class InputWalker {

  private final BiConsumer<Path, String> onFile;
  private final IngestSink sink;

  /**
   * @param onFile receives each file with its location: the input as given, joined with the path inside a directory
   * @param sink   receives the entries that cannot be read
   */
  InputWalker(BiConsumer<Path, String> onFile, IngestSink sink) {
    this.onFile = onFile;
    this.sink = sink;
  }

  void walk(String input) {
    if (input.isBlank()) {
      sink.reject(input, "empty path");
      return;
    }
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      sink.reject(input, "invalid path: " + e.getReason());
      return;
    }
    if (Files.isDirectory(path)) {
      walkDirectory(path, new HashSet<>());
    } else if (Files.exists(path) && !Files.isRegularFile(path)) {
      sink.reject(input, notRegular(path));
    } else if (!Files.exists(path) && Files.isSymbolicLink(path)) {
      sink.reject(input, LinkTrail.whyUnreadable(path));
    } else {
      onFile.accept(path, input);
    }
  }

  /** Why a path that exists is not read: named pipes and devices would block or never end. */
  private static String notRegular(Path path) {
    return "not a regular file (a named pipe, socket or device); to read a pipe, use standard input: "
        + "storyline ingest - < " + path;
  }

  /** @param ancestors the real paths of the directories being walked, to notice loops */
  private void walkDirectory(Path dir, Set<Path> ancestors) {
    Path real;
    List<Path> entries = new ArrayList<>();
    try {
      real = dir.toRealPath();
      if (ancestors.contains(real)) {
        sink.reject(dir.toString(), "symbolic link loop: leads back to " + real);
        return;
      }
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
        stream.forEach(entries::add);
      }
    } catch (IOException e) {
      sink.reject(dir.toString(), IoErrors.reason(e));
      return;
    }
    entries.sort(null);
    ancestors.add(real);
    for (Path entry : entries) {
      if (!entry.getFileName().toString().startsWith(".")) {
        walkEntry(entry, ancestors);
      }
    }
    ancestors.remove(real);
  }

  private void walkEntry(Path entry, Set<Path> ancestors) {
    if (Files.isDirectory(entry)) {
      walkDirectory(entry, ancestors);
    } else if (Files.isRegularFile(entry)) {
      onFile.accept(entry, entry.toString());
    } else if (!Files.exists(entry)) {
      sink.reject(entry.toString(), Files.isSymbolicLink(entry) ? LinkTrail.whyUnreadable(entry) : "no such file or directory");
    } else {
      sink.reject(entry.toString(), notRegular(entry));
    }
  }
}
