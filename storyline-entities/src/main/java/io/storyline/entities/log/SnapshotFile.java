package io.storyline.entities.log;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A file of serialised state that only saves work (the registry's and the chronicle's snapshots): written to a
 * temporary file, forced to disk and moved into place, so a kill leaves the old one or the new one; read back only
 * as Storyline's own classes, collections, boxed values and arrays. Failing to read or write one is logged, never
 * thrown: the logs it was built from hold everything.
 */
public final class SnapshotFile {
  private static final System.Logger LOG = System.getLogger(SnapshotFile.class.getName());
  private static final ObjectInputFilter CLASSES = ObjectInputFilter.Config.createFilter(
      "io.storyline.**;java.util.**;java.lang.**;!*");

  /** Reads a snapshot's content; null when it is stale (the reader says why). */
  @FunctionalInterface
  public interface Reader<T> {
    T read(ObjectInputStream in) throws IOException, ClassNotFoundException;
  }

  /** Writes a snapshot's content. */
  @FunctionalInterface
  public interface Writer {
    void write(ObjectOutputStream out) throws IOException;
  }

  private SnapshotFile() {}

  /** What {@code reader} reads from {@code file}; empty when there is no such file, it is stale or unreadable. */
  public static <T> Optional<T> read(Path file, Reader<T> reader) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      in.setObjectInputFilter(CLASSES);
      return Optional.ofNullable(reader.read(in));
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot read the snapshot {0} ({1}); replaying its log instead", file,
          e.toString());
      return Optional.empty();
    }
  }

  /** Writes {@code file} with what {@code writer} writes, replacing the old one only once it is complete. */
  public static void write(Path file, Writer writer) {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
          ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel),
              1 << 16))) {
        writer.write(out);
        out.flush();
        channel.force(false);
      }
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot write the snapshot {0} ({1}); the next open replays its log", file,
          e.toString());
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // the next write truncates it
      }
    }
  }
}
