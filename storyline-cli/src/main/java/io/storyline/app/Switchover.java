package io.storyline.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces the derived state of a data directory with the one a reprocess built beside it, so that a kill at any
 * moment leaves either the old state or the new one, never a mix.
 *
 * <p>A reprocess builds {@code articles/}, {@code entities/}, {@code events/} and {@code search/} under
 * {@value #NEXT}{@code /}. Until it writes the marker file {@value #COMPLETE} there (fsynced), that directory is
 * scratch: the old state is untouched and the next reprocess deletes it. Once the marker exists the switch is
 * decided and rolls forward: each old part is renamed into {@value #OLD}{@code /}, the new one renamed into its
 * place (atomic renames in one file system), then both helper directories go. Every step checks what is already
 * done, so {@link #finish} can be repeated after a kill at any point; {@link Workspace} calls it, under the
 * exclusive data lock, before it opens anything.
 */
final class Switchover {
  static final String NEXT = "reprocess.next";
  static final String OLD = "reprocess.old";
  static final String COMPLETE = "COMPLETE";
  static final List<String> PARTS = List.of("articles", "entities", "events", "search");

  private Switchover() {}

  /** Where a reprocess builds the new state. */
  static Path next(Path data) {
    return data.resolve(NEXT);
  }

  /** Deletes a half-built new state left by a reprocess that did not finish; the old state stays as it was. */
  static void discardUnfinished(Path data) {
    Path next = next(data);
    if (Files.exists(next) && !Files.exists(next.resolve(COMPLETE))) {
      deleteTree(next);
    }
  }

  /** Decides the switch: from now on the new state wins, even if the process is killed before it is in place. */
  static void markComplete(Path data) {
    Path next = next(data);
    try {
      for (String part : PARTS) {
        Files.createDirectories(next.resolve(part));
      }
      Path marker = next.resolve(COMPLETE);
      try (FileChannel c = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        c.write(java.nio.ByteBuffer.wrap("reprocessed state complete; switching over\n".getBytes(
            java.nio.charset.StandardCharsets.UTF_8)));
        c.force(true);
      }
      syncDirectory(next);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot mark the reprocessed state in " + next + " complete: " + e.getMessage(), e);
    }
  }

  /**
   * Finishes a decided switch (the marker exists): moves each new part into place, then removes the old parts.
   * Returns whether there was one. Idempotent; the caller holds the data directory exclusively.
   */
  static boolean finish(Path data) {
    Path next = next(data);
    if (!Files.exists(next.resolve(COMPLETE))) {
      return false;
    }
    Path old = data.resolve(OLD);
    try {
      Files.createDirectories(old);
      for (String part : PARTS) {
        Path fresh = next.resolve(part);
        Path live = data.resolve(part);
        Path aside = old.resolve(part);
        if (!Files.exists(fresh)) {
          continue; // already in place
        }
        if (Files.exists(live)) {
          if (Files.exists(aside)) {
            deleteTree(live); // the old part is safe aside already; this is not it
          } else {
            Files.move(live, aside, StandardCopyOption.ATOMIC_MOVE);
          }
        }
        Files.move(fresh, live, StandardCopyOption.ATOMIC_MOVE);
      }
      syncDirectory(data);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot switch " + data + " over to the reprocessed state in " + next
          + " (it is complete; the next Storyline command retries): " + e.getMessage(), e);
    }
    deleteTree(old);
    deleteTree(next);
    return true;
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Makes renames and new entries in {@code dir} durable, where the platform allows syncing a directory. */
  private static void syncDirectory(Path dir) {
    try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
      c.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a directory; its renames are durable when they return
    }
  }
}
