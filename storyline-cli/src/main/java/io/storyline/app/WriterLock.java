package io.storyline.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The one writer of a data directory ({@value #FILE}, locked exclusively): ingest, serve, corrections and reprocess
 * hold it, read commands do not. The file says who holds it ({@link #describe}), so whoever is refused can be told
 * where to go instead, e.g. to the running server for a correction. One holder per JVM too: two writing
 * workspaces in one process would each keep their own registry in memory.
 */
final class WriterLock implements AutoCloseable {
  static final String FILE = "writer.lock";
  private static final Set<Path> HELD = new HashSet<>();

  private final Path key;
  private final FileChannel channel;
  private final FileLock lock;

  private WriterLock(Path key, FileChannel channel, FileLock lock) {
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the writer's lock of {@code data} (an existing directory).
   *
   * @throws IllegalStateException naming the holder when another process, or another workspace of this one, writes
   */
  static WriterLock acquire(Path data) {
    synchronized (HELD) {
      FileChannel channel = null;
      try {
        Path key = data.toRealPath();
        channel = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE);
        FileLock lock = HELD.contains(key) ? null : tryLock(channel);
        if (lock == null) {
          throw busy(data, Files.readString(key.resolve(FILE), StandardCharsets.UTF_8).strip());
        }
        HELD.add(key);
        WriterLock held = new WriterLock(key, channel, lock);
        channel = null;
        held.describe("storyline");
        return held;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot lock the data directory " + data + " for writing: " + e.getMessage(), e);
      } finally {
        if (channel != null) {
          try {
            channel.close();
          } catch (IOException ignored) {
            // refused already; that is what the caller hears about
          }
        }
      }
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  static IllegalStateException busy(Path data, String holder) {
    return new IllegalStateException("the data directory " + data + " is being written by another Storyline process"
        + (holder.isEmpty() ? "" : " (" + holder + ")") + "; one process writes a data directory at a time: wait for"
        + " it to finish, or make corrections through the running server (its web UI or its API), or stop it first."
        + " Read commands (articles, show, entities, entity ID, events, storylines, timeline, export) work meanwhile");
  }

  /** Records who holds the lock ({@code what}, after the process id), for the message of whoever is refused. */
  void describe(String what) {
    byte[] text = ("pid " + ProcessHandle.current().pid() + ": " + what + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(text), 0);
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + key.resolve(FILE) + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    synchronized (HELD) {
      if (!HELD.remove(key)) {
        return;
      }
      try {
        channel.truncate(0);
        lock.release();
        channel.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot release the writer's lock on " + key + ": " + e.getMessage(), e);
      }
    }
  }
}
